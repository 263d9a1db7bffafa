#include "cli/CliContext.h"

#include "cli/CliText.h"
#include "eko/EkoClient.h"
#include "eko/PendingCall.h"
#include "platform/Platform.h"
#include "profile/BuiltInProfiles.h"
#include "profile/ClientFactory.h"
#include "profile/ProfileFile.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TrainingSandbox.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>

namespace counterdesk::cli {
CliContext::CliContext(GlobalOptions options)
    : m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{}

CliContext::~CliContext()
{
    m_client.reset();
    m_journal.close();
}

QString CliContext::dataDir() const
{
    if (!m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return platform::dataDirectory();
}

int CliContext::fail(int code, const QString& message, const QString& machineName)
{
    m_err << "counterdesk-cli: " << message << Qt::endl;
    if (m_options.json) {
        QJsonObject error{{QStringLiteral("exit_code"), code}, {QStringLiteral("message"), message}};
        if (!machineName.isEmpty())
            error.insert(QStringLiteral("code"), machineName);
        printJson(QJsonObject{{QStringLiteral("error"), error}});
    }
    return code;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CliContext::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

eko::Result CliContext::wait(eko::PendingCall* call)
{
    std::optional<eko::Result> result;
    QObject::connect(call, &eko::PendingCall::finished, call,
                     [&result](const eko::Result& r) { result = r; });
    waitUntil([&result] { return result.has_value(); });
    return result.value_or(eko::Result{});
}

int CliContext::loadProfile()
{
    if (m_profileLoaded)
        return ExitOk;
    if (m_options.profileFile.isEmpty()) {
        m_profile = profile::BuiltInProfiles::training();
    } else {
        const profile::ProfileFileLoad load = profile::ProfileFile::load(m_options.profileFile);
        if (!load.ok()) {
            return fail(ExitConfig, CliText::profileError(load, m_options.profileFile),
                        profile::ProfileFile::errorName(load.error));
        }
        m_profile = load.profile;
    }
    m_profileLoaded = true;
    return ExitOk;
}

sandbox::SandboxServer* CliContext::sandbox() const
{
    return m_sandbox ? m_sandbox->server() : nullptr;
}

int CliContext::startSandbox()
{
    m_sandbox = std::make_unique<sandbox::TrainingSandbox>();
    QString error;
    if (!m_sandbox->start(&error))
        return fail(
            ExitConfig,
            QCoreApplication::translate("CliContext", "the training sandbox did not start: %1").arg(error),
            QStringLiteral("Sandbox"));
    // The customer's phone of a training session: the agent reads the
    // OTP here. Only the sandbox's made-up OTPs are ever shown.
    QObject::connect(m_sandbox.get(), &sandbox::TrainingSandbox::otpSent, m_sandbox.get(),
                     [this](const QString& mobile, const QString& otp, const QString& purpose) {
                         m_err << QCoreApplication::translate("CliContext", "[training] SMS to %1 (%2): %3")
                                      .arg(mobile.right(4), purpose, otp)
                               << Qt::endl;
                     });
    return ExitOk;
}

int CliContext::connect()
{
    if (m_client)
        return ExitOk;
    if (const int code = loadProfile(); code != ExitOk)
        return code;
    if (m_profile.isTraining() && !m_sandbox) {
        if (const int code = startSandbox(); code != ExitOk)
            return code;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<secrets::SecretStore>();
    std::optional<profile::ClientBuild> build;
    const profile::ClientFactory factory(m_secrets.get(), m_network.get());
    factory.create(m_profile, m_sandbox ? m_sandbox->baseUrl() : QUrl(),
                   [&build](profile::ClientBuild made) { build = std::move(made); });
    // The keychain answers or times out (SecretStore), so this ends.
    waitUntil([&build] { return build.has_value(); });
    if (!build || !build->ok()) {
        const profile::ClientConfigError error =
            build ? build->error : profile::ClientConfigError::NoCredentials;
        return fail(ExitConfig, CliText::configError(error), QStringLiteral("Config"));
    }
    m_client = std::move(build->client);
    return ExitOk;
}

int CliContext::findTransfer(const QString& clientRefId, journal::Transfer& found)
{
    if (const int code = openJournal(); code != ExitOk)
        return code;
    const journal::Result<std::optional<journal::Transfer>> row = m_journal.transfer(clientRefId);
    if (!row.ok())
        return fail(ExitJournal, CliText::journalError(row.error()), journal::errorName(row.error()));
    if (!row.value())
        return fail(ExitNotFound,
                    QCoreApplication::translate("CliContext", "no transfer %1 in the journal at %2")
                        .arg(clientRefId, dataDir()),
                    QStringLiteral("NotFound"));
    found = *row.value();
    return ExitOk;
}

int CliContext::openJournal()
{
    if (m_journal.isOpen())
        return ExitOk;
    const journal::Result<void> opened = m_journal.open(dataDir());
    if (!opened.ok()) {
        return fail(ExitJournal, CliText::journalError(opened.error()), journal::errorName(opened.error()));
    }
    return ExitOk;
}

} // namespace counterdesk::cli
