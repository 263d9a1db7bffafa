// EkoClient: the console's asynchronous client of Eko's PPI API.
//
// One method per call; each returns a PendingCall that emits finished(Result)
// once. All I/O runs on the QNetworkAccessManager passed in (never a global),
// or, in the gateway, on its own http::HttpClient; nothing here blocks.
//
// Money-safety policy (DESIGN.md, REFERENCE.md §3.6):
//  - Initiate Transaction and Refund are sent ONCE. Timeout, dropped
//    connection, HTTP 429/5xx or an unreadable body give Outcome::Unknown,
//    never Failed, and the client makes one Transaction Inquiry (by
//    client_ref_id for Initiate, by tid for Refund) and reports it in
//    Result::followUp. Further polling is the caller's job.
//  - Other POSTs are not re-sent either (an OTP sent twice annoys the
//    customer); GETs are retried twice with full-jitter back-off.
//  - Only Eko's own answers prove nothing happened: a JSON business error
//    from the classification table, or Eko's JSON authentication 403. Any
//    other 4xx (a proxy's page, 408...) is Unknown like a 5xx.
//  - After Eko's authentication 403 whose Date header shows our timestamp
//    was off, the call is re-signed with the corrected clock and sent once
//    more (money calls too, with the same client_ref_id: Eko did nothing);
//    PendingCall::resending() reports the first attempt. Never after any
//    other 403.
//  - Initiate and Refund take a MoneyCallTicket that only the journal's
//    "recorded as submitting" steps issue: no money call without its row.
//  - HTTPS for every host but loopback; TLS errors fail the call.
#pragma once

#include "domain/MoneyCallTicket.h"
#include "domain/ProfileKind.h"
#include "eko/ClockSkew.h"
#include "eko/EkoTypes.h"
#include "eko/EndpointTable.h"
#include "eko/PendingCall.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <functional>

class QNetworkAccessManager;

namespace counterdesk::http {
class HttpClient;
}

namespace counterdesk::eko {

struct WireRequest;

struct ClientConfig
{
    EndpointTable endpoints = EndpointTable::builtIn();
    Credentials credentials;
    int timeoutMs = 30000;   // per HTTP attempt
    int getRetries = 2;      // extra attempts for an indeterminate GET
    int backoffBaseMs = 200; // full jitter: random(0, min(cap, base * 2^n))
    int backoffCapMs = 2000;
    qint64 skewWarningMs = 60000; // clockSkewIsLarge() threshold
    // The connection profile this client was built for (ClientFactory).
    // Transaction Inquiry asks only about that profile's transfers
    // (transfer::ProfileScope): the training sandbox knows nothing of a real
    // transfer, and its "not found" must never settle one. Empty = a client
    // tied to no profile (tests, tools): it may ask about any row.
    QString profileName;
    std::optional<ProfileKind> profileKind;
    // Certificates trusted for this client only, besides the system's (a
    // gateway partner's own CA, the profile's ca_file).
    QList<QSslCertificate> trustedCaCertificates;
};

class EkoClient : public QObject
{
    Q_OBJECT
public:
    EkoClient(QNetworkAccessManager* network, ClientConfig config, QObject* parent = nullptr);
    // counterdesk-gateway: the same client over its own HTTP/1.1 transport,
    // on this thread (http::HttpClient says why). Attempts, timeouts and
    // classification are the same.
    EkoClient(http::HttpClient* http, ClientConfig config, QObject* parent = nullptr);
    ~EkoClient() override;

    const ClientConfig& config() const { return m_config; }
    // Takes effect for calls made afterwards.
    void setConfig(const ClientConfig& config);

