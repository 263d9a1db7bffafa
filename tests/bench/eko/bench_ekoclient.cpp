// The client's own cost per call, without the network: sign, build and
// serialise the request, classify and parse the answer. Reported with
// QBENCHMARK; never fails on timing.
#include "TestRunner.h"
#include "eko/RequestBuilder.h"
#include "eko/ResponseClassifier.h"
#include "eko/Signer.h"

#include <QTest>

using namespace counterdesk;
using namespace counterdesk::eko;

namespace {

// Eko's published Initiate answer (seed page), the largest one the console parses.
const QByteArray kInitiateAnswer =
    R"({"response_status_id":0,"data":{"tx_status":"0","debit_user_id":"6000000094",
"tds":"0.0","txstatus_desc":"Success","fee":"4.0","total_sent":"","channel":"2","collectable_amount":"114.0",
"txn_wallet":"0","utility_acc_no":"8999999992","sender_name":"8999999992","ekyc_enabled":"0",
"remaining_limit_before_pan_required":49678,"tid":"2886522975","bank":"UCO Bank","utrnumber":"",
"insurance_acquired":"","balance":"814.0","totalfee":"","next_allowed_limit":"","is_otp_required":"0","aadhar":"",
"currency":"INR","commission":"0.0","pipe":13,"state":"1","bank_ref_num":"250121123714472002",
"recipient_id":10017680,"timestamp":"2025-01-21T07:07:20.562Z","amount":"110.00","pan_required":2,"pinNo":"",
"gst_benefit":"0","payment_mode_desc":"","channel_desc":"IMPS","last_used_okekey":"0","npr":"",
"insurance_amount":"","service_tax":"0.61","paymentid":"","mdr":"","recipient_name":"Krishna",
"customer_id":"8999999992","account":"67544100008454","kyc_state":""},"response_type_id":325,
"message":"Transaction successful","status":0})";

} // namespace

class BenchEkoClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sign();
    void buildAndSerialiseInitiate();
    void classifyInitiateAnswer();
    void wholeInitiateCall();
    void wholeGetSenderCall();

private:
    EndpointTable m_table;
    Credentials m_creds;
    InitiateTransactionRequest m_initiate;
};

void BenchEkoClient::initTestCase()
{
    m_table = EndpointTable::builtIn();
    QVERIFY(m_table.isValid());
    m_creds = {QStringLiteral("becbbce45f79c6f5109f848acd540567"), "d2fe1d99-6298-4af2-8cc5-d97dcf46df30",
               QStringLiteral("9962981729"), QStringLiteral("20810200")};
    m_initiate.clientRefId = QStringLiteral("lq2abcd1234567");
    m_initiate.customerId = QStringLiteral("8999999992");
    m_initiate.recipientId = 10017680;
    m_initiate.amount = Money::fromRupees(110);
    m_initiate.otp = QStringLiteral("123456");
    m_initiate.otpRefId =
        QStringLiteral("zCISyglexo0Pjqp4YrS2ssweuD9v1c3aLKGxjTW8wU7An8Wem1UyNws5830yh7q/sf5J4R3BY=");
    m_initiate.beneficiaryId = QStringLiteral("4202888");
}

void BenchEkoClient::sign()
{
    qint64 ts = 1700000000000;
    QBENCHMARK
    {
        const QByteArray key = Signer::secretKey(m_creds.accessKey, ts++);
        QVERIFY(!key.isEmpty());
    }
}

void BenchEkoClient::buildAndSerialiseInitiate()
{
    const RequestBuilder builder(m_table, m_creds);
    QBENCHMARK
    {
        const WireRequest wire = builder.build(m_initiate, 1737443240562);
        const QByteArray body = RequestBuilder::serialise(wire);
        QVERIFY(!body.isEmpty());
    }
}

void BenchEkoClient::classifyInitiateAnswer()
{
    QBENCHMARK
    {
        Result r;
        r.call = Call::InitiateTransaction;
        ResponseClassifier::classifyAnswer(r, 200, kInitiateAnswer);
        QVERIFY(r.outcome == Outcome::Success);
    }
}

void BenchEkoClient::wholeInitiateCall()
{
    const RequestBuilder builder(m_table, m_creds);
    qint64 ts = 1737443240562;
    QBENCHMARK
    {
        const WireRequest wire = builder.build(m_initiate, ts);
        const QNetworkRequest request = builder.networkRequest(wire, ts++);
        const QByteArray body = RequestBuilder::serialise(wire);
        Result r;
        r.call = wire.call;
        ResponseClassifier::classifyAnswer(r, 200, kInitiateAnswer);
        QVERIFY(!body.isEmpty() && request.hasRawHeader("secret-key") && r.transaction);
    }
}

void BenchEkoClient::wholeGetSenderCall()
{
    const RequestBuilder builder(m_table, m_creds);
    const QByteArray answer = R"({"status":2129,"response_status_id":1,"response_type_id":2129,)"
                              R"("message":"Validate the OTP","data":{"intent_id":19,"otp_ref_id":"r1"}})";
    qint64 ts = 1737443240562;
    QBENCHMARK
    {
        const WireRequest wire =
            builder.build(GetSenderRequest{Rail::DigiKhata, QStringLiteral("6111111111")});
        const QNetworkRequest request = builder.networkRequest(wire, ts++);
        Result r;
        r.call = wire.call;
        ResponseClassifier::classifyAnswer(r, 200, answer);
        QVERIFY(request.hasRawHeader("secret-key") && r.isSuccess());
    }
}

COUNTERDESK_TEST_GUILESS_MAIN(BenchEkoClient)
#include "bench_ekoclient.moc"
