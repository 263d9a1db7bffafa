// RequestBuilder: the exact wire form of every call (JSON types, where each
// parameter goes, headers), and the local refusals.
#include "TestRunner.h"
#include "eko/CounterSigner.h"
#include "eko/RequestAuthenticator.h"
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
    void bankLookupsTakeTheWholeCodeInThePath();
    void addRecipientFieldNames();
    void bankAccountCheckKeepsTheAccountInTheBody();
    void onboardAndVerify();
    void refundCalls();
    void legacyPathPutsCustomerIdInBody();
    void localRefusals_data();
    void localRefusals();
    void missingEndpoint();
    void headersAreExactAndSigned();
    void isoTimestamp();
    void everyCallOnBothRails_data();
    void everyCallOnBothRails();
    void tableOverrideChangesTheWire();
    void constantNeverReplacesARequestValue();
    void gatewayCounterSendsNoEkoIdentity_data();
    void gatewayCounterSendsNoEkoIdentity();
    void gatewayCounterSignatureMatchesThePublishedVector();

private:
    QList<WireRequest> everyCall(Rail rail) const;

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
    QVERIFY(raw.contains("\"channel\":1"));             // integer (NEFT code of the table)
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
    QVERIFY(!wire.body.contains(u"wallet_id")); // not on Initiate (REFERENCE §1.2 row 11)
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
    QVERIFY(RequestBuilder::serialise(builder.build(r, 0)).contains("\"channel\":1"));
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

void TestEkoRequestBuilder::bankLookupsTakeTheWholeCodeInThePath()
{
    const RequestBuilder builder(m_table, m_creds);
    // The full IFSC (a sublet's bank is not its first four letters'),
    // upper-cased, in the path only.
    const WireRequest ifsc =
        builder.build(GetIfscDetailsRequest{Rail::Levin, QStringLiteral(" sbin0rrchgb ")});
    QVERIFY(ifsc.ok());
    QCOMPARE(ifsc.method, QByteArray("GET"));
    QCOMPARE(ifsc.url.path(), QStringLiteral("/ekoapi/v3/tools/reference/banks/ifsc/SBIN0RRCHGB"));
    QVERIFY(!QUrlQuery(ifsc.url).hasQueryItem(QStringLiteral("ifsc")));
    for (const char* bad : {"SBIN", "SBINO001234", "SBIN0001234/../x", ""}) {
        const WireRequest refused = builder.build(GetIfscDetailsRequest{Rail::DigiKhata, QLatin1String(bad)});
        QCOMPARE(refused.error, Reason::InvalidRequest);
        QCOMPARE(refused.errorDetail, QStringLiteral("ifsc"));
    }
    const WireRequest bank = builder.build(GetBankDetailsRequest{Rail::DigiKhata, QStringLiteral("aubl")});
    QCOMPARE(bank.url.path(), QStringLiteral("/ekoapi/v3/tools/reference/bank/AUBL"));
    QCOMPARE(builder.build(GetBankDetailsRequest{Rail::DigiKhata, QStringLiteral("AUB1")}).error,
             Reason::InvalidRequest);
}

