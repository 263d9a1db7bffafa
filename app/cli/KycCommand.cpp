#include "cli/KycCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/OtpPrompt.h"
#include "cli/SessionSteps.h"
#include "security/SecureZero.h"
#include "transfer/TransferSession.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace counterdesk::cli {
namespace {

using transfer::TransferSession;
using State = TransferSession::State;

constexpr int kTriesPerStep = 3;

// A pkid, or a language's name as Eko spells it ("Hindi"), any case.
int languageId(const QList<eko::ConsentLanguage>& languages, const QString& typed)
{
    bool isNumber = false;
    const int id = typed.toInt(&isNumber);
    for (const eko::ConsentLanguage& language : languages) {
        if ((isNumber && language.id == id) || language.name.compare(typed, Qt::CaseInsensitive) == 0)
            return language.id;
    }
    return 0;
}

QString kycWord(const TransferSession& session)
{
    if (session.state() == State::Recipients)
        return QStringLiteral("done");
    return session.state() == State::KycPan ? QStringLiteral("pan_required")
                                            : QStringLiteral("aadhaar_pending");
}

QJsonValue moneyJson(const std::optional<Money>& amount)
{
    return amount ? QJsonValue(amount->toPlainString()) : QJsonValue(QJsonValue::Null);
}

class KycRun
{
public:
    KycRun(CliContext& context, TransferSession& session)
        : m_context(context)
        , m_session(session)
    {}

    // Walks the steps until KYC is done or a step cannot go on; false with
    // the reason already printed (m_exit says which code).
    bool walk(const KycArguments& a)
    {
        if (!m_session.lookUpSender(a.customer))
            return stop(ExitUsage);
        waitIdle();
        for (int steps = 0; m_session.state() != State::Recipients; ++steps) {
            if (steps > 60) // a state machine that stops moving must not spin forever
                return stop(ExitRefused, QCoreApplication::translate("KycCommand", "KYC did not progress"));
            if (!step(a))
                return false;
            waitIdle();
        }
        return true;
    }

    int exitCode() const { return m_exit; }

private:
    bool step(const KycArguments& a)
    {
        switch (m_session.state()) {
        case State::EnterSender:
            return stop(SessionSteps::exitCodeFor(m_session.problem()));
        case State::Onboarding:
            if (a.name.isEmpty() || !a.dateOfBirth.isValid() || a.address.isEmpty())
                return stop(ExitUsage, QCoreApplication::translate(
                                           "KycCommand",
                                           "the customer is not enrolled yet: give --name, --dob YYYY-MM-DD "
                                           "and --address to enrol them"));
            return m_session.onboardSender(a.name, a.dateOfBirth, a.address) || stop(ExitRefused);
        case State::SenderOtp:
            // The transfer's own wording: one prompt, one translation.
            return otpStep(
                QCoreApplication::translate("TransferCommand", "OTP sent to the customer's mobile (sender)"),
                [this](const QString& otp) { return m_session.verifySenderOtp(otp); });
        case State::KycConsent:
            return consentStep();
        case State::KycAadhaar:
            return secretStep(QCoreApplication::translate("KycCommand", "Aadhaar number (12 digits)"),
                              [this](const QString& number) { return m_session.sendAadhaarOtp(number); });
        case State::KycAadhaarOtp:
            return otpStep(
                QCoreApplication::translate("KycCommand", "OTP sent by UIDAI to the Aadhaar-linked mobile"),
                [this](const QString& otp) { return m_session.verifyAadhaarOtp(otp); });
        case State::KycPan:
            return secretStep(QCoreApplication::translate("KycCommand", "PAN (ABCDE1234F)"),
                              [this](const QString& pan) { return m_session.validatePan(pan); });
        default:
            return stop(SessionSteps::exitCodeFor(m_session.problem()));
        }
    }

    // An Eko refusal of the last line is said, and the step is asked again
    // up to kTriesPerStep times (a wrong OTP, a mistyped number).
    bool noteRetry()
    {
        if (m_session.problem().isNone()) {
            m_lastState = m_session.state();
            m_tries = 0;
            return true;
        }
        if (m_session.state() == m_lastState && ++m_tries >= kTriesPerStep)
            return stop(SessionSteps::exitCodeFor(m_session.problem()));
        m_lastState = m_session.state();
        m_context.err() << CliText::problem(m_session.problem()) << Qt::endl;
        return true;
    }

    bool otpStep(const QString& prompt, const std::function<bool(const QString&)>& use)
    {
        if (!noteRetry())
            return false;
        if (OtpPrompt::use(m_context.err(), prompt, use) || !m_session.problem().isNone())
            return true; // sent, or refused locally: the loop says why and asks again
        return endOfInput();
    }

