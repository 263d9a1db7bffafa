// A new customer's KYC on both rails, the way the counter meets it: not
// enrolled (308), onboarding, 2136, consent in English and Hindi, Aadhaar OTP
// (wrong, expired, right: 2147), a PAN in another name, the PAN (309 on
// DigiKhata, 2132 on Levin, each with the full-KYC profile), then 309 at the
// next visit; the legacy paths; 585 for a customer who already finished.
#include "SandboxTestBase.h"
#include "TestRunner.h"

#include <QJsonArray>

using namespace counterdesk::sandbox;
using namespace counterdesk::sandbox::test;

namespace {
// Verhoeff-valid training numbers (docs/sandbox.md) and one with its last
// digit mistyped.
const QString kAadhaar = QStringLiteral("234567890124");
const QString kOtherAadhaar = QStringLiteral("499987654328");
const QString kMistypedAadhaar = QStringLiteral("234567890125");
const qint64 kSixMinutes = 6 * 60 * 1000;
} // namespace

class TestSandboxKyc : public SandboxTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { resetServer(); }

    void newCustomerToFullKyc_data();
    void newCustomerToFullKyc();
    void legacyPaths_data();
    void legacyPaths();
    void alreadyKycIs585_data();
    void alreadyKycIs585();
    void wrongStepIsRefused();
    void seededNameMismatch_data();
    void seededNameMismatch();
    void unknownConsentLanguage();
    void consentAudioIsServed();

private:
    QString m_rail;
    QString m_token; // Levin's wallet_token from the last verification

    QString senderPath(const QString& mobile, const QString& rest = {}) const
    {
        return QStringLiteral("/customer/payment/%1/sender/%2%3").arg(m_rail, mobile, rest);
    }
    bool levin() const { return m_rail == kLevinRail; }
    // Each rail's own fields: DigiKhata's service_code, Levin's wallet.
    QJsonObject railFields(QJsonObject body) const
    {
        if (levin()) {
            body.insert(QStringLiteral("wallet_token"), m_token);
            body.insert(QStringLiteral("wallet_id"), QStringLiteral("LW") + m_mobile);
        } else {
            body.insert(QStringLiteral("service_code"), QStringLiteral("80"));
        }
        return body;
    }
    QString m_mobile;

    Answer verifySender(const QString& ref)
    {
        const Answer a = m_client->post(
            senderPath(m_mobile, QStringLiteral("/otp/verify")),
            railFields({{QStringLiteral("otp"), m_client->otp(m_mobile, QStringLiteral("sender"))},
                        {QStringLiteral("otp_ref_id"), ref},
                        {QStringLiteral("intent_id"), QStringLiteral("19")}}));
        if (levin() && !a.dataString("wallet_token").isEmpty())
            m_token = a.dataString("wallet_token");
        return a;
    }
    Answer consent(const QString& what, const QString& language = {})
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("org_id"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("client_ref_id"), QStringLiteral("KYC") + what.left(4));
        if (!language.isEmpty())
            query.addQueryItem(QStringLiteral("consent_language"), language);
        if (levin()) {
            query.addQueryItem(QStringLiteral("wallet_token"), m_token);
            query.addQueryItem(QStringLiteral("wallet_id"), QStringLiteral("LW") + m_mobile);
        }
        return m_client->get(senderPath(m_mobile, QStringLiteral("/aadhaar/consent/") + what), query);
    }
    Answer aadhaarOtp(const QString& aadhaar)
    {
        return m_client->post(senderPath(m_mobile, QStringLiteral("/aadhaar/otp")),
                              railFields({{QStringLiteral("aadhar"), aadhaar}}));
    }
    Answer verifyAadhaar(const QString& otp, const QString& ref)
    {
        return m_client->post(
            senderPath(m_mobile, QStringLiteral("/aadhaar/otp/verify")),
            railFields({{QStringLiteral("otp"), otp}, {QStringLiteral("otp_ref_id"), ref}}));
    }
    Answer pan(const QString& number)
    {
        return m_client->post(senderPath(m_mobile, QStringLiteral("/pan")),
                              railFields({{QStringLiteral("pan_number"), number}}));
    }
    void later(qint64 ms)
    {
        m_server.setClockOffsetMs(ms);
        m_client->clockOffsetMs = ms;
    }
    // Verifies a seeded sender and expects the given KYC answer.
    void startWith(const QString& rail, const QString& mobile, int expectedRtid)
    {
        m_rail = rail;
        m_mobile = mobile;
        m_token.clear();
        const Answer sent = m_client->get(senderPath(mobile));
        QCOMPARE(sent.rtid(), 2129);
        QCOMPARE(verifySender(sent.dataString("otp_ref_id")).rtid(), expectedRtid);
    }
    static QString message(const Answer& a) { return a.json.value(QStringLiteral("message")).toString(); }
    static QJsonObject profile(const Answer& a)
    {
        return a.data().value(QStringLiteral("customer_profile")).toObject();
    }
};

