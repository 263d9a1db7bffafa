// Sender calls and OTP sessions: 2129/308/2136/309, single use, expiry,
// resend cool-down, lock-out after 3 wrong OTPs, Levin's wallet_token.
#include "SandboxTestBase.h"
#include "TestRunner.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace counterdesk::sandbox;
using namespace counterdesk::sandbox::test;

namespace {
const QString kDkSenderPrefix = QStringLiteral("/customer/payment/ppi-digikhata/sender/");
const QString kLevinSenderPrefix = QStringLiteral("/customer/payment/ppi-levin/sender/");
} // namespace

class TestSandboxOtp : public SandboxTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.otpResendCooldownMs = 60 * 1000;
        QVERIFY(startServer(options));
    }
    void init() { resetServer(); }

    void existingSenderGetsOtp()
    {
        QSignalSpy spy(&m_server, &SandboxServer::otpSent);
        const Answer a = m_client->get(kDkSenderPrefix + kDigiKhataSender);
        QCOMPARE(a.status(), 2129);
        QCOMPARE(a.rsid(), 1);
        QCOMPARE(a.rtid(), 2129);
        QCOMPARE(a.data().value(QStringLiteral("intent_id")).toInt(), 19);
        QVERIFY(!a.dataString("otp_ref_id").isEmpty());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QLatin1String(kDigiKhataSender));
        const QString otp = spy.at(0).at(1).toString();
        QCOMPARE(otp.size(), 6);
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("sender"));
        QCOMPARE(m_server.lastOtp(QLatin1String(kDigiKhataSender), QStringLiteral("sender")), otp);
        QCOMPARE(m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("sender")), otp);
    }

    void notEnrolledIs308()
    {
        const Answer a = m_client->get(kDkSenderPrefix + kNotEnrolled);
        QCOMPARE(a.status(), 308);
        QCOMPARE(a.rtid(), 308);
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Failure!Customer Not Enrolled"));
        // A DigiKhata wallet is unknown to Levin.
        QCOMPARE(m_client->get(kLevinSenderPrefix + kDigiKhataSender).rtid(), 308);
    }

    // Two live sessions of one mobile: the control endpoint gives the last
    // OTP by mobile, and each session's own by its otp_ref_id, which verifies.
    void otpOfEachSession()
    {
        const QString first = m_client->get(kDkSenderPrefix + kDigiKhataSender).dataString("otp_ref_id");
        m_server.setClockOffsetMs(61 * 1000); // past the resend cool-down
        m_client->clockOffsetMs = 61 * 1000;
        const QString second = m_client->post(kDkSenderPrefix + kDigiKhataSender + QStringLiteral("/otp"), {})
                                   .dataString("otp_ref_id");
        QVERIFY(first != second);
        const Answer last = m_client->otpOfSession(second);
        QCOMPARE(last.http, 200);
        QCOMPARE(last.json.value(QStringLiteral("otp")).toString(),
                 m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("sender")));
        const QString firstOtp = m_client->otpOfSession(first).json.value(QStringLiteral("otp")).toString();
        QCOMPARE(firstOtp.size(), 6);
        QCOMPARE(verify(kDkSenderPrefix, kDigiKhataSender, firstOtp, first).status(), 0);
        QCOMPARE(m_client->otpOfSession(QStringLiteral("no-such-ref")).http, 404);
    }

    void verifyGivesProfile()
    {
        const Answer sent = m_client->get(kDkSenderPrefix + kDigiKhataSender);
        const Answer a = verify(kDkSenderPrefix, kDigiKhataSender,
                                m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("sender")),
                                sent.dataString("otp_ref_id"));
        QCOMPARE(a.status(), 0);
        QCOMPARE(a.rsid(), -1);
        QCOMPARE(a.rtid(), 309);
        const QJsonObject profile = a.data().value(QStringLiteral("customer_profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("balance")).toString(), QStringLiteral("25000.0"));
        QCOMPARE(profile.value(QStringLiteral("total_monthly_limit")).toString(), QStringLiteral("50000.0"));
        QCOMPARE(a.dataString("sender_name"), QStringLiteral("Ramesh Kumar"));
    }

    void otpIsSingleUse()
    {
        const Answer sent = m_client->get(kDkSenderPrefix + kDigiKhataSender);
        const QString otp = m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("sender"));
        QCOMPARE(verify(kDkSenderPrefix, kDigiKhataSender, otp, sent.dataString("otp_ref_id")).rtid(), 309);
        const Answer again = verify(kDkSenderPrefix, kDigiKhataSender, otp, sent.dataString("otp_ref_id"));
        QCOMPARE(again.status(), 303);
        QCOMPARE(again.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("OTP already Consumed"));
    }

    void otpExpires()
    {
        const Answer sent = m_client->get(kDkSenderPrefix + kDigiKhataSender);
        const QString otp = m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("sender"));
        // Six minutes later on the server; the client signs with that time.
        const qint64 later = 6 * 60 * 1000;
        m_server.setClockOffsetMs(later);
        m_client->clockOffsetMs = later;
        const Answer a = verify(kDkSenderPrefix, kDigiKhataSender, otp, sent.dataString("otp_ref_id"));
        QCOMPARE(a.status(), 303);
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(), QStringLiteral("OTP expired"));
    }

    void resendCoolDown()
    {
        const Answer first = m_client->get(kDkSenderPrefix + kDigiKhataSender);
        // Asking for the sender again inside the cool-down hands back the
        // same session instead of a new SMS.
        const Answer again = m_client->get(kDkSenderPrefix + kDigiKhataSender);
        QCOMPARE(again.dataString("otp_ref_id"), first.dataString("otp_ref_id"));
        // An explicit resend is refused until the minute is over.
        const Answer resend = m_client->post(kDkSenderPrefix + kDigiKhataSender + QStringLiteral("/otp"), {});
        QCOMPARE(resend.status(), 461);
        QVERIFY(
            resend.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("please wait")));
        m_server.setClockOffsetMs(61 * 1000);
        m_client->clockOffsetMs = 61 * 1000;
        const Answer later = m_client->post(kDkSenderPrefix + kDigiKhataSender + QStringLiteral("/otp"), {});
        QCOMPARE(later.rtid(), 2129);
        QVERIFY(later.dataString("otp_ref_id") != first.dataString("otp_ref_id"));
    }

    void lockOutAfterThreeWrong()
    {
        const Answer sent = m_client->get(kDkSenderPrefix + kDigiKhataSender);
        const QString ref = sent.dataString("otp_ref_id");
        const QString otp = m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("sender"));
        const QString wrong =
            otp == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        Answer a = verify(kDkSenderPrefix, kDigiKhataSender, wrong, ref);
        QCOMPARE(a.status(), 302);
        QCOMPARE(a.data().value(QStringLiteral("attempts_left")).toInt(), 2);
        QCOMPARE(verify(kDkSenderPrefix, kDigiKhataSender, wrong, ref).status(), 302);
        a = verify(kDkSenderPrefix, kDigiKhataSender, wrong, ref);
        QCOMPARE(a.status(), 461);
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("OTP attempts exhausted. Please try again after 15 min."));
        // The right OTP is too late now, and no new OTP is sent.
        QCOMPARE(verify(kDkSenderPrefix, kDigiKhataSender, otp, ref).status(), 461);
        QCOMPARE(m_client->get(kDkSenderPrefix + kDigiKhataSender).status(), 461);
    }

    void aadhaarPendingIs2136()
    {
        const Answer sent = m_client->get(kDkSenderPrefix + kAadhaarPending);
        const Answer a = verify(kDkSenderPrefix, kAadhaarPending,
                                m_client->otp(QLatin1String(kAadhaarPending), QStringLiteral("sender")),
                                sent.dataString("otp_ref_id"));
        QCOMPARE(a.status(), 2136);
        QCOMPARE(a.rtid(), 2136);
    }

    void onboardNewSender()
    {
        const QString mobile = QStringLiteral("9123456789");
        QCOMPARE(m_client->get(kDkSenderPrefix + mobile).rtid(), 308);
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Meena Kumari")},
                               {QStringLiteral("dob"), QStringLiteral("1990-05-05")},
                               {QStringLiteral("residence_address"),
                                QJsonArray{QStringLiteral("12 MG Road"), QStringLiteral("Pune")}},
                               {QStringLiteral("service_code"), 80}};
        const Answer a = m_client->post(kDkSenderPrefix + mobile, body);
        QCOMPARE(a.rtid(), 2129);
        const Answer v = verify(kDkSenderPrefix, mobile, m_client->otp(mobile, QStringLiteral("sender")),
                                a.dataString("otp_ref_id"));
        QCOMPARE(v.rtid(), 2136);
        // Onboarding again: the wallet exists.
        QCOMPARE(m_client->post(kDkSenderPrefix + mobile, body).rtid(), 300);
        // A minor is refused.
        QJsonObject child = body;
        child.insert(QStringLiteral("dob"), QStringLiteral("2015-01-01"));
        QVERIFY(m_client->post(kDkSenderPrefix + QStringLiteral("9123456780"), child)
                    .invalidParams()
                    .contains(QStringLiteral("dob")));
    }

    void onboardingToFirstTransfer()
    {
        const QString mobile = QStringLiteral("9234567890");
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Geeta Rao")},
                               {QStringLiteral("dob"), QStringLiteral("1985-07-07")},
                               {QStringLiteral("residence_address"), QJsonArray{QStringLiteral("Pune")}}};
        const Answer onboard = m_client->post(kDkSenderPrefix + mobile, body);
        QCOMPARE(verify(kDkSenderPrefix, mobile, m_client->otp(mobile, QStringLiteral("sender")),
                        onboard.dataString("otp_ref_id"))
                     .rtid(),
                 2136);
        const Answer aadhaar = m_client->post(kDkSenderPrefix + mobile + QStringLiteral("/aadhaar/otp"),
                                              {{QStringLiteral("aadhar"), QStringLiteral("234567890124")}});
        QCOMPARE(aadhaar.rtid(), 2129);
        QCOMPARE(aadhaar.data().value(QStringLiteral("intent_id")).toInt(), 20);
        const Answer aadhaarOk =
            m_client->post(kDkSenderPrefix + mobile + QStringLiteral("/aadhaar/otp/verify"),
                           {{QStringLiteral("otp"), m_client->otp(mobile, QStringLiteral("aadhaar"))},
                            {QStringLiteral("otp_ref_id"), aadhaar.dataString("otp_ref_id")}});
        QCOMPARE(aadhaarOk.rtid(), 2147);
        QVERIFY(m_client
                    ->post(kDkSenderPrefix + mobile + QStringLiteral("/pan"),
                           {{QStringLiteral("pan_number"), QStringLiteral("ABC")}})
                    .invalidParams()
                    .contains(QStringLiteral("pan_number")));
        const Answer pan =
            m_client->post(kDkSenderPrefix + mobile + QStringLiteral("/pan"),
                           {{QStringLiteral("pan_number"), QStringLiteral("ABCPR1234F")}}); // R: Rao
        QCOMPARE(pan.rtid(), 309);
        const Answer load = m_client->post(kDkSenderPrefix + mobile + QStringLiteral("/wallet/loadwallet"),
                                           {{QStringLiteral("amount"), QStringLiteral("500")},
                                            {QStringLiteral("org_id"), QStringLiteral("1")},
                                            {QStringLiteral("client_ref_id"), QStringLiteral("LOAD-1")}});
        QCOMPARE(load.rtid(), 2447);
        QCOMPARE(load.dataString("fee"), QStringLiteral("5.0"));
        // A new training wallet starts with Rs 2,000 (docs/sandbox.md); the load adds to it.
        QCOMPARE(load.dataString("balance"), QStringLiteral("2500.0"));
        // Now a full sender: verify gives the profile.
        m_server.setClockOffsetMs(61 * 1000);
        m_client->clockOffsetMs = 61 * 1000;
        const Answer again = m_client->get(kDkSenderPrefix + mobile);
        QCOMPARE(verify(kDkSenderPrefix, mobile, m_client->otp(mobile, QStringLiteral("sender")),
                        again.dataString("otp_ref_id"))
                     .rtid(),
                 309);
    }

    void levinVerifyGivesWalletToken()
    {
        const Answer sent = m_client->get(kLevinSenderPrefix + kLevinSender);
        QCOMPARE(sent.rtid(), 2129);
        const Answer wrong = verify(kLevinSenderPrefix, kLevinSender, QStringLiteral("999999x"),
                                    sent.dataString("otp_ref_id"));
        QCOMPARE(wrong.rtid(), 2138);
        const Answer a = verify(kLevinSenderPrefix, kLevinSender,
                                m_client->otp(QLatin1String(kLevinSender), QStringLiteral("sender")),
                                sent.dataString("otp_ref_id"));
        QCOMPARE(a.rtid(), 309);
        const QString token = a.dataString("wallet_token");
        QCOMPARE(token.count(u'.'), 2);
        QVERIFY(!a.dataString("wallet_id").isEmpty());
        // Later calls check it.
        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("wallet_token"), QStringLiteral("stale"));
        QVERIFY(m_client->get(kLevinSenderPrefix + kLevinSender + QStringLiteral("/recipients"), bad)
                    .invalidParams()
                    .contains(QStringLiteral("wallet_token")));
        QUrlQuery good;
        good.addQueryItem(QStringLiteral("wallet_token"), token);
        QCOMPARE(
            m_client->get(kLevinSenderPrefix + kLevinSender + QStringLiteral("/recipients"), good).rtid(),
            23);
        const Answer noToken = m_client->sendTransactionOtp(QStringLiteral("ppi-levin"),
                                                            QLatin1String(kLevinSender), kMohan, 100);
        QVERIFY(noToken.invalidParams().contains(QStringLiteral("wallet_token")));
    }

    void legacyLevinVerifyPath()
    {
        const Answer sent = m_client->get(kLevinSenderPrefix + kLevinSender);
        const Answer a = m_client->post(
            QStringLiteral("/customer/account/%1/ppi-levin/otp/verify").arg(QLatin1String(kLevinSender)),
            {{QStringLiteral("otp"), m_client->otp(QLatin1String(kLevinSender), QStringLiteral("sender"))},
             {QStringLiteral("otp_ref_id"), sent.dataString("otp_ref_id")},
             {QStringLiteral("intent_id"), QStringLiteral("19")}});
        QCOMPARE(a.rtid(), 309);
    }

private:
    Answer verify(const QString& railPath, const QString& mobile, const QString& otp, const QString& ref)
    {
        return m_client->post(railPath + mobile + QStringLiteral("/otp/verify"),
                              {{QStringLiteral("otp"), otp},
                               {QStringLiteral("otp_ref_id"), ref},
                               {QStringLiteral("intent_id"), 19}});
    }
    Answer verify(const QString& railPath, const char* mobile, const QString& otp, const QString& ref)
    {
        return verify(railPath, QString::fromLatin1(mobile), otp, ref);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxOtp)
#include "tst_sandboxotp.moc"
