#include "CounterTransfer.h"

#include "sandbox/SandboxServer.h"

namespace counterdesk::tests {

namespace {
const QString kDkSender = QStringLiteral("9000000001");
const QString kLevinSender = QStringLiteral("9000000002");
constexpr qint64 kDkRecipient = 10017680;
constexpr qint64 kLevinRecipient = 10017740;
} // namespace

CounterTransfer transferThroughGateway(GatewayHarness& harness, sandbox::SandboxServer& sandbox,
                                       const QUrl& gateway, const CounterCredential& counter, Rail rail,
                                       const QString& ref, qint64 rupees)
{
    CounterTransfer out;
    const QString mobile = rail == Rail::DigiKhata ? kDkSender : kLevinSender;
    const GatewayAnswer sent =
        harness.send(gateway, counter, harness.wire(eko::GetSenderRequest{rail, mobile}));
    if (sent.result.outcome != eko::Outcome::Success || sent.result.otpRefId.isEmpty()) {
        out.failure =
            QStringLiteral("get_sender: %1 %2").arg(sent.httpStatus).arg(QString::fromUtf8(sent.body));
        return out;
    }
    eko::VerifySenderOtpRequest v;
    v.rail = rail;
    v.customerId = mobile;
    v.otp = sandbox.lastOtp(mobile, QStringLiteral("sender"));
    v.otpRefId = sent.result.otpRefId;
    const GatewayAnswer verified = harness.send(gateway, counter, harness.wire(v));
    if (verified.result.outcome != eko::Outcome::Success || !verified.result.sender) {
        out.failure = QStringLiteral("verify_sender_otp: %1").arg(verified.httpStatus);
        return out;
    }
    const eko::SenderProfile profile = *verified.result.sender;
    eko::SendTransactionOtpRequest o;
    o.rail = rail;
    o.customerId = mobile;
    o.recipientId = rail == Rail::DigiKhata ? kDkRecipient : kLevinRecipient;
    o.amount = Money::fromRupees(rupees);
    o.walletToken = profile.walletToken;
    const GatewayAnswer otp = harness.send(gateway, counter, harness.wire(o));
    if (otp.result.outcome != eko::Outcome::Success) {
        out.failure = QStringLiteral("send_transaction_otp: %1").arg(otp.httpStatus);
        return out;
    }
    eko::InitiateTransactionRequest& r = out.initiate;
    r.rail = rail;
    r.clientRefId = ref;
    r.customerId = mobile;
    r.recipientId = o.recipientId;
    r.amount = o.amount;
    r.otp = sandbox.lastOtp(mobile, QStringLiteral("transaction"));
    r.otpRefId = otp.result.otpRefId;
    r.walletToken = profile.walletToken;
    r.walletId = profile.walletId;
    r.latlong = QStringLiteral("28.63,77.22");
    out.answer = harness.send(gateway, counter, harness.wire(r));
    return out;
}

} // namespace counterdesk::tests
