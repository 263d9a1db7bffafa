// RequestBuilder: the exact wire form of every call (JSON types, where each
// parameter goes, headers), and the local refusals.
#include "eko/RequestBuilder.h"
#include "eko/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace counterdesk;
using namespace counterdesk::eko;

class TestEkoRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void initiateBodyTypesAreExact();
    void initiateLevinCarriesWallet();
    void initiateChannelFromTable();
    void initiateNeedsCallerRef();
    void sendOtpBody();
    void getSenderUsesQueryString();
    void getRecipientsLevinToken();
    void inquiryByRefAndTid();
    void addRecipientFieldNames();
    void onboardAndVerify();
    void refundCalls();
    void legacyPathPutsCustomerIdInBody();
    void localRefusals_data();
    void localRefusals();
    void missingEndpoint();
    void headersAreExactAndSigned();
    void isoTimestamp();

private:
    EndpointTable m_table;
    Credentials m_creds;
};

void TestEkoRequestBuilder::initTestCase()
{
    m_table = EndpointTable::builtIn();
    QVERIFY(m_table.isValid());
    m_creds.developerKey = QStringLiteral("becbbce45f79c6f5109f848acd540567");
    m_creds.accessKey = "d2fe1d99-6298-4af2-8cc5-d97dcf46df30";
    m_creds.initiatorId = QStringLiteral("9962981729");
    m_creds.userCode = QStringLiteral("20810200");
}

static InitiateTransactionRequest sampleInitiate()
{
    InitiateTransactionRequest r;
    r.rail = Rail::DigiKhata;
    r.clientRefId = QStringLiteral("lq2abcd1234567");
    r.customerId = QStringLiteral("8999999992");
    r.recipientId = 10017680;
    r.amount = Money::fromRupees(110);
    r.otp = QStringLiteral("012345");
    r.otpRefId = QStringLiteral("zCISyglexo0Pjqp4YrS2ssweuD9v1c3aLKGxjTW8wU7An8Wem1UyNws5830yh7q/sf5J4R3BY=");
    r.beneficiaryId = QStringLiteral("4202888");
    r.latlong = QStringLiteral("28.63,77.22");
    return r;
}

void TestEkoRequestBuilder::initiateBodyTypesAreExact()
{
    const RequestBuilder builder(m_table, m_creds);
    const qint64 now = 1737443240562; // 2025-01-21T07:07:20.562Z
    const WireRequest wire = builder.build(sampleInitiate(), now);
    QVERIFY(wire.ok());
    QCOMPARE(wire.method, QByteArray("POST"));
    QCOMPARE(wire.url.toString(),
             QStringLiteral("https://staging.eko.in/ekoapi/v3/customer/payment/ppi-digikhata"));
    QCOMPARE(wire.clientRefId, QStringLiteral("lq2abcd1234567"));

    // Read back what goes on the wire, not the QJsonObject we built.
    const QJsonObject b = QJsonDocument::fromJson(RequestBuilder::serialise(wire)).object();
    const QByteArray raw = RequestBuilder::serialise(wire);
    QVERIFY(raw.contains("\"amount\":110,"));           // integer, no quotes, no decimals
    QVERIFY(raw.contains("\"recipient_id\":10017680")); // integer
    QVERIFY(raw.contains("\"service_code\":80"));       // integer
    QVERIFY(raw.contains("\"channel\":2"));             // integer (NEFT code of the table)
    QVERIFY(raw.contains("\"otp\":\"012345\""));        // string: keeps the leading zero
    QVERIFY(raw.contains("\"customer_id\":\"8999999992\""));
    QVERIFY(raw.contains("\"initiator_id\":\"9962981729\""));
    QVERIFY(raw.contains("\"user_code\":\"20810200\""));
    QVERIFY(raw.contains("\"beneficiary_id\":\"4202888\""));
    QVERIFY(raw.contains("\"state\":\"1\""));
    QCOMPARE(b.value(u"timestamp").toString(), QStringLiteral("2025-01-21T07:07:20.562Z"));
    QCOMPARE(b.value(u"currency").toString(), QStringLiteral("INR"));
    QCOMPARE(b.value(u"client_ref_id").toString(), QStringLiteral("lq2abcd1234567"));
    QCOMPARE(b.value(u"otp_ref_id").toString(), sampleInitiate().otpRefId);
    QCOMPARE(b.value(u"latlong").toString(), QStringLiteral("28.63,77.22"));
    QVERIFY(!b.contains(u"wallet_token")); // DigiKhata has none
    QVERIFY(!b.contains(u"recipient_id_type"));
}

