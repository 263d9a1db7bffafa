// EndpointTable: the built-in table is complete and sane; override files are
// merged and validated with a precise error and location.
#include "TestRunner.h"
#include "eko/EndpointTable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk::eko;

Q_DECLARE_METATYPE(counterdesk::eko::EndpointTableError)

class TestEkoEndpointTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInIsComplete();
    void matchReadsEveryPathBack();
    void builtInMasterPaths_data();
    void builtInMasterPaths();
    void legacyPathsAvailable();
    void channelCodesAreEkos();
    void availableChannelCodesCanBeOverridden();
    void overrideBaseUrlOnly();
    void overrideOnePathAndChannel();
    void overrideSwitchesPathSet();
    void builtInParams();
    void overrideParams();
    void nameCheckFee();
    void loadFromFile();
    void unreadableFile();
    void onlyASmallRegularFile();
    void errors_data();
    void errors();
    void urlPolicy_data();
    void urlPolicy();
};

void TestEkoEndpointTable::builtInIsComplete()
{
    const EndpointTable table = EndpointTable::builtIn();
    QVERIFY(table.isValid());
    QCOMPARE(table.baseUrl(), QUrl(QStringLiteral("https://staging.eko.in/ekoapi/v3")));
    QCOMPARE(table.pathSet(), PathSet::Master);
    for (const PathSet set : {PathSet::Master, PathSet::Legacy}) {
        for (const Rail rail : {Rail::DigiKhata, Rail::Levin}) {
            for (int c = 0; c < kCallCount; ++c) {
                const auto e = table.endpoint(set, rail, static_cast<Call>(c));
                QVERIFY2(e, qPrintable(railWireName(rail) + u'/' + callName(static_cast<Call>(c))));
                QVERIFY(e->method == "GET" || e->method == "POST");
                QVERIFY(e->pathTemplate.startsWith(u'/'));
            }
        }
    }
}

void TestEkoEndpointTable::builtInMasterPaths_data()
{
    QTest::addColumn<Rail>("rail");
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    // Spot checks against REFERENCE.md §1.1-§1.3 and the seed pages.
    QTest::newRow("dk get_sender") << Rail::DigiKhata << Call::GetSender << QByteArray("GET")
                                   << "/customer/payment/ppi-digikhata/sender/{customer_id}";
    QTest::newRow("dk send otp") << Rail::DigiKhata << Call::SendTransactionOtp << QByteArray("POST")
                                 << "/customer/payment/ppi-digikhata/otp";
    QTest::newRow("dk initiate") << Rail::DigiKhata << Call::InitiateTransaction << QByteArray("POST")
                                 << "/customer/payment/ppi-digikhata";
    QTest::newRow("levin send otp") << Rail::Levin << Call::SendTransactionOtp << QByteArray("POST")
                                    << "/customer/payment/ppi-levin/otp";
    QTest::newRow("levin bank reg") << Rail::Levin << Call::RecipientBankOtp << QByteArray("POST")
                                    << "/customer/payment/ppi-levin/sender/{customer_id}/bank/recipient";
    QTest::newRow("inquiry") << Rail::Levin << Call::TransactionInquiry << QByteArray("GET")
                             << "/tools/reference/transaction/{transaction_reference}";
    QTest::newRow("refund otp") << Rail::DigiKhata << Call::RefundOtp << QByteArray("POST")
                                << "/customer/payment/refund/{tid}/otp";
    QTest::newRow("refund") << Rail::DigiKhata << Call::Refund << QByteArray("POST")
                            << "/customer/payment/refund/{tid}";
    QTest::newRow("ifsc details") << Rail::DigiKhata << Call::GetIfscDetails << QByteArray("GET")
                                  << "/tools/reference/banks/ifsc/{ifsc}";
    QTest::newRow("bank details") << Rail::Levin << Call::GetBankDetails << QByteArray("GET")
                                  << "/tools/reference/bank/{bank_code}";
    // EPS-SPEC's check; no {token}: the account number never goes in a URL.
    QTest::newRow("verify bank account")
        << Rail::DigiKhata << Call::VerifyBankAccount << QByteArray("POST") << "/tools/kyc/bank-account/sync";
}

