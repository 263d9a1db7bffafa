// The records the simulated Eko server keeps: senders (wallets), their
// recipients and the transactions of the ledger.
#pragma once

#include "money/Money.h"

#include <QList>
#include <QString>

namespace counterdesk::sandbox {

// The two PPI rails serve the same call names under different paths and
// keep separate wallets: a mobile enrolled on DigiKhata is unknown to Levin.
enum class Rail { DigiKhata, Levin };

QString railName(Rail rail); // "ppi-digikhata" / "ppi-levin", as in the paths

// Where the sender stands in Eko's KYC flow; decides what Verify Sender OTP
// answers (309 profile, 2136 Aadhaar pending, 2147 PAN required).
enum class KycState { Full, AadhaarPending, PanPending };

struct Recipient
{
    qint64 id = 0;
    Rail rail = Rail::DigiKhata;
    QString senderMobile;
    QString name;
    QString mobile;
    QString account; // full number; lists mask it
    QString ifsc;
    QString bank;
    int bankId = 0;
    QString beneficiaryId; // empty until registered with the bank
    bool verified = false;
    int availableChannel = 0; // 0 both, 1 NEFT only, 2 IMPS only (DEV recipient docs)
    qint64 addedMs = 0;
    qint64 registeredMs = 0;
};

struct Sender
{
    Rail rail = Rail::DigiKhata;
    QString mobile;
    QString name;
    QString dob;
    KycState kyc = KycState::Full;
    Money balance;
    Money monthlyLimit = Money::fromRupees(50000);
    Money usedThisMonth;
    QString walletToken; // Levin: issued by Verify Sender OTP, checked by later calls
    QString walletId;
    QList<qint64> recipientAddedMs; // for the 5-recipients-a-day rule
};

// tx_status codes of REFERENCE §3.5.
namespace TxStatus {
inline constexpr int Success = 0;
inline constexpr int Failed = 1;
inline constexpr int Awaited = 2;
inline constexpr int RefundPending = 3;
inline constexpr int Refunded = 4;
} // namespace TxStatus

QString txStatusDescription(int txStatus);

struct Transaction
{
    QString tid;
    QString clientRefId;
    Rail rail = Rail::DigiKhata;
    QString senderMobile;
    QString senderName;
    qint64 recipientId = 0;
    QString recipientName;
    QString account;
    QString ifsc;
    QString bank;
    int channel = 2;
    QString channelDesc; // "IMPS" / "NEFT"
    Money amount;
    Money fee;
    Money gst;
    int txStatus = TxStatus::Success;
    QString reason;           // why a failed transaction failed
    QString requestTimestamp; // echoed back like Eko does
    qint64 createdMs = 0;
    qint64 settleAtMs = 0; // Awaited: when it turns to success; 0 = never
    QString bankRefNum;
    QString refundTid;
    Money refunded;
};

} // namespace counterdesk::sandbox