void TestEkoRequestBuilder::initiateLevinCarriesWallet()
{
    const RequestBuilder builder(m_table, m_creds);
    InitiateTransactionRequest r = sampleInitiate();
    r.rail = Rail::Levin;
    r.walletToken = QStringLiteral("eyJhbGciOi.jwt.token");
    r.walletId = QStringLiteral("W123");
    const WireRequest wire = builder.build(r, 0);
    QVERIFY(wire.ok());
    QCOMPARE(wire.url.path(), QStringLiteral("/ekoapi/v3/customer/payment/ppi-levin"));
    QCOMPARE(wire.body.value(u"wallet_token").toString(), r.walletToken);
    QCOMPARE(wire.body.value(u"wallet_id").toString(), r.walletId);
    QCOMPARE(wire.body.value(u"recipient_id_type").toString(), QStringLiteral("1"));
}

void TestEkoRequestBuilder::initiateChannelFromTable()
{
    const EndpointTable base = EndpointTable::builtIn();
    const auto load = EndpointTable::fromJson(R"({"channels": {"ppi-digikhata": {"imps": 7}}})", &base);
    QVERIFY(load.ok());
    const RequestBuilder builder(load.table, m_creds);
    InitiateTransactionRequest r = sampleInitiate();
    r.channel = Channel::Imps;
    QVERIFY(RequestBuilder::serialise(builder.build(r, 0)).contains("\"channel\":7"));
    r.channel = Channel::Neft;
    QVERIFY(RequestBuilder::serialise(builder.build(r, 0)).contains("\"channel\":2"));
}

void TestEkoRequestBuilder::initiateNeedsCallerRef()
{
    const RequestBuilder builder(m_table, m_creds);
    InitiateTransactionRequest r = sampleInitiate();
    r.clientRefId.clear();
    WireRequest wire = builder.build(r, 0);
    QCOMPARE(wire.error, Reason::InvalidRequest);
    QCOMPARE(wire.errorDetail, QStringLiteral("client_ref_id"));
    r.clientRefId = QString(21, u'a');
    QCOMPARE(builder.build(r, 0).error, Reason::InvalidRequest);
}

void TestEkoRequestBuilder::sendOtpBody()
{
    const RequestBuilder builder(m_table, m_creds);
    SendTransactionOtpRequest r;
    r.customerId = QStringLiteral("8617567988");
    r.recipientId = 10017740;
    r.amount = Money::fromRupees(110);
    r.beneficiaryId = QStringLiteral("4202888");
    const WireRequest wire = builder.build(r);
    QVERIFY(wire.ok());
    QCOMPARE(wire.url.path(), QStringLiteral("/ekoapi/v3/customer/payment/ppi-digikhata/otp"));
    const QByteArray raw = RequestBuilder::serialise(wire);
    QVERIFY(raw.contains("\"amount\":110"));
    QVERIFY(raw.contains("\"recipient_id\":10017740"));
    QVERIFY(raw.contains("\"customer_id\":\"8617567988\""));
    // A ref is generated when the caller gave none, and reported back.
    QVERIFY(!wire.clientRefId.isEmpty());
    QCOMPARE(wire.body.value(u"client_ref_id").toString(), wire.clientRefId);
}