void TestEkoEndpointTable::builtInMasterPaths()
{
    QFETCH(Rail, rail);
    QFETCH(Call, call);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const auto e = EndpointTable::builtIn().endpoint(rail, call);
    QVERIFY(e);
    QCOMPARE(e->method, method);
    QCOMPARE(e->pathTemplate, path);
}

void TestEkoEndpointTable::legacyPathsAvailable()
{
    EndpointTable table = EndpointTable::builtIn();
    table.setPathSet(PathSet::Legacy);
    QCOMPARE(table.endpoint(Rail::DigiKhata, Call::InitiateTransaction)->pathTemplate,
             QStringLiteral("/customer/payment/ppi"));
    QCOMPARE(table.endpoint(Rail::Levin, Call::VerifySenderOtp)->pathTemplate,
             QStringLiteral("/customer/account/{customer_id}/ppi-levin/otp/verify"));
}

void TestEkoEndpointTable::channelCodesAreEkos()
{
    const EndpointTable table = EndpointTable::builtIn();
    for (const Rail rail : {Rail::DigiKhata, Rail::Levin}) {
        // Eko's DMT codes and sample answers, not the seed page's NEFT 2 / IMPS 0.
        QCOMPARE(table.channelCode(rail, Channel::Neft), 1);
        QCOMPARE(table.channelCode(rail, Channel::Imps), 2);
        QCOMPARE(table.channelForCode(rail, 1), std::optional(Channel::Neft));
        QCOMPARE(table.channelForCode(rail, 2), std::optional(Channel::Imps));
        QCOMPARE(table.channelForCode(rail, 0), std::nullopt);
    }
    // A recipient's available_channel: 0 both, 1 NEFT only, 2 IMPS only.
    QCOMPARE(table.availableChannels(QStringLiteral("0")), (QList<Channel>{Channel::Imps, Channel::Neft}));
    QCOMPARE(table.availableChannels(QStringLiteral("1")), QList<Channel>{Channel::Neft});
    QCOMPARE(table.availableChannels(QStringLiteral("2")), QList<Channel>{Channel::Imps});
    QCOMPARE(table.availableChannels(QString()), (QList<Channel>{Channel::Imps, Channel::Neft}));
}

void TestEkoEndpointTable::availableChannelCodesCanBeOverridden()
{
    const EndpointTable base = EndpointTable::builtIn();
    const auto load = EndpointTable::fromJson(R"({"available_channels": {"neft": 3, "imps": 4}})", &base);
    QVERIFY2(load.ok(), qPrintable(load.where));
    QCOMPARE(load.table.availableChannels(QStringLiteral("3")), QList<Channel>{Channel::Neft});
    QCOMPARE(load.table.availableChannels(QStringLiteral("1")),
             (QList<Channel>{Channel::Imps, Channel::Neft}));
    const auto bad = EndpointTable::fromJson(R"({"available_channels": {"upi": 5}})", &base);
    QCOMPARE(bad.error, EndpointTableError::BadChannelCode);
    QCOMPARE(bad.where, QStringLiteral("available_channels.upi"));
}

