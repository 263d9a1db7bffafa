// TrainingSandbox: the Eko simulator run inside CounterDesk for training.
// It listens on 127.0.0.1 on a free port, so the real network path of the
// client is exercised, and reports every OTP "sent to the customer's phone".
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace counterdesk::sandbox {
class SandboxServer;
}

namespace counterdesk::ui {

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
    sandbox::SandboxServer* server() const { return m_server.get(); }

Q_SIGNALS:
    void otpSent(const QString& mobile, const QString& otp, const QString& purpose);

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace counterdesk::ui
