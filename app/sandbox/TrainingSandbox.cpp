#include "sandbox/TrainingSandbox.h"

#include "sandbox/SandboxServer.h"

namespace counterdesk::sandbox {

TrainingSandbox::TrainingSandbox(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<SandboxServer>())
{
    connect(m_server.get(), &SandboxServer::otpSent, this, &TrainingSandbox::otpSent);
}

TrainingSandbox::~TrainingSandbox()
{
    m_server->stop();
}

bool TrainingSandbox::start(QString* error)
{
    const SandboxOptions options; // 127.0.0.1, port 0, built-in seed, public UAT keys
    return m_server->start(options, error);
}

bool TrainingSandbox::isRunning() const
{
    return m_server->isListening();
}

QUrl TrainingSandbox::baseUrl() const
{
    return m_server->baseUrl();
}

QString TrainingSandbox::address() const
{
    return QStringLiteral("127.0.0.1:") + QString::number(m_server->port());
}

} // namespace counterdesk::sandbox