void TestEkoEndpointTable::overrideBaseUrlOnly()
{
    const EndpointTable base = EndpointTable::builtIn();
    const auto load = EndpointTable::fromJson(R"({"base_url": "http://127.0.0.1:8080/ekoapi/v3/"})", &base);
    QVERIFY(load.ok());
    QCOMPARE(load.table.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/ekoapi/v3")));
    QCOMPARE(load.table.endpoint(Rail::Levin, Call::GetSender)->pathTemplate,
             base.endpoint(Rail::Levin, Call::GetSender)->pathTemplate);
}

void TestEkoEndpointTable::overrideOnePathAndChannel()
{
    const EndpointTable base = EndpointTable::builtIn();
    const auto load = EndpointTable::fromJson(R"({
        "paths": {"master": {"ppi-levin": {"verify_sender_otp": "POST /customer/account/{customer_id}/ppi-levin/otp/verify"}}},
        "channels": {"ppi-digikhata": {"imps": 0, "neft": 2}}
    })",
                                              &base);
    QVERIFY2(load.ok(), qPrintable(load.where));
    QCOMPARE(load.table.endpoint(Rail::Levin, Call::VerifySenderOtp)->pathTemplate,
             QStringLiteral("/customer/account/{customer_id}/ppi-levin/otp/verify"));
    QCOMPARE(load.table.channelCode(Rail::DigiKhata, Channel::Imps), 0);
    QCOMPARE(load.table.channelCode(Rail::DigiKhata, Channel::Neft), 2);
    QCOMPARE(load.table.channelCode(Rail::Levin, Channel::Imps), 2); // inherited
}

void TestEkoEndpointTable::overrideSwitchesPathSet()
{
    const EndpointTable base = EndpointTable::builtIn();
    const auto load = EndpointTable::fromJson(R"({"path_set": "legacy"})", &base);
    QVERIFY(load.ok());
    QCOMPARE(load.table.endpoint(Rail::DigiKhata, Call::GetSender)->pathTemplate,
             QStringLiteral("/customer/profile/{customer_id}"));
}

void TestEkoEndpointTable::builtInParams()
{
    // Spot checks against REFERENCE.md §1.1-§1.3; the request builder test
    // checks the whole wire form of every call.
    const EndpointTable table = EndpointTable::builtIn();
    const QJsonValue code80(80);
    for (int c = 0; c < kCallCount; ++c) {
        const auto call = static_cast<Call>(c);
        const CallParams dk = table.params(Rail::DigiKhata, call);
        // "For PayPoint, send a fixed value of 80" on every DigiKhata call
        // but the shared tools/reference ones (inquiry, bank look-ups), whose
        // query is initiator_id and user_code.
        const bool shared = call == Call::TransactionInquiry || call == Call::GetIfscDetails ||
                            call == Call::GetBankDetails || call == Call::VerifyBankAccount;
        QCOMPARE(dk.constants.value(u"service_code"), shared ? QJsonValue(QJsonValue::Undefined) : code80);
        QVERIFY2(!dk.carries.contains(QStringLiteral("wallet_token")), qPrintable(callName(call)));
    }
    const CallParams levinAdd = table.params(Rail::Levin, Call::AddRecipient);
    QCOMPARE(levinAdd.constants.value(u"type").toString(), QStringLiteral("ifsc"));
    QCOMPARE(levinAdd.constants.value(u"account_type").toString(), QStringLiteral("1"));
    QVERIFY(levinAdd.carries.contains(QStringLiteral("wallet_token")));
    QVERIFY(levinAdd.wireNames.isEmpty());
    QCOMPARE(table.params(Rail::DigiKhata, Call::AddRecipient).wireNames.value(QStringLiteral("ifsc")),
             QStringLiteral("bank_code"));
    QVERIFY(!table.params(Rail::Levin, Call::GetSender).constants.contains(u"service_code"));
    QCOMPARE(table.params(Rail::Levin, Call::SendTransactionOtp).constants.value(u"service_code"), code80);
    QCOMPARE(table.params(Rail::Levin, Call::InitiateTransaction).constants.value(u"recipient_id_type"),
             QJsonValue(QStringLiteral("1")));
}