void TestEkoRequestBuilder::bankAccountCheckKeepsTheAccountInTheBody()
{
    const RequestBuilder builder(m_table, m_creds);
    const WireRequest wire = builder.build(VerifyBankAccountRequest{Rail::DigiKhata,
                                                                    QStringLiteral("8999999992"),
                                                                    QStringLiteral("300012345678"),
                                                                    QStringLiteral("sbin0001234"),
                                                                    {}});
    QVERIFY(wire.ok());
    QCOMPARE(wire.method, QByteArray("POST"));
    // A full account number in a URL reaches every proxy's log.
    QVERIFY(!wire.url.toString().contains(QStringLiteral("300012345678")));
    QCOMPARE(wire.body.value(u"bank_account").toString(), QStringLiteral("300012345678"));
    QCOMPARE(wire.body.value(u"ifsc").toString(), QStringLiteral("SBIN0001234"));
    QVERIFY(!wire.body.value(u"client_ref_id").toString().isEmpty());
    QVERIFY(!wire.body.contains(u"service_code"));
    const auto refused = [&](const char* account, const char* ifsc) {
        return builder
            .build(VerifyBankAccountRequest{
                Rail::Levin, QStringLiteral("8999999992"), QLatin1String(account), QLatin1String(ifsc), {}})
            .errorDetail;
    };
    QCOMPARE(refused("12 34", "SBIN0001234"), QStringLiteral("account"));
    QCOMPARE(refused("300012345678", "SBIN001234"), QStringLiteral("ifsc"));
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
    const EndpointTable empty;
    const RequestBuilder builder(empty, m_creds);
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

// Every call on both rails with every optional value set: the whole wire
// form (method, path, query, body) against the form the hand-written
// builders produced before the per-rail rules moved into the table.
QList<WireRequest> TestEkoRequestBuilder::everyCall(Rail rail) const
{
    const RequestBuilder builder(m_table, m_creds);
    const QString mobile = QStringLiteral("8999999992");
    const QString token = QStringLiteral("tok.en");
    QList<WireRequest> wires;
    wires.append(builder.build(GetSenderRequest{rail, mobile}));
    wires.append(builder.build(OnboardSenderRequest{
        rail, mobile, QStringLiteral("Asha"), QDate(1990, 1, 2), {QStringLiteral("Line 1")}}));
    wires.append(builder.build(ResendSenderOtpRequest{rail, mobile}));
    wires.append(builder.build(VerifySenderOtpRequest{rail, mobile, QStringLiteral("1234"),
                                                      QStringLiteral("R1"), QStringLiteral("19")}));
    wires.append(builder.build(GetRecipientsRequest{rail, mobile, token}));
    wires.append(builder.build(
        AddRecipientRequest{rail, mobile, QStringLiteral("Meena"), QStringLiteral("9876500099"),
                            QStringLiteral("001234567890"), QStringLiteral("barb0vjxxxx"), 9, token}));
    wires.append(builder.build(RecipientBankOtpRequest{rail, mobile, 42, token}));
    wires.append(builder.build(VerifyRecipientBankOtpRequest{rail, mobile, 42, QStringLiteral("1234"),
                                                             QStringLiteral("R2"), token}));
    wires.append(builder.build(SendTransactionOtpRequest{
        rail, mobile, 42, Money::fromRupees(110), QStringLiteral("B1"), token, QStringLiteral("REF1")}));
    InitiateTransactionRequest initiate = sampleInitiate();
    initiate.rail = rail;
    initiate.walletToken = token;
    initiate.walletId = QStringLiteral("W1");
    wires.append(builder.build(initiate, 0));
    wires.append(builder.build(TransactionInquiryRequest::byClientRefId(rail, QStringLiteral("REF1"))));
    wires.append(builder.build(RefundOtpRequest{rail, QStringLiteral("123")}));
    wires.append(builder.build(RefundRequest{rail, QStringLiteral("123"), QStringLiteral("1234"),
                                             QStringLiteral("R3"), QStringLiteral("REF2")}));
    wires.append(builder.build(GetIfscDetailsRequest{rail, QStringLiteral("hdfc0caacob")}));
    wires.append(builder.build(GetBankDetailsRequest{rail, QStringLiteral("AUBL")}));
    wires.append(
        builder.build(VerifyBankAccountRequest{rail, mobile, QStringLiteral("001234567890"),
                                               QStringLiteral("barb0vjxxxx"), QStringLiteral("REF1")}));
    return wires;
}

static QString wireText(WireRequest wire)
{
    // Generated refs differ per run; their presence is what counts.
    const QString ref = wire.body.value(u"client_ref_id").toString();
    static const QStringList given{QStringLiteral("REF1"), QStringLiteral("REF2"),
                                   QStringLiteral("lq2abcd1234567")};
    if (!ref.isEmpty() && !given.contains(ref))
        wire.body.insert(QStringLiteral("client_ref_id"), QStringLiteral("<generated>"));
    return QString::fromLatin1(wire.method) + u' ' + wire.url.path() + u'?' + wire.url.query() + u' ' +
           QString::fromUtf8(QJsonDocument(wire.body).toJson(QJsonDocument::Compact));
}

void TestEkoRequestBuilder::everyCallOnBothRails_data()
{
    QTest::addColumn<Rail>("rail");
    QTest::addColumn<QStringList>("expected");
    // Levin's Initiate carries no wallet_id: REFERENCE §1.2 row 11 lists
    // recipient_id_type and wallet_token only (the hand-written builder sent
    // wallet_id too; a profile can add it back through the table).
    QTest::newRow("ppi-digikhata")
        << Rail::DigiKhata
        << QStringList{
               QStringLiteral("GET "
                              "/ekoapi/v3/customer/payment/ppi-digikhata/sender/"
                              "8999999992?initiator_id=9962981729&service_code=80&user_code=20810200 {}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/ppi-digikhata/sender/8999999992? "
                              "{\"client_ref_id\":\"<generated>\",\"dob\":\"1990-01-02\",\"initiator_id\":"
                              "\"9962981729\",\"name\":\"Asha\",\"residence_address\":[\"Line "
                              "1\"],\"service_code\":80,\"user_code\":\"20810200\"}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/ppi-digikhata/sender/8999999992/otp? "
                              "{\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\",\"service_"
                              "code\":80,\"user_code\":\"20810200\"}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/ppi-digikhata/sender/8999999992/otp/verify? "
                   "{\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\",\"intent_id\":\"19\","
                   "\"otp\":\"1234\",\"otp_ref_id\":\"R1\",\"service_code\":80,\"user_code\":\"20810200\"}"),
               QStringLiteral("GET "
                              "/ekoapi/v3/customer/payment/ppi-digikhata/sender/8999999992/"
                              "recipients?initiator_id=9962981729&service_code=80&user_code=20810200 {}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/ppi-digikhata/sender/8999999992/recipient? "
                              "{\"account\":\"001234567890\",\"bank_code\":\"BARB0VJXXXX\",\"bank_id\":9,"
                              "\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\",\"recipient_"
                              "mobile\":\"9876500099\",\"recipient_name\":\"Meena\",\"recipient_type\":\"3\","
                              "\"service_code\":80,\"user_code\":\"20810200\"}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/ppi-digikhata/sender/8999999992/recipient/bank/otp? "
                   "{\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\",\"recipient_id\":42,"
                   "\"service_code\":80,\"user_code\":\"20810200\"}"),
               QStringLiteral(
                   "POST "
                   "/ekoapi/v3/customer/payment/ppi-digikhata/sender/8999999992/recipient/bank/otp/verify? "
                   "{\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\",\"otp\":\"1234\","
                   "\"otp_ref_id\":\"R2\",\"recipient_id\":42,\"service_code\":80,\"user_code\":"
                   "\"20810200\"}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/ppi-digikhata/otp? "
                              "{\"amount\":110,\"beneficiary_id\":\"B1\",\"client_ref_id\":\"REF1\","
                              "\"customer_id\":\"8999999992\",\"initiator_id\":\"9962981729\",\"recipient_"
                              "id\":42,\"service_code\":80,\"user_code\":\"20810200\"}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/ppi-digikhata? "
                   "{\"amount\":110,\"beneficiary_id\":\"4202888\",\"channel\":1,\"client_ref_id\":"
                   "\"lq2abcd1234567\",\"currency\":\"INR\",\"customer_id\":\"8999999992\",\"initiator_id\":"
                   "\"9962981729\",\"latlong\":\"28.63,77.22\",\"otp\":\"012345\",\"otp_ref_id\":"
                   "\"zCISyglexo0Pjqp4YrS2ssweuD9v1c3aLKGxjTW8wU7An8Wem1UyNws5830yh7q/"
                   "sf5J4R3BY=\",\"recipient_id\":10017680,\"service_code\":80,\"state\":\"1\",\"timestamp\":"
                   "\"1970-01-01T00:00:00.000Z\",\"user_code\":\"20810200\"}"),
               QStringLiteral("GET "
                              "/ekoapi/v3/tools/reference/transaction/"
                              "client_ref_id:REF1?initiator_id=9962981729&user_code=20810200 {}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/refund/123/otp? "
                   "{\"initiator_id\":\"9962981729\",\"service_code\":80,\"user_code\":\"20810200\"}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/refund/123? "
                   "{\"client_ref_id\":\"REF2\",\"initiator_id\":\"9962981729\",\"otp\":\"1234\",\"otp_ref_"
                   "id\":\"R3\",\"service_code\":80,\"state\":\"1\",\"user_code\":\"20810200\"}"),
               QStringLiteral("GET /ekoapi/v3/tools/reference/banks/ifsc/"
                              "HDFC0CAACOB?initiator_id=9962981729&user_code=20810200 {}"),
               QStringLiteral("GET /ekoapi/v3/tools/reference/bank/"
                              "AUBL?initiator_id=9962981729&user_code=20810200 {}"),
               QStringLiteral("POST /ekoapi/v3/tools/kyc/bank-account/sync? "
                              "{\"bank_account\":\"001234567890\",\"client_ref_id\":\"REF1\",\"customer_"
                              "id\":\"8999999992\",\"ifsc\":\"BARB0VJXXXX\",\"initiator_id\":\"9962981729\","
                              "\"user_code\":\"20810200\"}"),
           };
    QTest::newRow("ppi-levin")
        << Rail::Levin
        << QStringList{
               QStringLiteral("GET "
                              "/ekoapi/v3/customer/payment/ppi-levin/sender/"
                              "8999999992?initiator_id=9962981729&user_code=20810200 {}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/ppi-levin/sender/8999999992? "
                              "{\"client_ref_id\":\"<generated>\",\"dob\":\"1990-01-02\",\"initiator_id\":"
                              "\"9962981729\",\"name\":\"Asha\",\"residence_address\":[\"Line "
                              "1\"],\"service_code\":80,\"user_code\":\"20810200\"}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/ppi-levin/sender/8999999992/otp? "
                              "{\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\",\"user_"
                              "code\":\"20810200\"}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/ppi-levin/sender/8999999992/otp/verify? "
                   "{\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\",\"intent_id\":\"19\","
                   "\"otp\":\"1234\",\"otp_ref_id\":\"R1\",\"user_code\":\"20810200\"}"),
               QStringLiteral("GET "
                              "/ekoapi/v3/customer/payment/ppi-levin/sender/8999999992/"
                              "recipients?initiator_id=9962981729&user_code=20810200&wallet_token=tok.en {}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/ppi-levin/sender/8999999992/recipient? "
                   "{\"account\":\"001234567890\",\"account_type\":\"1\",\"bank_id\":9,\"client_ref_id\":\"<"
                   "generated>\",\"ifsc\":\"BARB0VJXXXX\",\"initiator_id\":\"9962981729\",\"recipient_"
                   "mobile\":\"9876500099\",\"recipient_name\":\"Meena\",\"recipient_type\":\"3\",\"type\":"
                   "\"ifsc\",\"user_code\":\"20810200\",\"wallet_token\":\"tok.en\"}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/ppi-levin/sender/8999999992/bank/recipient? "
                              "{\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\","
                              "\"recipient_id\":42,\"user_code\":\"20810200\",\"wallet_token\":\"tok.en\"}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/ppi-levin/sender/8999999992/recipient/bank/otp/verify? "
                   "{\"client_ref_id\":\"<generated>\",\"initiator_id\":\"9962981729\",\"otp\":\"1234\","
                   "\"otp_ref_id\":\"R2\",\"recipient_id\":42,\"user_code\":\"20810200\",\"wallet_token\":"
                   "\"tok.en\"}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/ppi-levin/otp? "
                   "{\"amount\":110,\"beneficiary_id\":\"B1\",\"client_ref_id\":\"REF1\",\"customer_id\":"
                   "\"8999999992\",\"initiator_id\":\"9962981729\",\"recipient_id\":42,\"service_code\":80,"
                   "\"user_code\":\"20810200\",\"wallet_token\":\"tok.en\"}"),
               QStringLiteral(
                   "POST /ekoapi/v3/customer/payment/ppi-levin? "
                   "{\"amount\":110,\"beneficiary_id\":\"4202888\",\"channel\":1,\"client_ref_id\":"
                   "\"lq2abcd1234567\",\"currency\":\"INR\",\"customer_id\":\"8999999992\",\"initiator_id\":"
                   "\"9962981729\",\"latlong\":\"28.63,77.22\",\"otp\":\"012345\",\"otp_ref_id\":"
                   "\"zCISyglexo0Pjqp4YrS2ssweuD9v1c3aLKGxjTW8wU7An8Wem1UyNws5830yh7q/"
                   "sf5J4R3BY=\",\"recipient_id\":10017680,\"recipient_id_type\":\"1\",\"service_code\":80,"
                   "\"state\":\"1\",\"timestamp\":\"1970-01-01T00:00:00.000Z\",\"user_code\":\"20810200\","
                   "\"wallet_token\":\"tok.en\"}"),
               QStringLiteral("GET "
                              "/ekoapi/v3/tools/reference/transaction/"
                              "client_ref_id:REF1?initiator_id=9962981729&user_code=20810200 {}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/refund/123/otp? "
                              "{\"initiator_id\":\"9962981729\",\"user_code\":\"20810200\"}"),
               QStringLiteral("POST /ekoapi/v3/customer/payment/refund/123? "
                              "{\"client_ref_id\":\"REF2\",\"initiator_id\":\"9962981729\",\"otp\":\"1234\","
                              "\"otp_ref_id\":\"R3\",\"state\":\"1\",\"user_code\":\"20810200\"}"),
               QStringLiteral("GET /ekoapi/v3/tools/reference/banks/ifsc/"
                              "HDFC0CAACOB?initiator_id=9962981729&user_code=20810200 {}"),
               QStringLiteral("GET /ekoapi/v3/tools/reference/bank/"
                              "AUBL?initiator_id=9962981729&user_code=20810200 {}"),
               QStringLiteral("POST /ekoapi/v3/tools/kyc/bank-account/sync? "
                              "{\"bank_account\":\"001234567890\",\"client_ref_id\":\"REF1\",\"customer_"
                              "id\":\"8999999992\",\"ifsc\":\"BARB0VJXXXX\",\"initiator_id\":\"9962981729\","
                              "\"user_code\":\"20810200\"}"),
           };
}

void TestEkoRequestBuilder::everyCallOnBothRails()
{
    QFETCH(Rail, rail);
    QFETCH(QStringList, expected);
    const QList<WireRequest> wires = everyCall(rail);
    QStringList actual;
    for (const WireRequest& wire : wires) {
        QVERIFY2(wire.ok(), qPrintable(callName(wire.call) + u' ' + wire.errorDetail));
        actual.append(wireText(wire));
    }
    if (actual != expected) {
        for (const QString& line : actual)
            qWarning().noquote() << "GOLDEN" << line;
    }
    QCOMPARE(actual, expected);
}

void TestEkoRequestBuilder::tableOverrideChangesTheWire()
{
    // A profile's partial table is all it takes to change what a call sends.
    const auto load = EndpointTable::fromJson(R"({"params": {
        "ppi-levin": {"initiate_transaction": {"carries": ["wallet_token", "wallet_id"]},
                      "get_sender": {"constants": {"service_code": 80}}},
        "ppi-digikhata": {"add_recipient": {"wire_names": {"ifsc": null}}}}})",
                                              &m_table);
    QVERIFY2(load.ok(), qPrintable(load.where));
    const RequestBuilder builder(load.table, m_creds);
    InitiateTransactionRequest r = sampleInitiate();
    r.rail = Rail::Levin;
    r.walletToken = QStringLiteral("tok");
    r.walletId = QStringLiteral("W1");
    const WireRequest initiate = builder.build(r, 0);
    QVERIFY(initiate.ok());
    QCOMPARE(initiate.body.value(u"wallet_id").toString(), QStringLiteral("W1"));
    QVERIFY(!initiate.body.contains(u"latlong")); // "carries" replaced the list
    const WireRequest sender = builder.build(GetSenderRequest{Rail::Levin, QStringLiteral("8999999992")});
    QCOMPARE(QUrlQuery(sender.url).queryItemValue(QStringLiteral("service_code")), QStringLiteral("80"));
    AddRecipientRequest a{Rail::DigiKhata,
                          QStringLiteral("8999999992"),
                          QStringLiteral("Meena"),
                          QStringLiteral("9876500099"),
                          QStringLiteral("001234567890"),
                          QStringLiteral("BARB0VJXXXX"),
                          9,
                          {}};
    const WireRequest add = builder.build(a);
    QCOMPARE(add.body.value(u"ifsc").toString(), QStringLiteral("BARB0VJXXXX"));
    QVERIFY(!add.body.contains(u"bank_code"));
}

