// Send Transaction OTP, Initiate and Inquiry: fee and balance arithmetic,
// 347, 945, the per-transaction limit, duplicate client_ref_id, channel and
// registration checks, and both rails.
#include "SandboxTestBase.h"
#include "TestRunner.h"

using namespace counterdesk::sandbox;
using namespace counterdesk::sandbox::test;

class TestSandboxTransfers : public SandboxTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { resetServer(); }

    void sendOtpAnswer()
    {
        const Answer a =
            m_client->sendTransactionOtp(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110);
        QCOMPARE(a.status(), 2133);
        QCOMPARE(a.rsid(), 1);
        QCOMPARE(a.rtid(), 2133);
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(), QStringLiteral("Send OTP"));
        QVERIFY(!a.dataString("otp_ref_id").isEmpty());
    }

    void feeAndBalanceLikeTheSample()
    {
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                            QStringLiteral("T-FEE-1"));
        QCOMPARE(a.status(), 0);
        QCOMPARE(a.rsid(), 0);
        QCOMPARE(a.rtid(), 325);
        QCOMPARE(a.dataString("tx_status"), QStringLiteral("0"));
        QCOMPARE(a.dataString("amount"), QStringLiteral("110.00"));
        QCOMPARE(a.dataString("fee"), QStringLiteral("4.0"));
        QCOMPARE(a.dataString("collectable_amount"), QStringLiteral("114.0"));
        QCOMPARE(a.dataString("service_tax"), QStringLiteral("0.61"));
        QCOMPARE(a.dataString("balance"), QStringLiteral("24886.0")); // 25000 - 114
        QCOMPARE(a.dataString("channel_desc"), QStringLiteral("IMPS"));
        QVERIFY(a.data().value(QStringLiteral("recipient_id")).isDouble());
        QVERIFY(a.data().value(QStringLiteral("tid")).isString());
        QVERIFY(!a.dataString("bank_ref_num").isEmpty());
        QCOMPARE(m_server.initiateCount(QStringLiteral("T-FEE-1")), 1);

        // 1% above Rs 400: Rs 1,000 costs Rs 10.
        const Answer b = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 1000,
                                            QStringLiteral("T-FEE-2"));
        QCOMPARE(b.dataString("fee"), QStringLiteral("10.0"));
        QCOMPARE(b.dataString("balance"), QStringLiteral("23876.0"));
        const Answer sender =
            m_client->control("GET", QStringLiteral("sender?mobile=9000000001&rail=ppi-digikhata"));
        QCOMPARE(sender.json.value(QStringLiteral("balance")).toString(), QStringLiteral("23876.00"));
        QCOMPARE(sender.json.value(QStringLiteral("used_this_month")).toString(), QStringLiteral("1110.00"));
    }

    void insufficientBalance347()
    {
        const Answer a =
            m_client->transfer(kDkRail, QLatin1String(kLowBalance), kSavita, 200, QStringLiteral("T-347"));
        QCOMPARE(a.status(), 347);
        QCOMPARE(a.rsid(), 1);
        QCOMPARE(a.dataString("tx_status"), QStringLiteral("1"));
        QCOMPARE(a.dataString("balance"), QStringLiteral("150.0"));
        // Rs 146 + Rs 4 fee fits exactly.
        const Answer b =
            m_client->transfer(kDkRail, QLatin1String(kLowBalance), kSavita, 146, QStringLiteral("T-347-OK"));
        QCOMPARE(b.status(), 0);
        QCOMPARE(b.dataString("balance"), QStringLiteral("0.0"));
    }

    void monthlyLimit945()
    {
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kLimitNearlyUsed), kKiran, 300,
                                            QStringLiteral("T-945"));
        QCOMPARE(a.status(), 945);
        QCOMPARE(a.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Sender/beneficiary monthly limit exhausted"));
        QCOMPARE(
            m_client
                ->transfer(kDkRail, QLatin1String(kLimitNearlyUsed), kKiran, 200, QStringLiteral("T-945-OK"))
                .status(),
            0);
    }

    void perTransactionLimit()
    {
        const Answer a =
            m_client->sendTransactionOtp(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 50001);
        QCOMPARE(a.status(), 461);
        QVERIFY(a.invalidParams().contains(QStringLiteral("amount")));
        QVERIFY(m_client->sendTransactionOtp(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 0)
                    .invalidParams()
                    .contains(QStringLiteral("amount")));
    }

    void duplicateClientRefIdIsRefused()
    {
        QCOMPARE(
            m_client
                ->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110, QStringLiteral("T-DUP"))
                .status(),
            0);
        m_server.setClockOffsetMs(61 * 1000); // past the OTP cool-down
        m_client->clockOffsetMs = 61 * 1000;
        const Answer again = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                                QStringLiteral("T-DUP"));
        QCOMPARE(again.status(), 461);
        QVERIFY(again.invalidParams().contains(QStringLiteral("client_ref_id")));
        QCOMPARE(m_server.initiateCount(QStringLiteral("T-DUP")), 2);
        const Answer sender =
            m_client->control("GET", QStringLiteral("sender?mobile=9000000001&rail=ppi-digikhata"));
        QCOMPARE(sender.json.value(QStringLiteral("balance")).toString(),
                 QStringLiteral("24886.00")); // debited once
    }

    void otpMustMatchAmountAndIsSingleUse()
    {
        const Answer sent =
            m_client->sendTransactionOtp(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110);
        const QString otp = m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("transaction"));
        const QString ref = sent.dataString("otp_ref_id");
        const Answer other = m_client->post(QStringLiteral("/customer/payment/ppi-digikhata"),
                                            m_client->initiateBody(QLatin1String(kDigiKhataSender), kKrishna,
                                                                   120, otp, ref, QStringLiteral("T-M1")));
        QCOMPARE(other.status(), 461);
        QCOMPARE(other.dataString("tx_status"), QStringLiteral("1"));
        // The OTP was used up by that attempt.
        const Answer again = m_client->post(QStringLiteral("/customer/payment/ppi-digikhata"),
                                            m_client->initiateBody(QLatin1String(kDigiKhataSender), kKrishna,
                                                                   110, otp, ref, QStringLiteral("T-M2")));
        QCOMPARE(again.status(), 303);
    }

    void wrongOtpCountsTowardsLockOut()
    {
        const Answer sent =
            m_client->sendTransactionOtp(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110);
        const QString ref = sent.dataString("otp_ref_id");
        const QString otp = m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("transaction"));
        const QString wrong =
            otp == QLatin1String("123456") ? QStringLiteral("654321") : QStringLiteral("123456");
        const Answer a = m_client->post(QStringLiteral("/customer/payment/ppi-digikhata"),
                                        m_client->initiateBody(QLatin1String(kDigiKhataSender), kKrishna, 110,
                                                               wrong, ref, QStringLiteral("T-W1")));
        QCOMPARE(a.status(), 302);
        QCOMPARE(a.dataString("tx_status"), QStringLiteral("1"));
        QVERIFY(!a.dataString("tid").isEmpty());
        // The right OTP still works on the same session with a new ref.
        const Answer b = m_client->post(QStringLiteral("/customer/payment/ppi-digikhata"),
                                        m_client->initiateBody(QLatin1String(kDigiKhataSender), kKrishna, 110,
                                                               otp, ref, QStringLiteral("T-W2")));
        QCOMPARE(b.status(), 0);
    }

    void channelAndRegistrationChecks()
    {
        // The endpoint table's codes: 2 is IMPS, refused for a NEFT-only recipient.
        const Answer imps = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kNeftOnly, 500,
                                               QStringLiteral("T-CH1"), {}, 2);
        QCOMPARE(imps.status(), 53);
        // 1 is NEFT.
        const Answer two = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kNeftOnly, 500,
                                              QStringLiteral("T-CH2"), {}, 1);
        QCOMPARE(two.status(), 0);
        QCOMPARE(two.dataString("channel_desc"), QStringLiteral("NEFT"));
        QCOMPARE(m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:T-CH2"))
                     .dataString("payment_mode"),
                 QStringLiteral("NEFT"));
        const Answer bad = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 500,
                                              QStringLiteral("T-CH3"), {}, 7);
        QVERIFY(bad.invalidParams().contains(QStringLiteral("channel")));
        m_server.setClockOffsetMs(61 * 1000); // the OTP of T-CH3 was never used: wait out the cool-down
        m_client->clockOffsetMs = 61 * 1000;
        const Answer unregistered = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender),
                                                       kUnregistered, 500, QStringLiteral("T-CH4"));
        QCOMPARE(unregistered.status(), 313);
    }

    void inquiryByTidAndRef()
    {
        const Answer t = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                            QStringLiteral("T-INQ"));
        const QString tid = t.dataString("tid");
        const Answer byTid = m_client->get(QStringLiteral("/tools/reference/transaction/") + tid);
        QCOMPARE(byTid.status(), 0);
        QCOMPARE(byTid.rtid(), 1472);
        QCOMPARE(byTid.dataString("tx_status"), QStringLiteral("0"));
        QCOMPARE(byTid.dataString("client_ref_id"), QStringLiteral("T-INQ"));
        QCOMPARE(byTid.dataString("amount"), QStringLiteral("110.00"));
        QCOMPARE(byTid.dataString("fee"), QStringLiteral("4.0"));
        const Answer byRef =
            m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:T-INQ"));
        QCOMPARE(byRef.dataString("tid"), tid);
        // Eko's SDKs percent-encode the colon.
        const QUrl url =
            QUrl::fromEncoded(m_client->apiUrl(QStringLiteral("/tools/reference/transaction/")).toEncoded() +
                              "client_ref_id%3AT-INQ?initiator_id=9962981729&user_code=20810200");
        const Answer encoded = m_client->raw("GET", url, {}, m_client->signedHeaders());
        QVERIFY2(url.toEncoded().contains("%3A"), url.toEncoded().constData());
        QVERIFY2(encoded.dataString("tid") == tid, encoded.body.constData());
        const Answer missing =
            m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:NOPE"));
        QCOMPARE(missing.status(), 168);
        QCOMPARE(missing.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("TID does not exist"));
    }

    void levinTransfer()
    {
        const QString token = m_client->verifiedLevinToken(QLatin1String(kLevinSender));
        QVERIFY(!token.isEmpty());
        const Answer a = m_client->transfer(kLevinRail, QLatin1String(kLevinSender), kMohan, 1000,
                                            QStringLiteral("T-LEVIN"), token);
        QCOMPARE(a.status(), 0);
        QCOMPARE(a.rtid(), 325);
        QCOMPARE(a.dataString("balance"), QStringLiteral("18990.0"));
        // A DigiKhata recipient is not this Levin sender's.
        QVERIFY(m_client->sendTransactionOtp(kLevinRail, QLatin1String(kLevinSender), kKrishna, 100, token)
                    .invalidParams()
                    .contains(QStringLiteral("recipient_id")));
    }

    void legacyDigiKhataPaths()
    {
        const Answer sent = m_client->post(QStringLiteral("/customer/payment/ppi/otp"),
                                           {{QStringLiteral("customer_id"), QLatin1String(kDigiKhataSender)},
                                            {QStringLiteral("recipient_id"), kKrishna},
                                            {QStringLiteral("amount"), 110}});
        QCOMPARE(sent.rtid(), 2133);
        const Answer a =
            m_client->post(QStringLiteral("/customer/payment/ppi"),
                           m_client->initiateBody(
                               QLatin1String(kDigiKhataSender), kKrishna, 110,
                               m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("transaction")),
                               sent.dataString("otp_ref_id"), QStringLiteral("T-LEGACY")));
        QCOMPARE(a.rtid(), 325);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxTransfers)
#include "tst_sandboxtransfers.moc"