void TestEkoEndpointTable::overrideParams()
{
    // A profile fixes one call without restating the rest: a constant
    // changed, one removed (null), the carried values replaced, a rename added.
    const EndpointTable base = EndpointTable::builtIn();
    const auto load = EndpointTable::fromJson(R"({"params": {"ppi-levin": {"initiate_transaction": {
        "constants": {"state": "2", "recipient_id_type": null},
        "carries": ["wallet_token", "wallet_id"],
        "wire_names": {"latlong": "lat_long"}}}}})",
                                              &base);
    QVERIFY2(load.ok(), qPrintable(load.where));
    const CallParams p = load.table.params(Rail::Levin, Call::InitiateTransaction);
    QCOMPARE(p.constants.value(u"state").toString(), QStringLiteral("2"));
    QVERIFY(!p.constants.contains(u"recipient_id_type"));
    QCOMPARE(p.constants.value(u"service_code"), QJsonValue(80)); // inherited
    QCOMPARE(p.carries, QStringList({QStringLiteral("wallet_token"), QStringLiteral("wallet_id")}));
    QCOMPARE(p.wireNames.value(QStringLiteral("latlong")), QStringLiteral("lat_long"));
    // Other calls and the other rail are untouched.
    QCOMPARE(load.table.params(Rail::DigiKhata, Call::InitiateTransaction).constants,
             base.params(Rail::DigiKhata, Call::InitiateTransaction).constants);
    QCOMPARE(load.table.params(Rail::Levin, Call::AddRecipient).carries,
             base.params(Rail::Levin, Call::AddRecipient).carries);
}

// The fee named to the agent before a name check: the built-in figure, a
// profile's own, or none at all when the override removes it.
void TestEkoEndpointTable::nameCheckFee()
{
    const EndpointTable base = EndpointTable::builtIn();
    QCOMPARE(base.fee(Call::VerifyBankAccount),
             std::optional<counterdesk::Money>(counterdesk::Money::fromPaise(700)));
    QVERIFY(!base.fee(Call::AddRecipient));
    QCOMPARE(base.params(Rail::Levin, Call::VerifyBankAccount).wireNames.value(QStringLiteral("account")),
             QStringLiteral("bank_account"));

    const EndpointTableLoad own =
        EndpointTable::fromJson(R"({"fees": {"verify_bank_account": "2.50"}})", &base);
    QVERIFY(own.ok());
    QCOMPARE(own.table.fee(Call::VerifyBankAccount),
             std::optional<counterdesk::Money>(counterdesk::Money::fromPaise(250)));
    const EndpointTableLoad none =
        EndpointTable::fromJson(R"({"fees": {"verify_bank_account": null}})", &base);
    QVERIFY(none.ok());
    QVERIFY(!none.table.fee(Call::VerifyBankAccount));
}

void TestEkoEndpointTable::loadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("uat.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "base_url": "https://api.eko.in:25002/ekoicici/v3"})");
    file.close();
    const EndpointTable base = EndpointTable::builtIn();
    const auto load = EndpointTable::fromFile(path, &base);
    QVERIFY(load.ok());
    QCOMPARE(load.table.baseUrl().port(), 25002);
}

void TestEkoEndpointTable::unreadableFile()
{
    const auto load = EndpointTable::fromFile(QStringLiteral("/nonexistent/endpoints.json"));
    QCOMPARE(load.error, EndpointTableError::FileUnreadable);
    QVERIFY(!load.table.isValid());
}

