#include "BankLookup.h"

#include "eko/EkoClient.h"
#include "journal/Journal.h"

namespace counterdesk::transfer {

BankLookup::BankLookup(eko::EkoClient* client, journal::Journal* journal, BankLookupOptions options)
    : m_client(client)
    , m_journal(journal)
    , m_options(std::move(options))
{}

banks::IfscDirectory::Lookup BankLookup::checkOffline(const QString& ifsc)
{
    return banks::IfscDirectory::builtIn().lookup(ifsc);
}

bool BankLookup::isCaughtOffline(const banks::IfscDirectory::Lookup& offline)
{
    using Kind = banks::IfscDirectory::Lookup::Kind;
    switch (offline.kind) {
    case Kind::Malformed:
    case Kind::UnknownBank:
        return true;
    case Kind::UnknownBranch: // maybe newer than the directory: Eko decides
    case Kind::Known:
        return false;
    }
    return true;
}

QDateTime BankLookup::now() const
{
    return (m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

std::optional<eko::BankDetails> BankLookup::cached(const Ifsc& ifsc) const
{
    if (!m_journal || ifsc.isEmpty())
        return std::nullopt;
    const journal::Result<std::optional<journal::BankAnswer>> stored = m_journal->bankAnswer(ifsc.toString());
    // An unreadable cache is only a missed shortcut: Eko is asked instead.
    if (!stored || !stored->has_value())
        return std::nullopt;
    const journal::BankAnswer& answer = **stored;
    const auto age = std::chrono::milliseconds(answer.fetchedAt.msecsTo(now()));
    if (answer.bankId <= 0 || age < std::chrono::milliseconds(0) || age >= m_options.maxAge)
        return std::nullopt;
    return fromAnswer(answer);
}

eko::PendingCall* BankLookup::fetch(const Ifsc& ifsc)
{
    eko::GetIfscDetailsRequest request;
    request.rail = m_options.rail;
    request.ifsc = ifsc.toString();
    eko::PendingCall* call = m_client->getIfscDetails(request);
    if (m_journal) {
        journal::Journal* journal = m_journal;
        const QString key = ifsc.toString();
        auto clock = m_options.clock;
        QObject::connect(call, &eko::PendingCall::finished, call,
                         [journal, key, clock](const eko::Result& r) {
                             if (r.outcome != eko::Outcome::Success || !r.bank)
                                 return;
                             const QDateTime at = (clock ? clock() : QDateTime::currentDateTimeUtc()).toUTC();
                             // A failed write only means Eko is asked again next time.
                             (void)journal->rememberBankAnswer(toAnswer(key, *r.bank, at));
                         });
    }
    return call;
}

eko::BankDetails BankLookup::fromAnswer(const journal::BankAnswer& answer)
{
    eko::BankDetails d;
    d.bankId = answer.bankId;
    d.bank = answer.bank;
    d.ifsc = answer.ifsc;
    d.branch = answer.branch;
    d.ifscStatus = answer.ifscStatus;
    d.availableChannels = answer.availableChannels;
    d.verificationAvailable = answer.verificationAvailable;
    return d;
}

journal::BankAnswer BankLookup::toAnswer(const QString& ifsc, const eko::BankDetails& details,
                                         const QDateTime& fetchedAt)
{
    journal::BankAnswer a;
    // Keyed by the IFSC asked for: that is what the next lookup has.
    a.ifsc = ifsc;
    a.bankId = details.bankId;
    a.bank = details.bank;
    a.branch = details.branch;
    a.ifscStatus = details.ifscStatus;
    a.availableChannels = details.availableChannels;
    a.verificationAvailable = details.verificationAvailable;
    a.fetchedAt = fetchedAt;
    return a;
}

} // namespace counterdesk::transfer