void TestEkoRequestBuilder::constantNeverReplacesARequestValue()
{
    // A table that would overwrite the amount (or send two IFSC fields)
    // stops the request locally instead of sending something else.
    const auto load = EndpointTable::fromJson(R"({"params": {"ppi-digikhata": {
        "send_transaction_otp": {"constants": {"amount": 1}},
        "add_recipient": {"constants": {"bank_code": "X"}}}}})",
                                              &m_table);
    QVERIFY2(load.ok(), qPrintable(load.where));
    const RequestBuilder builder(load.table, m_creds);
    const WireRequest otp = builder.build(SendTransactionOtpRequest{
        Rail::DigiKhata, QStringLiteral("8999999992"), 42, Money::fromRupees(110), {}, {}, {}});
    QCOMPARE(otp.error, Reason::InvalidRequest);
    QCOMPARE(otp.errorDetail, QStringLiteral("amount"));
    AddRecipientRequest a{Rail::DigiKhata,
                          QStringLiteral("8999999992"),
                          QStringLiteral("Meena"),
                          QStringLiteral("9876500099"),
                          QStringLiteral("001234567890"),
                          QStringLiteral("BARB0VJXXXX"),
                          9,
                          {}};
    const WireRequest add = builder.build(a);
    QCOMPARE(add.error, Reason::InvalidRequest);
    QCOMPARE(add.errorDetail, QStringLiteral("bank_code"));
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoRequestBuilder)
static Credentials gatewayCounter()
{
    Credentials c;
    c.signedBy = SignedBy::GatewayCounter;
    c.counterId = QStringLiteral("shop-12");
    c.counterSecret = "cds_test_secret_do_not_use"; // docs/gateway.md's test secret
    // Even if a profile still carried an Eko identity, none of it may leave.
    c.initiatorId = QStringLiteral("9962981729");
    c.userCode = QStringLiteral("20810200");
    return c;
}

