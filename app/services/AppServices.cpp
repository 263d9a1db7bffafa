#include "services/AppServices.h"

#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "platform/Platform.h"
#include "secrets/SecretStore.h"
#include "transfer/Reconciler.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace counterdesk::services {

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

QString AppServices::defaultDataDirectory()
{
    return platform::dataDirectory();
}

void AppServices::start(const profile::ConnectionProfile& profile, const QUrl& sandboxBaseUrl)
{
    if (m_starting || m_ready)
        return;
    m_starting = true;
    m_profile = profile;
    QPointer<AppServices> self(this);
    clientFactory().create(profile, sandboxBaseUrl, [self](profile::ClientBuild build) {
        if (!self)
            return;
        const StartProblem problem = self->startWith(std::move(build));
        self->m_starting = false;
        Q_EMIT self->started(problem);
    });
}

void AppServices::switchTo(const profile::ConnectionProfile& profile, const QUrl& sandboxBaseUrl)
{
    if (m_starting || m_switching)
        return;
    if (!m_ready) {
        start(profile, sandboxBaseUrl);
        return;
    }
    m_switching = true;
    // The inquiry in flight is dropped (a GET: asked again later).
    m_reconciler->stop();
    QPointer<AppServices> self(this);
    clientFactory().create(profile, sandboxBaseUrl, [self, profile](profile::ClientBuild build) {
        if (!self)
            return;
        self->m_switching = false;
        if (!build.ok()) {
            self->m_configError = build.error;
            self->m_reconciler->start(); // the profile in use goes on
            Q_EMIT self->switched(StartProblem::NoClient);
            return;
        }
        self->m_configError = profile::ClientConfigError::None;
        self->m_reconciler.reset(); // it holds the old client
        self->m_client = std::move(build.client);
        self->m_reconciler =
            std::make_unique<transfer::Reconciler>(self->m_client.get(), self->m_journal.get());
        self->m_profile = profile;
        self->m_reconciler->start();
        Q_EMIT self->switched(StartProblem::None);
    });
}

AppServices::StartProblem AppServices::startWith(profile::ClientBuild build)
{
    if (!build.ok()) {
        m_configError = build.error;
        return StartProblem::NoClient;
    }
    // The journal before any call: without it no transfer may start
    // (DESIGN.md, the write-ahead rule), so a failure here stops everything.
    auto journal = std::make_unique<journal::Journal>();
    const journal::Result<void> opened = journal->open(m_dataDirectory);
    if (!opened) {
        m_journalError = opened.error();
        m_journalErrorDetail = opened.detail();
        return StartProblem::JournalUnavailable;
    }
    m_journal = std::move(journal);
    m_client = std::move(build.client);
    m_reconciler = std::make_unique<transfer::Reconciler>(m_client.get(), m_journal.get());
    // Every transfer left open by a crash or a dropped connection is asked
    // for now, before the agent starts a new one.
    m_reconciler->start();
    m_ready = true;
    return StartProblem::None;
}

} // namespace counterdesk::services
