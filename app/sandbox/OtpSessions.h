// OtpSessions: the OTPs the simulated Eko "sends" to phones.
//
// Rules (REFERENCE §4, EMPAGES texts): 6 random digits, single use, valid
// for a few minutes, a resend cool-down while the previous OTP is still
// live, and a lock-out after 3 wrong entries ("OTP attempts exhausted").
// A session remembers what it authorises (recipient and amount for a
// transfer, a tid for a refund) so the OTP cannot be used for anything else.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace counterdesk::sandbox {

namespace OtpPurpose {
inline constexpr char Sender[] = "sender";
inline constexpr char Transaction[] = "transaction";
inline constexpr char RecipientBank[] = "recipient_bank";
inline constexpr char Refund[] = "refund";
inline constexpr char Aadhaar[] = "aadhaar";
} // namespace OtpPurpose

struct OtpSession
{
    QString ref;
    QString mobile;
    QString purpose;
    QString otp;
    qint64 issuedMs = 0;
    qint64 expiresMs = 0;
    int wrongAttempts = 0;
    bool used = false;
    QJsonObject context;
};

struct OtpPolicy
{
    qint64 validityMs = 5 * 60 * 1000;
    qint64 resendCooldownMs = 60 * 1000;
    int maxWrongAttempts = 3;
    qint64 lockoutMs = 15 * 60 * 1000;
};

class OtpSessions
{
public:
    enum class IssueStatus { Issued, CoolingDown, LockedOut };
    struct IssueResult
    {
        IssueStatus status = IssueStatus::Issued;
        OtpSession session; // the new one, or the live one when cooling down
    };

    enum class CheckStatus { Ok, Wrong, Expired, Consumed, Unknown, Exhausted };
    struct CheckResult
    {
        CheckStatus status = CheckStatus::Unknown;
        QJsonObject context;
        int attemptsLeft = 0;
    };

    void setPolicy(const OtpPolicy& policy) { m_policy = policy; }
    const OtpPolicy& policy() const { return m_policy; }
    void clear();

    // Issues a fresh OTP unless one for the same mobile and purpose was sent
    // less than the cool-down ago and is still unused, or the pair is locked.
    // fixedRef lets a call use Eko's composite otp_ref_id form.
    IssueResult issue(const QString& mobile, const QString& purpose, const QJsonObject& context, qint64 nowMs,
                      const QString& fixedRef = {});
    // The live (unused, unexpired) session for the pair, if any.
    const OtpSession* live(const QString& mobile, const QString& purpose, qint64 nowMs) const;
    bool isLockedOut(const QString& mobile, const QString& purpose, qint64 nowMs) const;

    // Checks an entered OTP. The session must belong to this mobile and
    // purpose. Ok consumes it; the last allowed wrong entry locks the pair.
    CheckResult check(const QString& ref, const QString& otp, const QString& mobile, const QString& purpose,
                      qint64 nowMs);

    // The last OTP sent to the pair (used or not), for tests and trainers.
    QString lastOtp(const QString& mobile, const QString& purpose) const;
    // The OTP of one session, by its otp_ref_id (empty when unknown): several
    // sessions of one mobile may be live at once, each with its own.
    QString otpOf(const QString& ref) const;
    // Lets a second phone number read the same OTP (bank OTPs go to the
    // recipient per DEV, but the trainer looks at the sender's phone).
    void alias(const QString& otherMobile, const QString& purpose, const QString& ref);

private:
    static QString pairKey(const QString& mobile, const QString& purpose);

    OtpPolicy m_policy;
    QHash<QString, OtpSession> m_byRef;
    QHash<QString, QString> m_lastRefByPair;
    QHash<QString, qint64> m_lockedUntilByPair;
};

} // namespace counterdesk::sandbox