    PendingCall* getSender(const GetSenderRequest& request);
    PendingCall* onboardSender(const OnboardSenderRequest& request);
    PendingCall* resendSenderOtp(const ResendSenderOtpRequest& request);
    PendingCall* verifySenderOtp(const VerifySenderOtpRequest& request);
    PendingCall* getRecipients(const GetRecipientsRequest& request);
    PendingCall* addRecipient(const AddRecipientRequest& request);
    PendingCall* recipientBankOtp(const RecipientBankOtpRequest& request);
    PendingCall* verifyRecipientBankOtp(const VerifyRecipientBankOtpRequest& request);
    PendingCall* sendTransactionOtp(const SendTransactionOtpRequest& request);
    // The ticket (Journal::recordSubmitting) is spent: its client_ref_id is
    // the one sent. A spent ticket, a refund's ticket or a request carrying
    // another ref ends NotSent/InvalidRequest, nothing sent.
    PendingCall* initiateTransaction(MoneyCallTicket ticket, InitiateTransactionRequest request);
    PendingCall* transactionInquiry(const TransactionInquiryRequest& request);
    PendingCall* refundOtp(const RefundOtpRequest& request);
    // Eko's bank_id and channels for a full IFSC, and for a bank code. GETs:
    // retried like the others; they move no money.
    PendingCall* getIfscDetails(const GetIfscDetailsRequest& request);
    PendingCall* getBankDetails(const GetBankDetailsRequest& request);
    // KYC of a new wallet, in Eko's order: consent, Aadhaar OTP, its check,
    // PAN. Not money calls; the POSTs are sent once like the other OTP calls.
    PendingCall* getConsentLanguages(const ConsentLanguagesRequest& request);
    PendingCall* getConsentDetails(const ConsentDetailsRequest& request);
    PendingCall* sendAadhaarOtp(const AadhaarOtpRequest& request);
    PendingCall* verifyAadhaarOtp(const VerifyAadhaarOtpRequest& request);
    PendingCall* validatePan(const ValidatePanRequest& request);
    // A paid check (a penny drop): a POST, so never retried on an unclear answer.
    PendingCall* verifyBankAccount(const VerifyBankAccountRequest& request);
    // The ticket (Journal::recordRefunding) is spent; it must be for
    // request.tid, else NotSent/InvalidRequest.
    PendingCall* refund(MoneyCallTicket ticket, const RefundRequest& request);

    // counterdesk-gateway: send a request a counter made, as it arrived
    // (path, query or body; the gateway has already put its own initiator_id
    // and user_code in), signed with this client's keys. The same attempts,
    // one-shot body and classification as the typed calls; Result::body
    // holds Eko's answer verbatim. Money calls go through the ticketed
    // overloads only: a wire for Initiate or Refund here ends
    // NotSent/InvalidRequest.
    PendingCall* forward(const WireRequest& wire);
    // The ticket (the gateway ledger's "recorded as submitting" step) is
    // spent; the wire's client_ref_id must be the ticket's.
    PendingCall* forwardInitiate(MoneyCallTicket ticket, const WireRequest& wire);
    // The ticket (the ledger's "recorded as refunding") must be for `tid`.
    PendingCall* forwardRefund(MoneyCallTicket ticket, const WireRequest& wire, const QString& tid);

    // Server clock minus PC clock, from the Date headers seen so far.
    qint64 clockOffsetMs() const { return m_skew.offsetMs(); }
    // Seed it (e.g. from the last session) before the first answer arrives.
    void setClockOffsetMs(qint64 offsetMs);
    bool clockSkewIsLarge() const;

    // Tests only: replace the PC clock (ms since epoch).
    void setLocalClockForTesting(std::function<qint64()> nowMs);

Q_SIGNALS:
    void clockOffsetChanged(qint64 offsetMs);
    // Every call's result, for a journal or a support log.
    void callFinished(const counterdesk::eko::Result& result);

private:
    class Operation;
    friend class Operation;

    PendingCall* launch(const WireRequest& wire, const std::optional<TransactionInquiryRequest>& followUp);
    PendingCall* refuseTicket(Call call, Rail rail, const QString& clientRefId);
    qint64 localNowMs() const;
    void noteServerDate(const QByteArray& dateHeader, qint64 sentAtMs, qint64 receivedAtMs);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<http::HttpClient> m_http;
    ClientConfig m_config;
    ClockSkew m_skew;
    std::function<qint64()> m_localClock;
};

} // namespace counterdesk::eko
