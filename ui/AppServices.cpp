#include "AppServices.h"

#include "journal/Journal.h"
#include "profile/BuiltInProfiles.h"
#include "secrets/SecretStore.h"
#include "transfer/Reconciler.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace counterdesk::ui {

AppServices::AppServices(QString dataDirectory, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory.isEmpty() ? defaultDataDirectory() : std::move(dataDirectory))
    , m_secrets(std::make_unique<secrets::SecretStore>())
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

AppServices::~AppServices()
{
    // The reconciler and the client hold pointers into the journal and the
    // network manager: they go first.
    m_reconciler.reset();
    m_client.reset();
    m_journal.reset();
    m_network.reset();
}

void AppServices::buildProfileConfig(const profile::ConnectionProfile& profile,
                                     std::function<void(const profile::ClientConfigBuild&)> done)
{
    m_secrets->read(profile.name, secrets::SecretKind::DeveloperKey,
                    [this, profile, done](const secrets::SecretRead& developer) {
                        QString developerKey = QString::fromUtf8(developer.value);
                        m_secrets->read(profile.name, secrets::SecretKind::AccessKey,
                                        [profile, done, developerKey](const secrets::SecretRead& access) {
                                            eko::Credentials credentials;
                                            credentials.developerKey = developerKey;
                                            credentials.accessKey = access.value;
                                            // UAT comes with Eko's public staging keys
                                            // (REFERENCE.md §2.3) until the partner
                                            // enters their own.
                                            if (profile.kind == profile::ProfileKind::Uat) {
                                                if (credentials.developerKey.isEmpty())
                                                    credentials.developerKey =
                                                        profile::BuiltInProfiles::uatDeveloperKey();
                                                if (credentials.accessKey.isEmpty())
                                                    credentials.accessKey =
                                                        profile::BuiltInProfiles::uatAccessKey();
                                            }
                                            done(profile::ProfileClientConfig::build(profile, credentials));
                                        });
                    });
}

QString AppServices::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

AppServices::StartProblem AppServices::start(const eko::ClientConfig& config)
{
    if (m_ready) {
        return StartProblem::None;
    }
    if (config.endpoints.baseUrl().isEmpty()) {
        return StartProblem::NoConnection;
    }

    // The journal first: without it no transfer may start (DESIGN.md, the
    // write-ahead rule), so a failure here stops everything below.
    auto journal = std::make_unique<journal::Journal>();
    const journal::Result<void> opened = journal->open(m_dataDirectory);
    if (!opened) {
        m_journalError = opened.error();
        m_journalErrorDetail = opened.detail();
        return StartProblem::JournalUnavailable;
    }
    m_journal = std::move(journal);

    m_client = std::make_unique<eko::EkoClient>(m_network.get(), config);
    m_reconciler = std::make_unique<transfer::Reconciler>(m_client.get(), m_journal.get());
    // Every transfer left open by a crash or a dropped connection is asked
    // for now, before the agent starts a new one.
    m_reconciler->start();
    m_ready = true;
    return StartProblem::None;
}

} // namespace counterdesk::ui
