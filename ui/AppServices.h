// AppServices: the long-lived machinery behind every screen: the one
// QNetworkAccessManager, the Eko client of the active profile, the journal
// and the reconciler.
//
// The main window creates it and calls start() only after the window is
// shown (opening SQLite and the first reconciliation pass must never delay
// the first paint). Wizards and the history view borrow these objects; they
// outlive every one of them, so closing a wizard never cuts off a transfer
// that is still being settled.
#pragma once

#include "eko/EkoClient.h"
#include "journal/JournalError.h"
#include "profile/ProfileClientConfig.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace counterdesk::secrets {
class SecretStore;
}

namespace counterdesk::journal {
class Journal;
}
namespace counterdesk::transfer {
class Reconciler;
}

namespace counterdesk::ui {

class AppServices : public QObject
{
    Q_OBJECT
public:
    // Why start() could not make the services ready; the window words it.
    enum class StartProblem {
        None,
        JournalUnavailable, // no journal, no transfers: money safety first
        NoConnection,       // the profile has no usable base URL or keys
    };

    // An empty directory means defaultDataDirectory().
    explicit AppServices(QString dataDirectory, QObject* parent = nullptr);
    ~AppServices() override;

    // Opens the journal and builds the client for `config`. In training the
    // caller passes the in-process sandbox's configuration.
    StartProblem start(const eko::ClientConfig& config);
    bool isReady() const { return m_ready; }

    // The journal's own error, for the support details under a message.
    journal::JournalError journalError() const { return m_journalError; }
    QString journalErrorDetail() const { return m_journalErrorDetail; }
    QString dataDirectory() const { return m_dataDirectory; }

    // Null until start() has succeeded.
    eko::EkoClient* client() const { return m_client.get(); }
    journal::Journal* journal() const { return m_journal.get(); }
    transfer::Reconciler* reconciler() const { return m_reconciler.get(); }

    // The one secret store of this process: keys typed in the settings
    // dialog while no keychain is reachable live here for the session, so
    // the client must read them from this same object.
    secrets::SecretStore& secretStore() const { return *m_secrets; }
    // The one network manager (also used by the settings dialog's
    // connection test). Exists from construction; it opens nothing itself.
    QNetworkAccessManager* network() const { return m_network.get(); }

    // Reads the profile's keys (keychain, session or environment) and calls
    // `done` with the client configuration or the reason it cannot be made.
    // Asynchronous: a keychain may ask the user to unlock it.
    void buildProfileConfig(const profile::ConnectionProfile& profile,
                            std::function<void(const profile::ClientConfigBuild&)> done);

    // The data directory the app uses when none is given on the command line.
    static QString defaultDataDirectory();

private:
    QString m_dataDirectory;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<eko::EkoClient> m_client;
    std::unique_ptr<transfer::Reconciler> m_reconciler;
    journal::JournalError m_journalError = journal::JournalError::None;
    QString m_journalErrorDetail;
    bool m_ready = false;
};

} // namespace counterdesk::ui