void TestEkoRequestBuilder::getSenderUsesQueryString()
{
    const RequestBuilder builder(m_table, m_creds);
    const WireRequest wire = builder.build(GetSenderRequest{Rail::DigiKhata, QStringLiteral("6111111111")});
    QVERIFY(wire.ok());
    QCOMPARE(wire.method, QByteArray("GET"));
    QCOMPARE(wire.url.path(), QStringLiteral("/ekoapi/v3/customer/payment/ppi-digikhata/sender/6111111111"));
    const QUrlQuery q(wire.url);
    QCOMPARE(q.queryItemValue(QStringLiteral("initiator_id")), QStringLiteral("9962981729"));
    QCOMPARE(q.queryItemValue(QStringLiteral("user_code")), QStringLiteral("20810200"));
    QCOMPARE(q.queryItemValue(QStringLiteral("service_code")), QStringLiteral("80"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("customer_id"))); // in the path only
    QVERIFY(RequestBuilder::serialise(wire).isEmpty());
    // Levin: no DigiKhata service code.
    const WireRequest levin = builder.build(GetSenderRequest{Rail::Levin, QStringLiteral("6111111111")});
    QVERIFY(!QUrlQuery(levin.url).hasQueryItem(QStringLiteral("service_code")));
}

void TestEkoRequestBuilder::getRecipientsLevinToken()
{
    const RequestBuilder builder(m_table, m_creds);
    GetRecipientsRequest r{Rail::Levin, QStringLiteral("9444444444"), QStringLiteral("tok")};
    const WireRequest wire = builder.build(r);
    QCOMPARE(wire.url.path(),
             QStringLiteral("/ekoapi/v3/customer/payment/ppi-levin/sender/9444444444/recipients"));
    QCOMPARE(QUrlQuery(wire.url).queryItemValue(QStringLiteral("wallet_token")), QStringLiteral("tok"));
}

void TestEkoRequestBuilder::inquiryByRefAndTid()
{
    const RequestBuilder builder(m_table, m_creds);
    const WireRequest byRef =
        builder.build(TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, "lq2abc"));
    QVERIFY(byRef.ok());
    QCOMPARE(byRef.method, QByteArray("GET"));
    QCOMPARE(byRef.url.path(), QStringLiteral("/ekoapi/v3/tools/reference/transaction/client_ref_id:lq2abc"));
    QCOMPARE(byRef.clientRefId, QStringLiteral("lq2abc"));
    const QUrlQuery q(byRef.url);
    QCOMPARE(q.queryItemValue(QStringLiteral("initiator_id")), QStringLiteral("9962981729"));
    QCOMPARE(q.queryItemValue(QStringLiteral("user_code")), QStringLiteral("20810200"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("transaction_reference")));

    const WireRequest byTid = builder.build(TransactionInquiryRequest::byTid(Rail::Levin, "2886522975"));
    QCOMPARE(byTid.url.path(), QStringLiteral("/ekoapi/v3/tools/reference/transaction/2886522975"));
    QCOMPARE(builder.build(TransactionInquiryRequest::byTid(Rail::Levin, "12/../x")).error,
             Reason::InvalidRequest);
}