void TestSandboxKyc::newCustomerToFullKyc_data()
{
    QTest::addColumn<QString>("rail");
    QTest::newRow("DigiKhata") << kDkRail;
    QTest::newRow("Levin") << kLevinRail;
}

void TestSandboxKyc::newCustomerToFullKyc()
{
    QFETCH(QString, rail);
    m_rail = rail;
    m_mobile = QStringLiteral("9345678901");
    m_token.clear();

    // Not enrolled: the counter onboards.
    QCOMPARE(m_client->get(senderPath(m_mobile)).rtid(), 308);
    const QJsonObject details{{QStringLiteral("name"), QStringLiteral("Meena Kumari")},
                              {QStringLiteral("dob"), QStringLiteral("1990-05-05")},
                              {QStringLiteral("residence_address"),
                               QJsonArray{QStringLiteral("12 MG Road"), QStringLiteral("Pune")}}};
    // Levin has no wallet before onboarding: no railFields().
    const Answer onboard = m_client->post(senderPath(m_mobile), levin() ? details : railFields(details));
    QCOMPARE(onboard.rtid(), 2129);
    const Answer pending = verifySender(onboard.dataString("otp_ref_id"));
    QCOMPARE(pending.status(), 2136);
    QCOMPARE(pending.rsid(), 1);
    QCOMPARE(pending.rtid(), 2136);
    QCOMPARE(message(pending), QStringLiteral("Aadhar Validation Pending"));
    // The wallet without KYC has the smaller limit.
    QCOMPARE(profile(pending).value(QStringLiteral("kyc_state")).toString(), QStringLiteral("Non-Kyc"));
    QCOMPARE(profile(pending).value(QStringLiteral("total_monthly_limit")).toString(),
             QStringLiteral("10000.0"));
    if (levin())
        QVERIFY(!m_token.isEmpty());

    // Consent: the languages, then the text in English and in Hindi.
    const Answer languages = consent(QStringLiteral("languages"));
    QCOMPARE(languages.status(), 0);
    QCOMPARE(languages.rsid(), 0);
    QCOMPARE(languages.rtid(), 2444);
    QCOMPARE(message(languages), QStringLiteral("Consent Language Successfully Retrieved"));
    const QJsonArray list = languages.data().value(QStringLiteral("consent_language_list")).toArray();
    QVERIFY(list.size() >= 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("pkid")).toInt(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("consentLanguage")).toString(),
             QStringLiteral("English"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("pkid")).toInt(), 2);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("consentLanguage")).toString(),
             QStringLiteral("Hindi"));

    const Answer english = consent(QStringLiteral("details"), QStringLiteral("1"));
    QCOMPARE(english.rtid(), 2446);
    QCOMPARE(english.rsid(), 0);
    const QJsonObject en = english.data().value(QStringLiteral("consent_detail")).toObject();
    QCOMPARE(en.value(QStringLiteral("consent")).toString(), QStringLiteral("Y"));
    QCOMPARE(en.value(QStringLiteral("consentLanguage")).toString(), QStringLiteral("English"));
    QVERIFY(en.value(QStringLiteral("consentContent")).toString().contains(QStringLiteral("UIDAI")));
    QVERIFY(en.value(QStringLiteral("consentContent")).toString().contains(QStringLiteral("may refuse")));
    QCOMPARE(en.value(QStringLiteral("audioUrl")).toString(), QString());
    QVERIFY(en.value(QStringLiteral("consentId")).isDouble());

    const Answer hindi = consent(QStringLiteral("details"), QStringLiteral("2"));
    QCOMPARE(hindi.rtid(), 2446);
    const QJsonObject hi = hindi.data().value(QStringLiteral("consent_detail")).toObject();
    QCOMPARE(hi.value(QStringLiteral("consentLanguage")).toString(), QStringLiteral("Hindi"));
    QVERIFY(hi.value(QStringLiteral("consentContent")).toString().contains(QStringLiteral("आधार")));
    QVERIFY(hi.value(QStringLiteral("consentId")).toInt() != en.value(QStringLiteral("consentId")).toInt());
    QVERIFY(hi.value(QStringLiteral("audioUrl")).toString().endsWith(QStringLiteral(".wav")));

    // A mistyped Aadhaar number: each rail's own refusal, and no OTP.
    const Answer mistyped = aadhaarOtp(kMistypedAadhaar);
    if (levin()) {
        QCOMPARE(mistyped.status(), 2138);
        QCOMPARE(mistyped.rsid(), 1);
        QCOMPARE(mistyped.rtid(), 2138);
        QCOMPARE(message(mistyped), QStringLiteral("Adhar Validation Failed"));
    } else {
        QCOMPARE(mistyped.status(), 461);
        QVERIFY(mistyped.invalidParams().contains(QStringLiteral("aadhar")));
    }
    QVERIFY(m_client->otp(m_mobile, QStringLiteral("aadhaar")).isEmpty());

    // The Aadhaar OTP: wrong, then expired, then a new one that is right.
    const Answer sent = aadhaarOtp(kAadhaar);
    QCOMPARE(sent.rtid(), 2129);
    QCOMPARE(sent.data().value(QStringLiteral("intent_id")).toInt(), 20);
    const QString otp = m_client->otp(m_mobile, QStringLiteral("aadhaar"));
    QCOMPARE(otp.size(), 6);
    const QString wrongOtp =
        otp == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    const Answer wrong = verifyAadhaar(wrongOtp, sent.dataString("otp_ref_id"));
    if (levin()) {
        QCOMPARE(wrong.status(), 2131);
        QCOMPARE(wrong.rsid(), 1);
        QCOMPARE(wrong.rtid(), 2131);
        QCOMPARE(message(wrong), QStringLiteral("Validate OTP Failed"));
    } else {
        QCOMPARE(wrong.status(), 302);
        QCOMPARE(message(wrong), QStringLiteral("Wrong OTP"));
    }
    later(kSixMinutes);
    const Answer expired = verifyAadhaar(otp, sent.dataString("otp_ref_id"));
    QCOMPARE(expired.status(), 303);
    QCOMPARE(message(expired), QStringLiteral("OTP expired"));
    const Answer again = aadhaarOtp(kOtherAadhaar);
    QCOMPARE(again.rtid(), 2129);
    QVERIFY(again.dataString("otp_ref_id") != sent.dataString("otp_ref_id"));
    const Answer aadhaarDone =
        verifyAadhaar(m_client->otp(m_mobile, QStringLiteral("aadhaar")), again.dataString("otp_ref_id"));
    QCOMPARE(aadhaarDone.status(), 2147);
    QCOMPARE(aadhaarDone.rtid(), 2147);
    QCOMPARE(message(aadhaarDone), QStringLiteral("Pan Number Required"));
    QVERIFY(!aadhaarDone.dataString("application_id").isEmpty());

    // A PAN in someone else's name (5th letter Z, not K for Kumari).
    const Answer mismatch = pan(QStringLiteral("FMKPZ1357Q"));
    QCOMPARE(mismatch.status(), 461);
    QCOMPARE(mismatch.rsid(), 1);
    QCOMPARE(mismatch.rtid(), -1);
    QCOMPARE(message(mismatch), QStringLiteral("Name as per PAN does not match"));
    QCOMPARE(mismatch.invalidParams().value(QStringLiteral("pan_number")).toString(),
             QStringLiteral("Name as per PAN does not match the wallet holder's name"));
    QVERIFY(pan(QStringLiteral("FMKPK135")).invalidParams().contains(QStringLiteral("pan_number")));

    // The right PAN: KYC done, the full limits.
    const Answer done = pan(QStringLiteral("FMKPK1357Q"));
    if (levin()) {
        QCOMPARE(done.status(), 0);
        QCOMPARE(done.rsid(), 0);
        QCOMPARE(done.rtid(), 2132);
        QCOMPARE(message(done), QStringLiteral("Customer Registration Completed"));
    } else {
        QCOMPARE(done.status(), 0);
        QCOMPARE(done.rsid(), -1);
        QCOMPARE(done.rtid(), 309);
    }
    QCOMPARE(profile(done).value(QStringLiteral("kyc_state")).toString(), QStringLiteral("Full-Kyc"));
    QCOMPARE(profile(done).value(QStringLiteral("total_monthly_limit")).toString(),
             QStringLiteral("50000.0"));
    QCOMPARE(profile(done).value(QStringLiteral("next_allowed_limit")).toString(), QStringLiteral("50000.0"));

    // The next visit: Verify Sender OTP gives the profile (309).
    const Answer visit = m_client->get(senderPath(m_mobile));
    const Answer ready = verifySender(visit.dataString("otp_ref_id"));
    QCOMPARE(ready.rtid(), 309);
    QCOMPARE(profile(ready).value(QStringLiteral("total_monthly_limit")).toString(),
             QStringLiteral("50000.0"));

    // The KYC calls were sent with the parameters REFERENCE lists.
    for (const ParamFinding& finding : m_server.paramFindings()) {
        const bool kycCall = finding.call.contains(QStringLiteral("consent")) ||
                             finding.call.contains(QStringLiteral("aadhaar")) ||
                             finding.call.contains(QStringLiteral("pan"));
        QVERIFY2(!kycCall, qPrintable(finding.describe()));
    }
}