// A profile's `endpoints =` line may name anything: a folder or a file too big
// to be a table is refused without reading it all (a device such as /dev/zero
// would never end; tests/fuzz/corpus/profile_file keeps that case).
void TestEkoEndpointTable::onlyASmallRegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(EndpointTable::fromFile(dir.path()).error, EndpointTableError::FileUnreadable);

    const QString path = dir.filePath(QStringLiteral("padded.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray table = R"({"version": 1, "base_url": "https://api.eko.in:25002/ekoicici/v3"})";
    file.write(table + QByteArray(1024 * 1024 - table.size(), ' '));
    file.close();
    const EndpointTable base = EndpointTable::builtIn();
    QVERIFY(EndpointTable::fromFile(path, &base).ok()); // exactly 1 MiB: still a table

    QVERIFY(file.open(QIODevice::Append));
    file.write(" ");
    file.close();
    const auto load = EndpointTable::fromFile(path, &base);
    QCOMPARE(load.error, EndpointTableError::FileUnreadable);
    QCOMPARE(load.where, path);
}

// The built-in file with one params entry taken out.
static QByteArray removeParams(const EndpointTable&, Rail rail, Call call)
{
    QFile file(QStringLiteral(":/eko/endpoints.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject params = root.value(u"params").toObject();
    QJsonObject calls = params.value(railWireName(rail)).toObject();
    calls.remove(callName(call));
    params.insert(railWireName(rail), calls);
    root.insert(QStringLiteral("params"), params);
    return QJsonDocument(root).toJson();
}

void TestEkoEndpointTable::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("withBase");
    QTest::addColumn<EndpointTableError>("error");
    QTest::addColumn<QString>("where");
    using E = EndpointTableError;
    QTest::newRow("not json") << QByteArray("{") << true << E::NotJson << QString();
    QTest::newRow("array") << QByteArray("[]") << true << E::NotAnObject << QString();
    QTest::newRow("version 2") << QByteArray(R"({"version": 2})") << true << E::UnsupportedVersion
                               << "version";
    QTest::newRow("no version standalone")
        << QByteArray(R"({"base_url": "https://x.in"})") << false << E::UnsupportedVersion << "version";
    QTest::newRow("relative base") << QByteArray(R"({"base_url": "/ekoapi"})") << true << E::BadBaseUrl
                                   << "base_url";
    QTest::newRow("ftp base") << QByteArray(R"({"base_url": "ftp://x.in/"})") << true << E::BadBaseUrl
                              << "base_url";
    QTest::newRow("query in base") << QByteArray(R"({"base_url": "https://x.in/v3?a=b"})") << true
                                   << E::BadBaseUrl << "base_url";
    QTest::newRow("plain http remote") << QByteArray(R"({"base_url": "http://staging.eko.in/ekoapi/v3"})")
                                       << true << E::InsecureBaseUrl << "base_url";
    QTest::newRow("unknown set") << QByteArray(R"({"path_set": "beta"})") << true << E::UnknownPathSet
                                 << "path_set";
    QTest::newRow("unknown set in paths")
        << QByteArray(R"({"paths": {"beta": {}}})") << true << E::UnknownPathSet << "paths.beta";
    QTest::newRow("unknown rail") << QByteArray(R"({"paths": {"master": {"ppi-foo": {}}}})") << true
                                  << E::UnknownRail << "paths.master.ppi-foo";
    QTest::newRow("unknown call") << QByteArray(
                                         R"({"paths": {"master": {"ppi-levin": {"get_senders": "GET /x"}}}})")
                                  << true << E::UnknownCall << "paths.master.ppi-levin.get_senders";
    QTest::newRow("bad method") << QByteArray(
                                       R"({"paths": {"master": {"ppi-levin": {"get_sender": "PUT /x"}}}})")
                                << true << E::BadMethod << "paths.master.ppi-levin.get_sender";
    QTest::newRow("no slash") << QByteArray(
                                     R"({"paths": {"master": {"ppi-levin": {"get_sender": "GET x"}}}})")
                              << true << E::BadPath << "paths.master.ppi-levin.get_sender";
    QTest::newRow("unknown token")
        << QByteArray(R"({"paths": {"master": {"ppi-levin": {"get_sender": "GET /s/{mobile}"}}}})") << true
        << E::BadPath << "paths.master.ppi-levin.get_sender";
    QTest::newRow("stray brace")
        << QByteArray(R"({"paths": {"master": {"ppi-levin": {"get_sender": "GET /s/{customer_id"}}}})")
        << true << E::BadPath << "paths.master.ppi-levin.get_sender";
    QTest::newRow("double slash")
        << QByteArray(R"({"paths": {"master": {"ppi-levin": {"get_sender": "GET /s//x"}}}})") << true
        << E::BadPath << "paths.master.ppi-levin.get_sender";
    QTest::newRow("channel as string") << QByteArray(R"({"channels": {"ppi-levin": {"imps": "0"}}})") << true
                                       << E::BadChannelCode << "channels.ppi-levin.imps";
    QTest::newRow("channel fraction") << QByteArray(R"({"channels": {"ppi-levin": {"imps": 0.5}}})") << true
                                      << E::BadChannelCode << "channels.ppi-levin.imps";
    QTest::newRow("channel negative") << QByteArray(R"({"channels": {"ppi-levin": {"neft": -1}}})") << true
                                      << E::BadChannelCode << "channels.ppi-levin.neft";
    QTest::newRow("unknown channel") << QByteArray(R"({"channels": {"ppi-levin": {"rtgs": 3}}})") << true
                                     << E::BadChannelCode << "channels.ppi-levin.rtgs";
    QTest::newRow("params not object")
        << QByteArray(R"({"params": []})") << true << E::NotAnObject << "params";
    QTest::newRow("params unknown rail")
        << QByteArray(R"({"params": {"ppi-foo": {}}})") << true << E::UnknownRail << "params.ppi-foo";
    QTest::newRow("params unknown call") << QByteArray(R"({"params": {"ppi-levin": {"initiate": {}}}})")
                                         << true << E::UnknownCall << "params.ppi-levin.initiate";
    QTest::newRow("params entry not object") << QByteArray(R"({"params": {"ppi-levin": {"refund": 80}}})")
                                             << true << E::NotAnObject << "params.ppi-levin.refund";
    QTest::newRow("params unknown key")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"constant": {}}}}})") << true << E::UnknownKey
        << "params.ppi-levin.refund.constant";
    QTest::newRow("constant bad name")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"constants": {"Service-Code": 80}}}}})") << true
        << E::BadParamName << "params.ppi-levin.refund.constants.Service-Code";
    QTest::newRow("constant reserved")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"constants": {"user_code": "1"}}}}})") << true
        << E::BadParamName << "params.ppi-levin.refund.constants.user_code";
    QTest::newRow("constant optional value")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"constants": {"wallet_token": "x"}}}}})")
        << true << E::BadParamName << "params.ppi-levin.refund.constants.wallet_token";
    QTest::newRow("constant fraction")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"constants": {"service_code": 80.5}}}}})")
        << true << E::BadParamValue << "params.ppi-levin.refund.constants.service_code";
    QTest::newRow("constant object")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"constants": {"state": {}}}}}})") << true
        << E::BadParamValue << "params.ppi-levin.refund.constants.state";
    QTest::newRow("constant empty string")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"constants": {"state": ""}}}}})") << true
        << E::BadParamValue << "params.ppi-levin.refund.constants.state";
    QTest::newRow("carries not array")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"carries": "wallet_token"}}}})") << true
        << E::NotAnObject << "params.ppi-levin.refund.carries";
    QTest::newRow("carries unknown value")
        << QByteArray(R"({"params": {"ppi-levin": {"refund": {"carries": ["wallet_token", "amount"]}}}})")
        << true << E::UnknownRequestValue << "params.ppi-levin.refund.carries[1]";
    QTest::newRow("wire name reserved")
        << QByteArray(
               R"({"params": {"ppi-levin": {"add_recipient": {"wire_names": {"ifsc": "customer_id"}}}}})")
        << true << E::BadParamName << "params.ppi-levin.add_recipient.wire_names.ifsc";
    QTest::newRow("wire name bad")
        << QByteArray(
               R"({"params": {"ppi-levin": {"add_recipient": {"wire_names": {"ifsc": "bank code"}}}}})")
        << true << E::BadParamName << "params.ppi-levin.add_recipient.wire_names.ifsc";
    QTest::newRow("fees not object") << QByteArray(R"({"fees": [1]})") << true << E::NotAnObject << "fees";
    QTest::newRow("fee of no call") << QByteArray(R"({"fees": {"penny_drop": "7.00"}})") << true << E::BadFee
                                    << "fees.penny_drop";
    QTest::newRow("fee negative") << QByteArray(R"({"fees": {"verify_bank_account": "-7.00"}})") << true
                                  << E::BadFee << "fees.verify_bank_account";
    QTest::newRow("fee not an amount") << QByteArray(R"({"fees": {"verify_bank_account": "seven"}})") << true
                                       << E::BadFee << "fees.verify_bank_account";
    QTest::newRow("standalone without params")
        << removeParams(EndpointTable::builtIn(), Rail::Levin, Call::Refund) << false << E::MissingParams
        << "params.ppi-levin.refund";
    QTest::newRow("standalone incomplete")
        << QByteArray(R"({"version": 1, "base_url": "https://x.in/v3", "paths": {"master": {}}})") << false
        << E::MissingCall << "paths.master.ppi-digikhata.get_sender";
}

