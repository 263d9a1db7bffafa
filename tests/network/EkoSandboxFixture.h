// Shared by the Eko network tests: a sandbox started in-process on
// 127.0.0.1 with port 0, an EkoClient pointed at it over a real transport
// (ClientTransport), and a helper that waits for a PendingCall's Result.
#pragma once

#include "ClientTransport.h"
#include "TicketDesk.h"
#include "WaitForCall.h"
#include "domain/ClientRefId.h"
#include "eko/EkoClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

namespace counterdesk::eko::testing {

// Senders of the sandbox's seed (resources/sandbox) the client tests share.
inline const QString kDkHealthy = QStringLiteral("9000000001");
inline const QString kLevinHealthy = QStringLiteral("9000000002");
inline const QString kDkAadhaarPending = QStringLiteral("9000000004");
inline const QString kNotEnrolled = QStringLiteral("9123456780");

// An Initiate with a fresh ref and an OTP that no customer was sent: for
// the tests where Eko (or a proxy) refuses it before the OTP matters.
inline InitiateTransactionRequest initiateWithoutOtp(const QString& customer, qint64 recipientId,
                                                     qint64 rupees,
                                                     const QString& otpRefId = QStringLiteral("otp-ref"))
{
    InitiateTransactionRequest r;
    r.clientRefId = ClientRefId::generate();
    r.customerId = customer;
    r.recipientId = recipientId;
    r.amount = Money::fromRupees(rupees);
    r.otp = QStringLiteral("123456");
    r.otpRefId = otpRefId;
    return r;
}

// The public UAT identity of REFERENCE.md §2.3: the sandbox's defaults.
inline Credentials uatCredentials()
{
    return {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
            QByteArray("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), QStringLiteral("9962981729"),
            QStringLiteral("20810200")};
}

class SandboxFixture
{
public:
    bool start(sandbox::SandboxOptions options = {})
    {
        server = std::make_unique<sandbox::SandboxServer>();
        QString error;
        if (!server->start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        transport = std::make_unique<ClientTransport>();
        client = transport->client(config());
        return true;
    }

    ClientConfig config() const
    {
        ClientConfig c;
        c.endpoints.setBaseUrl(server->baseUrl());
        c.credentials = uatCredentials();
        c.timeoutMs = 5000;
        return c;
    }

    // Waits for finished(Result); the UI would connect instead.
    static std::optional<Result> wait(PendingCall* call, int timeoutMs = 15000)
    {
        return counterdesk::tests::waitForCall(call, timeoutMs);
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ClientTransport> transport;
    std::unique_ptr<EkoClient> client;
    // Journal tickets for the money calls these tests make directly.
    counterdesk::tests::TicketDesk tickets;
};

} // namespace counterdesk::eko::testing

// QVERIFY-style helper: wait for a call and bind its Result, or fail.
#define EKO_AWAIT(var, pendingCall)                                                                          \
    const std::optional<counterdesk::eko::Result> var##_opt =                                                \
        counterdesk::eko::testing::SandboxFixture::wait(pendingCall);                                        \
    QVERIFY2(var##_opt.has_value(), "no finished(Result) in time");                                          \
    const counterdesk::eko::Result& var = *var##_opt
