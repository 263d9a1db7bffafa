// TrainingSandbox: the Eko simulator run inside CounterDesk for training, by
// the GUI and by counterdesk-cli alike. It listens on 127.0.0.1 on a free
// port, so the real network path of the client is exercised, accepts the
// public UAT keys of BuiltInProfiles (the ones ClientFactory gives Training),
// and reports every OTP "sent to the customer's phone".
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace counterdesk::sandbox {

class SandboxServer;

class TrainingSandbox : public QObject
{
    Q_OBJECT
public:
    explicit TrainingSandbox(QObject* parent = nullptr);
    ~TrainingSandbox() override;

    // Loads the seed and starts listening; on failure returns false with a
    // technical reason (English, for support) in *error.
    bool start(QString* error);
    bool isRunning() const;
    QUrl baseUrl() const;
    QString address() const; // "127.0.0.1:PORT"
    SandboxServer* server() const { return m_server.get(); }

Q_SIGNALS:
    void otpSent(const QString& mobile, const QString& otp, const QString& purpose);

private:
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace counterdesk::sandbox
