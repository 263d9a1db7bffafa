#include "eko/EkoTypes.h"

#include <array>

namespace counterdesk::eko {

namespace {

// Index = Call value; the wire vocabulary of HACKING.md.
constexpr std::array<const char*, kCallCount> kCallNames = {
    "get_sender",
    "onboard_sender",
    "resend_sender_otp",
    "verify_sender_otp",
    "get_recipients",
    "add_recipient",
    "recipient_bank_otp",
    "verify_recipient_bank_otp",
    "send_transaction_otp",
    "initiate_transaction",
    "transaction_inquiry",
    "refund_otp",
    "refund",
    "get_ifsc_details",
    "get_bank_details",
    "get_consent_languages",
    "get_consent_details",
    "sender_aadhaar_otp",
    "verify_sender_aadhaar_otp",
    "validate_sender_pan",
    "verify_bank_account",
};

} // namespace

QString callName(Call call)
{
    return QString::fromLatin1(kCallNames[static_cast<std::size_t>(call)]);
}

std::optional<Call> callFromName(QStringView name)
{
    for (std::size_t i = 0; i < kCallNames.size(); ++i) {
        if (name == QLatin1StringView(kCallNames[i]))
            return static_cast<Call>(i);
    }
    return std::nullopt;
}

QString channelName(Channel channel)
{
    return channel == Channel::Imps ? QStringLiteral("imps") : QStringLiteral("neft");
}

bool isMoneyMovingCall(Call call)
{
    return call == Call::InitiateTransaction || call == Call::Refund;
}

bool isFinancialShape(Call call)
{
    return isMoneyMovingCall(call) || call == Call::TransactionInquiry;
}

QString gatewayRefusalName(GatewayRefusal refusal)
{
    switch (refusal) {
    case GatewayRefusal::None:
        return {};
    case GatewayRefusal::UnknownCounter:
        return QStringLiteral("unknown_counter");
    case GatewayRefusal::Revoked:
        return QStringLiteral("revoked");
    case GatewayRefusal::BadSignature:
        return QStringLiteral("bad_signature");
    case GatewayRefusal::StaleTimestamp:
        return QStringLiteral("stale_timestamp");
    case GatewayRefusal::Replayed:
        return QStringLiteral("replayed");
    case GatewayRefusal::Other:
        return QStringLiteral("other");
    }
    return {};
}

GatewayRefusal gatewayRefusalFromName(const QJsonValue& gatewayError)
{
    if (!gatewayError.isString())
        return GatewayRefusal::None;
    for (const GatewayRefusal known :
         {GatewayRefusal::UnknownCounter, GatewayRefusal::Revoked, GatewayRefusal::BadSignature,
          GatewayRefusal::StaleTimestamp, GatewayRefusal::Replayed}) {
        if (gatewayError.toString() == gatewayRefusalName(known))
            return known;
    }
    return GatewayRefusal::Other;
}

} // namespace counterdesk::eko