void TestSandboxKyc::legacyPaths_data()
{
    QTest::addColumn<QString>("rail");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("legacyRail");
    QTest::addColumn<QString>("pan");
    QTest::addColumn<int>("panRtid");
    QTest::newRow("DigiKhata") << kDkRail << "9000000004"
                               << "ppi"
                               << "AKSPS4821R" << 309;
    QTest::newRow("Levin") << kLevinRail << "9000000008"
                           << "ppi-levin"
                           << "BQRPQ7310M" << 2132;
}

void TestSandboxKyc::legacyPaths()
{
    // LEGACY-MD: customer/account/{id}/ppi[-levin]/aadhaar and /pan, and the
    // Aadhaar OTP checked by Verify Sender OTP with intent_id 20.
    QFETCH(QString, rail);
    QFETCH(QString, mobile);
    QFETCH(QString, legacyRail);
    QFETCH(QString, pan);
    QFETCH(int, panRtid);
    startWith(rail, mobile, 2136);
    const QString legacy = QStringLiteral("/customer/account/%1/%2/").arg(mobile, legacyRail);
    const Answer sent = m_client->post(legacy + QStringLiteral("aadhaar"),
                                       railFields({{QStringLiteral("aadhar"), kAadhaar}}));
    QCOMPARE(sent.rtid(), 2129);
    QCOMPARE(sent.data().value(QStringLiteral("intent_id")).toInt(), 20);
    const Answer verified =
        m_client->post(legacy + QStringLiteral("otp/verify"),
                       railFields({{QStringLiteral("otp"), m_client->otp(mobile, QStringLiteral("aadhaar"))},
                                   {QStringLiteral("otp_ref_id"), sent.dataString("otp_ref_id")},
                                   {QStringLiteral("intent_id"), QStringLiteral("20")}}));
    QCOMPARE(verified.rtid(), 2147);
    const Answer done =
        m_client->post(legacy + QStringLiteral("pan"), railFields({{QStringLiteral("pan_number"), pan}}));
    QCOMPARE(done.rtid(), panRtid);
    QCOMPARE(profile(done).value(QStringLiteral("kyc_state")).toString(), QStringLiteral("Full-Kyc"));
    QCOMPARE(m_server.callCount(QStringLiteral("sender_aadhaar_otp")), 1);
    QCOMPARE(m_server.callCount(QStringLiteral("validate_sender_pan")), 1);
}