void TestEkoRequestBuilder::gatewayCounterSendsNoEkoIdentity_data()
{
    QTest::addColumn<Rail>("rail");
    QTest::newRow("digikhata") << Rail::DigiKhata;
    QTest::newRow("levin") << Rail::Levin;
}

// Through counterdesk-gateway a counter sends no Eko key and no Eko identity
// (the gateway sets initiator_id and user_code), and signs every call with
// its own secret over the very bytes sent: the gateway's CounterSigner::verify
// accepts each, and refuses it once one byte of the body changes.
void TestEkoRequestBuilder::gatewayCounterSendsNoEkoIdentity()
{
    QFETCH(Rail, rail);
    const Credentials ekoKeys = m_creds;
    m_creds = gatewayCounter();
    const QList<WireRequest> wires = everyCall(rail);
    m_creds = ekoKeys;
    const Credentials counter = gatewayCounter();
    const RequestBuilder builder(m_table, counter);
    const qint64 timestamp = 1700000000000;
    QCOMPARE(wires.size(), 16);
    for (const WireRequest& wire : wires) {
        QVERIFY2(wire.ok(), qPrintable(callName(wire.call) + u' ' + wire.errorDetail));
        for (const QString& identity : {QStringLiteral("initiator_id"), QStringLiteral("user_code")}) {
            QVERIFY2(!wire.body.contains(identity), qPrintable(callName(wire.call)));
            QVERIFY2(!QUrlQuery(wire.url).hasQueryItem(identity), qPrintable(callName(wire.call)));
        }
        const QByteArray body = RequestBuilder::serialise(wire);
        const QNetworkRequest request = builder.networkRequest(wire, body, timestamp);
        for (const char* ekoHeader : {"developer_key", "secret-key", "secret-key-timestamp"})
            QVERIFY2(!request.hasRawHeader(ekoHeader), ekoHeader);
        QCOMPARE(request.rawHeader("counter-id"), QByteArray("shop-12"));
        QCOMPARE(request.rawHeader("counter-timestamp"), QByteArray("1700000000000"));
        const QByteArray target = RequestAuthenticator::requestTarget(wire.url);
        QVERIFY(target.startsWith("/ekoapi/v3/"));
        QVERIFY2(CounterSigner::verify(counter.counterSecret, wire.method, target, body,
                                       request.rawHeader("counter-timestamp"),
                                       request.rawHeader("counter-signature")),
                 qPrintable(callName(wire.call)));
        QVERIFY(!CounterSigner::verify(counter.counterSecret, wire.method, target, body + ' ',
                                       request.rawHeader("counter-timestamp"),
                                       request.rawHeader("counter-signature")));
    }
}

// docs/gateway.md's GET vector, sent through the builder: the request target
// is the path and query as on the request line, and the signature is the
// published one.
void TestEkoRequestBuilder::gatewayCounterSignatureMatchesThePublishedVector()
{
    const Credentials counter = gatewayCounter();
    const RequestBuilder builder(m_table, counter);
    WireRequest wire;
    wire.method = "GET";
    wire.url = QUrl(QStringLiteral("https://gateway.example:8443/ekoapi/v3/customer/account/9999999999/"
                                   "ppi-levin?initiator_id=1"));
    QCOMPARE(RequestAuthenticator::requestTarget(wire.url),
             QByteArray("/ekoapi/v3/customer/account/9999999999/ppi-levin?initiator_id=1"));
    const QNetworkRequest request = builder.networkRequest(wire, 1700000000001);
    QCOMPARE(request.rawHeader("counter-signature"),
             QByteArray("5VQclDEl/wCBwDfpffWkO0NHKDZByPesaZFY9WvglDU="));
    QCOMPARE(request.rawHeader("counter-timestamp"), QByteArray("1700000000001"));
}

#include "tst_ekorequestbuilder.moc"