void TestEkoEndpointTable::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, withBase);
    QFETCH(EndpointTableError, error);
    QFETCH(QString, where);
    const EndpointTable base = EndpointTable::builtIn();
    const auto load = EndpointTable::fromJson(json, withBase ? &base : nullptr);
    QCOMPARE(load.error, error);
    if (!where.isEmpty())
        QCOMPARE(load.where, where);
    QVERIFY(!load.ok());
}

void TestEkoEndpointTable::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << "https://staging.eko.in/ekoapi/v3" << false << true;
    QTest::newRow("http remote") << "http://staging.eko.in/ekoapi/v3" << false << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234/ekoapi/v3" << true << true;
    QTest::newRow("http 127.5.6.7") << "http://127.5.6.7/" << true << true;
    QTest::newRow("http ::1") << "http://[::1]:8080/" << true << true;
    QTest::newRow("http localhost") << "http://localhost:8080/" << true << true;
    QTest::newRow("http LAN") << "http://192.168.1.10/" << false << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/" << false << false;
    QTest::newRow("localhost lookalike") << "http://localhost.evil.in/" << false << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << true << false;
}

void TestEkoEndpointTable::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QFETCH(bool, allowed);
    QCOMPARE(EndpointTable::isLoopback(QUrl(url)), loopback);
    QCOMPARE(EndpointTable::isAllowedUrl(QUrl(url)), allowed);
}