    // Read without echo like an OTP, kept only while it is handed over.
    bool secretStep(const QString& prompt, const std::function<bool(const QString&)>& use)
    {
        if (!noteRetry())
            return false;
        QString line = OtpPrompt::ask(m_context.err(), prompt);
        if (line.isEmpty())
            return endOfInput();
        use(line);
        security::SecureZero::clear(line);
        return true;
    }

    bool consentStep()
    {
        if (!noteRetry())
            return false;
        const QList<eko::ConsentLanguage>& languages = m_session.consentLanguages();
        if (languages.isEmpty())
            return stop(SessionSteps::exitCodeFor(m_session.problem()));
        if (!m_session.consent()) {
            QStringList names;
            for (const eko::ConsentLanguage& language : languages)
                names.append(QStringLiteral("%1 %2").arg(language.id).arg(language.name));
            m_context.err() << QCoreApplication::translate("KycCommand", "Consent languages:") << ' '
                            << names.join(QStringLiteral(", ")) << Qt::endl;
            const QString typed = OtpPrompt::askVisible(
                m_context.err(), QCoreApplication::translate("KycCommand", "The customer's language"));
            if (typed.isEmpty())
                return endOfInput();
            const int id = languageId(languages, typed);
            if (id <= 0) {
                m_context.err() << QCoreApplication::translate("KycCommand",
                                                               "not one of Eko's consent languages")
                                << Qt::endl;
                return ++m_badLanguage < kTriesPerStep || stop(ExitUsage);
            }
            return m_session.chooseConsentLanguage(id) || stop(ExitRefused);
        }
        // The agent reads this to the customer (or plays the recording).
        m_context.err() << m_session.consent()->text << Qt::endl;
        if (!m_session.consent()->audioUrl.isEmpty())
            m_context.err() << QCoreApplication::translate("KycCommand", "Recording:") << ' '
                            << m_session.consent()->audioUrl << Qt::endl;
        const QString answer = OtpPrompt::askVisible(
            m_context.err(),
            QCoreApplication::translate("KycCommand", "Type yes once the customer has heard this "
                                                      "and agrees"));
        if (answer.isNull())
            return endOfInput();
        if (answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0)
            return stop(ExitRefused, QCoreApplication::translate(
                                         "KycCommand",
                                         "the customer did not agree; the Aadhaar number was not asked for"));
        return m_session.confirmConsent() || stop(SessionSteps::exitCodeFor(m_session.problem()));
    }

    bool endOfInput()
    {
        m_exit = ExitRefused;
        m_context.err() << QCoreApplication::translate(
                               "KycCommand",
                               "no more input: KYC stopped at this step; run the command again to go on")
                        << Qt::endl;
        return false;
    }

    bool stop(int code, const QString& message = {})
    {
        m_exit = code;
        m_context.err() << (message.isEmpty() ? CliText::problem(m_session.problem()) : message) << Qt::endl;
        return false;
    }

    void waitIdle()
    {
        m_context.waitUntil([this] { return !m_session.isBusy(); });
    }

    CliContext& m_context;
    TransferSession& m_session;
    State m_lastState = State::EnterSender;
    int m_tries = 0;
    int m_badLanguage = 0;
    int m_exit = ExitOk;
};

} // namespace

int KycCommand::run(CliContext& context, const KycArguments& a)
{
    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    if (const int code = context.connect(); code != ExitOk)
        return code;
    TransferSession session(context.client(), &context.journal(), nullptr,
                            SessionSteps::sessionOptions(context, a.rail));
    KycRun run(context, session);
    const bool done = run.walk(a);
    const bool inKyc = session.state() == State::KycConsent || session.state() == State::KycAadhaar ||
                       session.state() == State::KycAadhaarOtp || session.state() == State::KycPan;
    if (!done && !inKyc)
        return run.exitCode();

    const std::optional<eko::SenderProfile>& sender = session.sender();
    const std::optional<Money> limit = done && sender ? sender->totalMonthlyLimit : std::nullopt;
    const std::optional<Money> left = done && sender ? sender->nextAllowedLimit : std::nullopt;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("customer"), session.senderMobile()},
                                      {QStringLiteral("rail"), railStoredName(a.rail)},
                                      {QStringLiteral("kyc"), kycWord(session)},
                                      {QStringLiteral("monthly_limit"), moneyJson(limit)},
                                      {QStringLiteral("next_allowed_limit"), moneyJson(left)}});
    } else {
        context.out() << kycWord(session) << Qt::endl;
        if (done && limit && left)
            //: %1 the new monthly limit, %2 what is left this month (rupees)
            context.err() << QCoreApplication::translate(
                                 "KycCommand", "KYC is complete: monthly limit %1, left this month %2")
                                 .arg(limit->toPlainString(), left->toPlainString())
                          << Qt::endl;
        else if (done)
            context.err() << QCoreApplication::translate("KycCommand",
                                                         "KYC is complete; Eko did not send the new limits")
                          << Qt::endl;
    }
    return done ? ExitOk : run.exitCode();
}

} // namespace counterdesk::cli
