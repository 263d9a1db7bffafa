// CounterTransfer: a counter's whole transfer through the gateway, as the
// desktop app makes it: get_sender and its OTP, send_transaction_otp, then
// Initiate with the caller's reference (OTPs read off the sandbox's phone).
#pragma once

#include "GatewayHarness.h"
#include "domain/Rail.h"

namespace counterdesk::sandbox {
class SandboxServer;
}

namespace counterdesk::tests {

struct CounterTransfer
{
    GatewayAnswer answer;                     // Initiate's answer
    eko::InitiateTransactionRequest initiate; // as sent, to send again
    QString failure;                          // empty unless a step before Initiate failed
};

// The seeded senders and recipients of the sandbox, one per rail.
CounterTransfer transferThroughGateway(GatewayHarness& harness, sandbox::SandboxServer& sandbox,
                                       const QUrl& gateway, const CounterCredential& counter, Rail rail,
                                       const QString& ref, qint64 rupees = 100);

} // namespace counterdesk::tests