void TestEkoRequestBuilder::addRecipientFieldNames()
{
    const RequestBuilder builder(m_table, m_creds);
    AddRecipientRequest r;
    r.customerId = QStringLiteral("8617567988");
    r.recipientName = QStringLiteral("Krishna");
    r.recipientMobile = QStringLiteral("9876543210");
    r.account = QStringLiteral("67544100008454");
    r.ifsc = QStringLiteral("ucba0000001");
    r.bankId = 13;
    WireRequest dk = builder.build(r);
    QVERIFY(dk.ok());
    QCOMPARE(dk.body.value(u"bank_code").toString(), QStringLiteral("UCBA0000001")); // DigiKhata's IFSC name
    QVERIFY(!dk.body.contains(u"ifsc"));
    QVERIFY(RequestBuilder::serialise(dk).contains("\"bank_id\":13"));
    QCOMPARE(dk.body.value(u"account").toString(), r.account); // a string: leading zeros matter

    r.rail = Rail::Levin;
    r.walletToken = QStringLiteral("tok");
    WireRequest levin = builder.build(r);
    QCOMPARE(levin.body.value(u"ifsc").toString(), QStringLiteral("UCBA0000001"));
    QCOMPARE(levin.body.value(u"type").toString(), QStringLiteral("ifsc"));
    QCOMPARE(levin.body.value(u"account_type").toString(), QStringLiteral("1"));
    QCOMPARE(levin.body.value(u"recipient_type").toString(), QStringLiteral("3"));
    QCOMPARE(levin.body.value(u"wallet_token").toString(), QStringLiteral("tok"));
}

void TestEkoRequestBuilder::onboardAndVerify()
{
    const RequestBuilder builder(m_table, m_creds);
    OnboardSenderRequest o;
    o.customerId = QStringLiteral("8617567988");
    o.name = QStringLiteral(" Asha Devi ");
    o.dateOfBirth = QDate(1990, 4, 5);
    o.residenceAddress = {QStringLiteral("12 MG Road"), QStringLiteral("Pune")};
    const WireRequest wire = builder.build(o);
    QVERIFY(wire.ok());
    QCOMPARE(wire.body.value(u"dob").toString(), QStringLiteral("1990-04-05"));
    QCOMPARE(wire.body.value(u"name").toString(), QStringLiteral("Asha Devi"));
    QVERIFY(wire.body.value(u"residence_address").isArray());
    QCOMPARE(wire.body.value(u"residence_address").toArray().size(), 2);

    VerifySenderOtpRequest v;
    v.rail = Rail::Levin;
    v.customerId = o.customerId;
    v.otp = QStringLiteral("123456");
    v.otpRefId = QStringLiteral("ref");
    const WireRequest vw = builder.build(v);
    QCOMPARE(vw.url.path(),
             QStringLiteral("/ekoapi/v3/customer/payment/ppi-levin/sender/8617567988/otp/verify"));
    QCOMPARE(vw.body.value(u"intent_id").toString(), QStringLiteral("19"));
    QCOMPARE(vw.body.value(u"otp").toString(), QStringLiteral("123456"));
}

void TestEkoRequestBuilder::refundCalls()
{
    const RequestBuilder builder(m_table, m_creds);
    const WireRequest otp = builder.build(RefundOtpRequest{Rail::DigiKhata, QStringLiteral("2886522975")});
    QVERIFY(otp.ok());
    QCOMPARE(otp.url.path(), QStringLiteral("/ekoapi/v3/customer/payment/refund/2886522975/otp"));
    RefundRequest r;
    r.tid = QStringLiteral("2886522975");
    r.otp = QStringLiteral("654321");
    r.otpRefId = QStringLiteral("ref");
    const WireRequest refund = builder.build(r);
    QVERIFY(refund.ok());
    QCOMPARE(refund.url.path(), QStringLiteral("/ekoapi/v3/customer/payment/refund/2886522975"));
    QCOMPARE(refund.body.value(u"state").toString(), QStringLiteral("1"));
    QVERIFY(RequestBuilder::serialise(refund).contains("\"service_code\":80"));
    QVERIFY(!refund.body.contains(u"tid")); // in the path only
}

void TestEkoRequestBuilder::legacyPathPutsCustomerIdInBody()
{
    EndpointTable legacy = m_table;
    legacy.setPathSet(PathSet::Legacy);
    const RequestBuilder builder(legacy, m_creds);
    OnboardSenderRequest o;
    o.customerId = QStringLiteral("8617567988");
    o.name = QStringLiteral("Asha");
    o.dateOfBirth = QDate(1990, 4, 5);
    o.residenceAddress = {QStringLiteral("Pune")};
    const WireRequest wire = builder.build(o);
    QCOMPARE(wire.url.path(), QStringLiteral("/ekoapi/v3/customer/account"));
    QCOMPARE(wire.body.value(u"customer_id").toString(), QStringLiteral("8617567988"));
}

