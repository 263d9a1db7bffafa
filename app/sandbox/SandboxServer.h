// SandboxServer: a faithful simulator of Eko's PPI API (DigiKhata and Levin)
// on its own HTTP/1.1 layer (app/http), for training mode and the tests.
//
// CONTRACT (agreed between the client, the tests and training mode; the
// sandbox owner may add to it but not change what is here):
//  - start() listens on options.host:options.port (port 0 = a free one) and
//    serves under /ekoapi/v3, exactly Eko's staging prefix; baseUrl() is
//    "http://127.0.0.1:PORT/ekoapi/v3".
//  - Requests are checked like Eko does: developer_key, secret-key (HMAC of
//    the ms timestamp with base64(access_key) as key), secret-key-timestamp
//    within the allowed skew of the sandbox clock; otherwise HTTP 403.
//  - Every OTP the sandbox "sends" to a phone is emitted as otpSent() and can
//    be read back through the loopback-only control endpoint.
//  - Faults can be set here or through the control endpoint
//    (/sandbox/control/...), per call name or for every call.
//  - Counters tell tests how often a call arrived (a financial POST must
//    arrive exactly once).
//  - Added: every request of a catalogued call is checked against the
//    parameters REFERENCE.md lists for its rail (ParamCatalog); what does not
//    belong or is missing is recorded as a ParamFinding (and refused with
//    invalid_params when options.strictParams is set).
#pragma once

#include "SandboxTypes.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace counterdesk::sandbox {

class SandboxState;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads the seed and starts listening. On failure returns false and a
    // reason in *error (English; this is a developer/support tool).
    bool start(const SandboxOptions& options, QString* error = nullptr);
    void stop();

    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://HOST:PORT/ekoapi/v3

    // Fault injection, the same as the control endpoint offers.
    void addFault(const FaultRule& rule);
    void clearFaults();
    void setClockOffsetMs(qint64 offsetMs); // the sandbox's clock runs this far ahead of the PC

    // How many times a call (see CallName in SandboxTypes.h) has arrived,
    // counting also the ones that were refused or faulted.
    int callCount(const QString& callName) const;
    // How many Initiate Transaction requests carried this client_ref_id.
    int initiateCount(const QString& clientRefId) const;
    // The last OTP sent to a mobile for a purpose ("sender", "transaction",
    // "recipient_bank", "refund"); empty if none.
    QString lastOtp(const QString& mobile, const QString& purpose) const;
    // Added: the misplaced parameters found since start or the last reset.
    QList<ParamFinding> paramFindings() const;

    // Added: back to the seed (wallets, recipients, ledger, OTPs, counters);
    // faults and the clock offset stay. For tests that share one server.
    bool resetState(QString* error = nullptr);

Q_SIGNALS:
    // The "customer's phone" received an SMS. Training mode shows it.
    void otpSent(const QString& mobile, const QString& otp, const QString& purpose);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace counterdesk::sandbox
