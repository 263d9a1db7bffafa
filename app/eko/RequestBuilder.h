// RequestBuilder: typed request -> method, URL and JSON body, and the signed
// QNetworkRequest. No I/O, so every wire detail is unit-tested.
//
// Wire rules (REFERENCE.md §1.0): {tokens} go in the path; on GET everything
// else goes in the query string, on POST in a JSON body. amount, recipient_id
// and channel are JSON integers; ids, mobiles and OTPs are strings;
// initiator_id and user_code go on every call to Eko (never through a
// gateway, which sets them). What differs per rail
// (service_code 80, the Levin wallet, bank_code vs ifsc) is not here: it is
// the endpoint table's CallParams, applied in one place (assemble).
#pragma once

#include "eko/EkoTypes.h"
#include "eko/EndpointTable.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace counterdesk::eko {

struct WireRequest
{
    Call call = Call::GetSender;
    Rail rail = Rail::DigiKhata;
    QByteArray method; // GET / POST
    QUrl url;          // base + path (+ query on GET)
    QJsonObject body;  // POST only
    QString clientRefId;
    // Set when the request cannot be built; then nothing may be sent.
    Reason error = Reason::None;
    QString errorDetail; // which field, in English; never a value
    bool ok() const { return error == Reason::None; }
    bool isGet() const { return method == "GET"; }
};

class RequestBuilder
{
public:
    RequestBuilder(const EndpointTable& table, const Credentials& credentials);
    // The builder keeps references, so a temporary table or credentials would
    // dangle (AddressSanitizer caught a test doing so): not allowed.
    RequestBuilder(EndpointTable&&, const Credentials&) = delete;
    RequestBuilder(const EndpointTable&, Credentials&&) = delete;
    RequestBuilder(EndpointTable&&, Credentials&&) = delete;

    WireRequest build(const GetSenderRequest& r) const;
    WireRequest build(const OnboardSenderRequest& r) const;
    WireRequest build(const ResendSenderOtpRequest& r) const;
    WireRequest build(const VerifySenderOtpRequest& r) const;
    WireRequest build(const GetRecipientsRequest& r) const;
    WireRequest build(const AddRecipientRequest& r) const;
    WireRequest build(const RecipientBankOtpRequest& r) const;
    WireRequest build(const VerifyRecipientBankOtpRequest& r) const;
    WireRequest build(const SendTransactionOtpRequest& r) const;
    // nowMs: server-corrected time, for the ISO-8601 `timestamp` field.
    WireRequest build(const InitiateTransactionRequest& r, qint64 nowMs) const;
    WireRequest build(const TransactionInquiryRequest& r) const;
    WireRequest build(const GetIfscDetailsRequest& r) const;
    WireRequest build(const GetBankDetailsRequest& r) const;
    WireRequest build(const ConsentLanguagesRequest& r) const;
    WireRequest build(const ConsentDetailsRequest& r) const;
    WireRequest build(const AadhaarOtpRequest& r) const; // the Aadhaar goes in the body only
    WireRequest build(const VerifyAadhaarOtpRequest& r) const;
    WireRequest build(const ValidatePanRequest& r) const;       // the PAN goes in the body only
    WireRequest build(const VerifyBankAccountRequest& r) const; // the account goes in the body only
    WireRequest build(const RefundOtpRequest& r) const;
    WireRequest build(const RefundRequest& r) const;

    // The signed request for one attempt. Each attempt gets its own
    // timestamp: a signature is never reused.
    QNetworkRequest networkRequest(const WireRequest& wire, qint64 timestampMs) const;
    // The same, for the exact body bytes the caller sends: a gateway counter
    // signs them (RequestAuthenticator).
    QNetworkRequest networkRequest(const WireRequest& wire, const QByteArray& body, qint64 timestampMs) const;
    static QByteArray serialise(const WireRequest& wire); // compact JSON; empty for GET

    static QString isoTimestamp(qint64 epochMs); // 2025-01-21T07:07:20.562Z

private:
    const EndpointTable& m_table;
    const Credentials& m_credentials;
};

} // namespace counterdesk::eko