// counterdesk-gateway reads a counter's path back into its call: every path
// of both sets, with its tokens filled, comes back as the call that makes it
// (and its rail, where the path names one), with the token values.
void TestEkoEndpointTable::matchReadsEveryPathBack()
{
    const EndpointTable table = EndpointTable::builtIn();
    int checked = 0;
    for (const PathSet set : {PathSet::Master, PathSet::Legacy}) {
        for (const counterdesk::Rail rail : {counterdesk::Rail::DigiKhata, counterdesk::Rail::Levin}) {
            for (int c = 0; c < kCallCount; ++c) {
                const Call call = static_cast<Call>(c);
                const std::optional<Endpoint> e = table.endpoint(set, rail, call);
                if (!e)
                    continue;
                QString path = e->pathTemplate;
                for (const char* token : kPathTokens)
                    path.replace(u'{' + QLatin1String(token) + u'}',
                                 QStringLiteral("v-") + QLatin1String(token));
                const std::optional<EndpointMatch> m = table.match(e->method, path);
                QVERIFY2(m, qPrintable(path));
                // Both rails may share a path (inquiry, refund); then either call name fits it.
                const std::optional<Endpoint> back = table.endpoint(set, m->rail, m->call);
                QVERIFY2(back && back->pathTemplate == e->pathTemplate && back->method == e->method,
                         qPrintable(path));
                if (e->pathTemplate.contains(QLatin1String("{customer_id}")))
                    QCOMPARE(m->tokens.value(QStringLiteral("customer_id")), QStringLiteral("v-customer_id"));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 40);
    QVERIFY(!table.match("GET", QStringLiteral("/customer/payment/ppi-digikhata"))); // Initiate is a POST
    QVERIFY(!table.match("POST", QStringLiteral("/customer/payment/ppi-unknown")));  // no such rail
    QVERIFY(!table.match("GET", QStringLiteral("/")));
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoEndpointTable)
#include "tst_ekoendpointtable.moc"