void TestEkoRequestBuilder::localRefusals_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("field");
    QTest::newRow("mobile 9 digits") << 0 << "customer_id";
    QTest::newRow("amount with paise") << 1 << "amount";
    QTest::newRow("amount zero") << 2 << "amount";
    QTest::newRow("otp letters") << 3 << "otp";
    QTest::newRow("no otp_ref_id") << 4 << "otp_ref_id";
    QTest::newRow("no recipient") << 5 << "recipient_id";
    QTest::newRow("no credentials") << 6 << "initiator_id/user_code";
}

void TestEkoRequestBuilder::localRefusals()
{
    QFETCH(int, which);
    QFETCH(QString, field);
    InitiateTransactionRequest r = sampleInitiate();
    Credentials creds = m_creds;
    switch (which) {
    case 0:
        r.customerId = QStringLiteral("899999999");
        break;
    case 1:
        r.amount = Money::fromPaise(11050);
        break;
    case 2:
        r.amount = Money();
        break;
    case 3:
        r.otp = QStringLiteral("12a456");
        break;
    case 4:
        r.otpRefId.clear();
        break;
    case 5:
        r.recipientId = 0;
        break;
    case 6:
        creds.userCode.clear();
        break;
    }
    const RequestBuilder builder(m_table, creds);
    const WireRequest wire = builder.build(r, 0);
    QCOMPARE(wire.error, Reason::InvalidRequest);
    QCOMPARE(wire.errorDetail, field);
    QVERIFY(!wire.errorDetail.contains(QStringLiteral("12a456"))); // names fields, never values
}

void TestEkoRequestBuilder::missingEndpoint()
{
    const RequestBuilder builder(EndpointTable(), m_creds);
    const WireRequest wire = builder.build(GetSenderRequest{Rail::Levin, QStringLiteral("6111111111")});
    QCOMPARE(wire.error, Reason::EndpointMissing);
}

void TestEkoRequestBuilder::headersAreExactAndSigned()
{
    const RequestBuilder builder(m_table, m_creds);
    const WireRequest wire = builder.build(GetSenderRequest{Rail::DigiKhata, QStringLiteral("6111111111")});
    const QNetworkRequest req = builder.networkRequest(wire, 1700000000000);
    QCOMPARE(req.rawHeader("developer_key"), QByteArray("becbbce45f79c6f5109f848acd540567"));
    QCOMPARE(req.rawHeader("secret-key-timestamp"), QByteArray("1700000000000"));
    QCOMPARE(req.rawHeader("secret-key"), QByteArray("qIir8tILHtqxO1Mu3/fC3pVElIa0oIxXMRDUP0463Bc="));
    QCOMPARE(req.rawHeader("content-type"), QByteArray("application/json"));
    QVERIFY(!req.hasRawHeader("developer-key"));
    QVERIFY(!req.hasRawHeader("secret_key"));
    QCOMPARE(req.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    // Another attempt, another timestamp, another signature.
    const QNetworkRequest again = builder.networkRequest(wire, 1700000000001);
    QVERIFY(again.rawHeader("secret-key") != req.rawHeader("secret-key"));
}

void TestEkoRequestBuilder::isoTimestamp()
{
    QCOMPARE(RequestBuilder::isoTimestamp(1737443240562), QStringLiteral("2025-01-21T07:07:20.562Z"));
    QCOMPARE(RequestBuilder::isoTimestamp(1737443240000), QStringLiteral("2025-01-21T07:07:20.000Z"));
}

QTEST_GUILESS_MAIN(TestEkoRequestBuilder)
#include "tst_ekorequestbuilder.moc"