void TestSandboxKyc::alreadyKycIs585_data()
{
    QTest::addColumn<QString>("rail");
    QTest::addColumn<QString>("mobile");
    QTest::newRow("DigiKhata") << kDkRail << "9000000001";
    QTest::newRow("Levin") << kLevinRail << "9000000002";
}

void TestSandboxKyc::alreadyKycIs585()
{
    QFETCH(QString, rail);
    QFETCH(QString, mobile);
    startWith(rail, mobile, 309);
    const Answer aadhaar = aadhaarOtp(kAadhaar);
    QCOMPARE(aadhaar.status(), 585);
    QCOMPARE(aadhaar.rtid(), 585);
    QCOMPARE(message(aadhaar), QStringLiteral("Customer already KYC approved"));
    QCOMPARE(pan(QStringLiteral("ABCPK1234F")).status(), 585);
}

void TestSandboxKyc::wrongStepIsRefused()
{
    // PAN before Aadhaar, Aadhaar after it: "try later" with the step's name.
    startWith(kDkRail, QStringLiteral("9000000004"), 2136);
    const Answer early = pan(QStringLiteral("AKSPS4821R"));
    QCOMPARE(early.status(), 461);
    QCOMPARE(message(early), QStringLiteral("Aadhar Validation Pending"));
    startWith(kLevinRail, QStringLiteral("9000000007"), 2147);
    const Answer late = aadhaarOtp(kAadhaar);
    QCOMPARE(late.status(), 461);
    QCOMPARE(message(late), QStringLiteral("Pan Number Required"));
    QCOMPARE(pan(QStringLiteral("DRVPV2468K")).rtid(), 2132);
}

