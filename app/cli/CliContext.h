// CliContext: what every counterdesk-cli command stands on: the profile, the
// keys, the Eko client (and, for Training, the in-process sandbox), the
// journal and the output streams.
//
// Commands are written top to bottom and wait for asynchronous answers with a
// local event loop (waitFor): a CLI has nothing else to do meanwhile, and the
// core's objects stay the same asynchronous ones the GUI uses.
#pragma once

#include "cli/ExitCode.h"
#include "eko/EkoTypes.h"
#include "journal/Journal.h"
#include "profile/ConnectionProfile.h"

#include <QJsonValue>
#include <QString>
#include <QTextStream>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace counterdesk::eko {
class EkoClient;
class PendingCall;
} // namespace counterdesk::eko
namespace counterdesk::sandbox {
class SandboxServer;
class TrainingSandbox;
} // namespace counterdesk::sandbox
namespace counterdesk::secrets {
class SecretStore;
}

namespace counterdesk::cli {

struct GlobalOptions
{
    QString profileFile; // empty = Training with the in-process sandbox
    QString dataDir;     // empty = AppDataLocation
    bool json = false;
};

class CliContext
{
public:
    explicit CliContext(GlobalOptions options);
    ~CliContext();

    const GlobalOptions& options() const { return m_options; }
    bool json() const { return m_options.json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Each returns ExitOk or the code to exit with (the message is printed).
    int loadProfile();
    int connect();     // loadProfile() + sandbox for Training + the ClientFactory's client
    int openJournal(); // <data-dir>/journal.sqlite
    // openJournal() + the transfer with that client_ref_id into `found`
    // (ExitNotFound, said once for every command, when there is none).
    int findTransfer(const QString& clientRefId, journal::Transfer& found);

    const profile::ConnectionProfile& profile() const { return m_profile; }
    eko::EkoClient* client() const { return m_client.get(); }
    journal::Journal& journal() { return m_journal; }
    sandbox::SandboxServer* sandbox() const;
    QString dataDir() const;

    // Prints the message on stderr and, with --json, {"error": {...}} on stdout.
    int fail(int code, const QString& message, const QString& machineName = {});
    void printJson(const QJsonValue& value);

    // Runs the event loop until `done()` is true (checked after every event
    // batch) or the timeout passes; returns done().
    bool waitUntil(const std::function<bool()>& done, int timeoutMs = 600000);
    // Waits for one Eko call's result.
    eko::Result wait(eko::PendingCall* call);

private:
    int startSandbox();

    GlobalOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    profile::ConnectionProfile m_profile;
    bool m_profileLoaded = false;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sandbox::TrainingSandbox> m_sandbox;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<eko::EkoClient> m_client;
    journal::Journal m_journal;
};

} // namespace counterdesk::cli
