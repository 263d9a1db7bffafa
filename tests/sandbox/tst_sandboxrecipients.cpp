// Recipients: the list's shape, Add Recipient on both rails (bank_code vs
// ifsc), duplicates, 5 a day, DigiKhata bank OTP and Levin registration.
#include "SandboxTestBase.h"
#include "TestRunner.h"
#include "eko/EndpointTable.h"

#include <QJsonArray>

using namespace counterdesk::sandbox;
using namespace counterdesk::sandbox::test;

namespace {
const QString kRameshSenderPath = QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001");
const QString kSunitaSenderPath = QStringLiteral("/customer/payment/ppi-levin/sender/9000000002");

QJsonObject dkRecipient(int n)
{
    return {
        {QStringLiteral("bank_id"), 108},
        {QStringLiteral("recipient_name"), QStringLiteral("Person Name")},
        {QStringLiteral("recipient_mobile"), QStringLiteral("98111000%1").arg(n, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("account"), QStringLiteral("1234567890%1").arg(n, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("bank_code"), QStringLiteral("SBIN0001234")}};
}
} // namespace

class TestSandboxRecipients : public SandboxTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { resetServer(); }

    void listShape()
    {
        const Answer a = m_client->get(kRameshSenderPath + QStringLiteral("/recipients"));
        QCOMPARE(a.rtid(), 23);
        const QJsonArray list = a.data().value(QStringLiteral("recipient_list")).toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("recipient_id")).toInteger(), kKrishna);
        QCOMPARE(first.value(QStringLiteral("account")).toString(), QStringLiteral("XXXXXXXXXX8454"));
        QCOMPARE(first.value(QStringLiteral("bank")).toString(), QStringLiteral("UCO Bank"));
        QVERIFY(first.value(QStringLiteral("beneficiary_id")).isString());
        QVERIFY(list.at(2).toObject().value(QStringLiteral("beneficiary_id")).isNull());
        QCOMPARE(first.value(QStringLiteral("recipient_id_type")).toString(), QStringLiteral("acc_ifsc"));
    }

    void digiKhataAddAndBankOtp()
    {
        const Answer added = m_client->post(kRameshSenderPath + QStringLiteral("/recipient"), dkRecipient(1));
        QCOMPARE(added.rtid(), 43);
        const qint64 id = added.data().value(QStringLiteral("recipient_id")).toInteger();
        QVERIFY(id > 0);
        // Levin's field name is not DigiKhata's.
        QJsonObject withIfsc = dkRecipient(2);
        withIfsc.insert(QStringLiteral("ifsc"), withIfsc.take(QStringLiteral("bank_code")));
        QVERIFY(m_client->post(kRameshSenderPath + QStringLiteral("/recipient"), withIfsc)
                    .invalidParams()
                    .contains(QStringLiteral("bank_code")));
        // Unregistered: a transfer is refused until the bank OTP is verified.
        const Answer bank = m_client->post(kRameshSenderPath + QStringLiteral("/recipient/bank/otp"),
                                           {{QStringLiteral("recipient_id"), id}});
        QCOMPARE(bank.rtid(), 1741);
        QVERIFY(!bank.dataString("beneficiary_id").isEmpty());
        QVERIFY(bank.dataString("otp_ref_id").contains(QStringLiteral("~Channel4~")));
        const QString otp = m_client->otp(QStringLiteral("9000000001"), QStringLiteral("recipient_bank"));
        QCOMPARE(m_client->otp(QStringLiteral("9811100001"), QStringLiteral("recipient_bank")), otp);
        const Answer ok = m_client->post(
            kRameshSenderPath + QStringLiteral("/recipient/bank/otp/verify"),
            {{QStringLiteral("otp"), otp}, {QStringLiteral("otp_ref_id"), bank.dataString("otp_ref_id")}});
        QCOMPARE(ok.status(), 2131);
        QCOMPARE(ok.rsid(), 0);
        QCOMPARE(m_client
                     ->transfer(QStringLiteral("ppi-digikhata"), QStringLiteral("9000000001"), id, 110,
                                QStringLiteral("T-NEW"))
                     .status(),
                 0);
    }

    void duplicatesAndFiveADay()
    {
        QCOMPARE(m_client->post(kRameshSenderPath + QStringLiteral("/recipient"), dkRecipient(1)).rtid(), 43);
        QCOMPARE(m_client->post(kRameshSenderPath + QStringLiteral("/recipient"), dkRecipient(1)).status(),
                 342);
        for (int n = 2; n <= 5; ++n)
            QCOMPARE(m_client->post(kRameshSenderPath + QStringLiteral("/recipient"), dkRecipient(n)).rtid(),
                     43);
        const Answer sixth = m_client->post(kRameshSenderPath + QStringLiteral("/recipient"), dkRecipient(6));
        QCOMPARE(sixth.status(), 39);
        // A day later it works again.
        m_server.setClockOffsetMs(24LL * 3600 * 1000 + 1000);
        m_client->clockOffsetMs = 24LL * 3600 * 1000 + 1000;
        QCOMPARE(m_client->post(kRameshSenderPath + QStringLiteral("/recipient"), dkRecipient(6)).rtid(), 43);
    }

    void fieldFormats()
    {
        QJsonObject bad = dkRecipient(1);
        bad.insert(QStringLiteral("bank_code"), QStringLiteral("SBIN1234"));
        bad.insert(QStringLiteral("account"), QStringLiteral("12"));
        bad.insert(QStringLiteral("bank_id"), QStringLiteral("108"));
        bad.insert(QStringLiteral("recipient_mobile"), QStringLiteral("9000000001")); // the sender's own
        const QJsonObject errors =
            m_client->post(kRameshSenderPath + QStringLiteral("/recipient"), bad).invalidParams();
        QVERIFY(errors.contains(QStringLiteral("bank_code")));
        QVERIFY(errors.contains(QStringLiteral("account")));
        QVERIFY(errors.contains(QStringLiteral("bank_id")));
        QVERIFY(errors.contains(QStringLiteral("recipient_mobile")));
    }

    void levinAddAndRegister()
    {
        const QString token = m_client->verifiedLevinToken(QLatin1String(kLevinSender));
        QJsonObject body{{QStringLiteral("bank_id"), 56},
                         {QStringLiteral("recipient_name"), QStringLiteral("Ravi Das")},
                         {QStringLiteral("recipient_mobile"), QStringLiteral("9811122233")},
                         {QStringLiteral("account"), QStringLiteral("50100111222333")},
                         {QStringLiteral("ifsc"), QStringLiteral("HDFC0000123")},
                         {QStringLiteral("recipient_type"), QStringLiteral("3")},
                         {QStringLiteral("type"), QStringLiteral("ifsc")},
                         {QStringLiteral("account_type"), QStringLiteral("1")},
                         {QStringLiteral("wallet_token"), token}};
        const Answer added = m_client->post(kSunitaSenderPath + QStringLiteral("/recipient"), body);
        QCOMPARE(added.rtid(), 43);
        const Answer again = m_client->post(kSunitaSenderPath + QStringLiteral("/recipient"), body);
        QCOMPARE(again.rtid(), 2148);
        QCOMPARE(again.dataString("description"), QStringLiteral("Beneficiary allready added!"));
        const qint64 id = added.data().value(QStringLiteral("recipient_id")).toInteger();
        const Answer reg =
            m_client->post(kSunitaSenderPath + QStringLiteral("/bank/recipient"),
                           {{QStringLiteral("recipient_id"), id}, {QStringLiteral("wallet_token"), token}});
        QCOMPARE(reg.rtid(), 1741);
        QVERIFY(!reg.dataString("beneficiary_id").isEmpty());
        QCOMPARE(m_client
                     ->transfer(QStringLiteral("ppi-levin"), QLatin1String(kLevinSender), id, 100,
                                QStringLiteral("T-LV-NEW"), token)
                     .status(),
                 0);
    }

    // Verify Bank Account: the name banks.json gives the account, the fee of
    // the endpoint table (what the console names before sending), 350 for
    // an account the bank names nobody for, 1796 where the bank cannot.
    void bankAccountCheck()
    {
        const QString path = QStringLiteral("/tools/kyc/bank-account/sync");
        const auto check = [&](const char* account, const char* ifsc) {
            return m_client->post(path, {{QStringLiteral("customer_id"), QLatin1String(kDigiKhataSender)},
                                         {QStringLiteral("bank_account"), QLatin1String(account)},
                                         {QStringLiteral("ifsc"), QLatin1String(ifsc)}});
        };
        // Eko's samples write this fee with two decimals ("7.00").
        const QString fee = counterdesk::eko::EndpointTable::builtIn()
                                .fee(counterdesk::eko::Call::VerifyBankAccount)
                                .value_or(counterdesk::Money())
                                .toPlainString();
        QCOMPARE(fee, QStringLiteral("7.00"));

        const Answer same = check("300012345678", "SBIN0001234");
        QCOMPARE(same.rtid(), 61);
        QCOMPARE(same.rsid(), -1);
        QCOMPARE(same.dataString("recipient_name"), QStringLiteral("GEETA RAO"));
        QCOMPARE(same.dataString("fee"), fee);
        QCOMPARE(same.dataString("amount"), QStringLiteral("1.0"));
        QVERIFY(!same.dataString("tid").isEmpty());
        QVERIFY(!same.body.contains("300012345678")); // the full number is not echoed

        // The same digits at another bank are another person.
        QCOMPARE(check("300012345678", "HDFC0000123").dataString("recipient_name"),
                 QStringLiteral("GEETHA RAMACHANDRA RAO"));

        const Answer nobody = check("111122223333", "SBIN0001234");
        QCOMPARE(nobody.status(), 350);
        QCOMPARE(nobody.rtid(), 350);
        QCOMPARE(nobody.dataString("verification_failure_refund"), fee);
        QVERIFY(nobody.dataString("recipient_name").isEmpty());

        const Answer notOffered = check("300012345678", "PKGB0010500"); // a regional rural bank
        QCOMPARE(notOffered.rtid(), 1796);
        QCOMPARE(notOffered.rsid(), 1);
        QVERIFY(m_server.paramFindings().isEmpty());
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxRecipients)
#include "tst_sandboxrecipients.moc"