void TestSandboxKyc::seededNameMismatch_data()
{
    QTest::addColumn<QString>("rail");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("maidenNamePan");
    QTest::addColumn<QString>("ownPan");
    QTest::addColumn<int>("doneRtid");
    QTest::newRow("DigiKhata") << kDkRail << "9000000010"
                               << "AJSPJ9753L"
                               << "AVTPV3141H" << 309;
    QTest::newRow("Levin") << kLevinRail << "9000000011"
                           << "ENBPB8642D"
                           << "ENGPG1122C" << 2132;
}

void TestSandboxKyc::seededNameMismatch()
{
    QFETCH(QString, rail);
    QFETCH(QString, mobile);
    QFETCH(QString, maidenNamePan);
    QFETCH(QString, ownPan);
    QFETCH(int, doneRtid);
    startWith(rail, mobile, 2147);
    const Answer refused = pan(maidenNamePan);
    QCOMPARE(refused.status(), 461);
    QCOMPARE(message(refused), QStringLiteral("Name as per PAN does not match"));
    QCOMPARE(pan(ownPan).rtid(), doneRtid);
}

void TestSandboxKyc::unknownConsentLanguage()
{
    startWith(kDkRail, QStringLiteral("9000000004"), 2136);
    const Answer a = consent(QStringLiteral("details"), QStringLiteral("99"));
    QCOMPARE(a.status(), 461);
    QCOMPARE(a.rtid(), -1);
    QVERIFY(a.invalidParams().contains(QStringLiteral("consent_language")));
    // Consent is asked for an enrolled sender only.
    m_mobile = QStringLiteral("9000000003");
    QCOMPARE(consent(QStringLiteral("languages")).rtid(), 308);
}

void TestSandboxKyc::consentAudioIsServed()
{
    startWith(kLevinRail, QStringLiteral("9000000008"), 2136);
    const QString url = consent(QStringLiteral("details"), QStringLiteral("2"))
                            .data()
                            .value(QStringLiteral("consent_detail"))
                            .toObject()
                            .value(QStringLiteral("audioUrl"))
                            .toString();
    // Opened as a media player would: a plain GET, unsigned.
    const Answer audio = m_client->raw("GET", QUrl(url), {}, {});
    QCOMPARE(audio.http, 200);
    QCOMPARE(audio.contentType, QByteArray("audio/wav"));
    QVERIFY(audio.body.startsWith("RIFF"));
    QCOMPARE(audio.body.mid(8, 4), QByteArray("WAVE"));
    QVERIFY(audio.body.size() > 8000);
    // Only the files consent.json names.
    QUrl other(url);
    other.setPath(QStringLiteral("/sandbox/media/secret.wav"));
    QCOMPARE(m_client->raw("GET", other, {}, {}).http, 404);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxKyc)
#include "tst_sandboxkyc.moc"
