#include "HistoryText.h"

#include "domain/AccountMask.h"
#include "history/IstDay.h"
#include "money/MoneyFormatter.h"
#include "text/DateText.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace counterdesk::ui {

using journal::TransferState;

QString HistoryText::state(TransferState state)
{
    // No default: a new state must be worded here before it builds.
    switch (state) {
    case TransferState::Submitting:
        return tr("Sending");
    case TransferState::Success:
        return tr("Success");
    case TransferState::Failed:
        return tr("Failed");
    case TransferState::Pending:
        return tr("Pending");
    case TransferState::Unknown:
        return tr("Unknown – checking");
    case TransferState::RefundPending:
        return tr("Refund pending");
    case TransferState::Refunded:
        return tr("Refunded");
    case TransferState::Refunding:
        return tr("Refund sent – checking");
    }
    return {};
}

QString HistoryText::rail(Rail rail)
{
    switch (rail) {
    case Rail::DigiKhata:
        return tr("DigiKhata");
    case Rail::Levin:
        return tr("PPI Levin");
    }
    return {};
}

QString HistoryText::source(journal::EventSource source)
{
    switch (source) {
    case journal::EventSource::Submit:
        return tr("Sent by this counter");
    case journal::EventSource::InitiateResponse:
        return tr("Eko's answer");
    case journal::EventSource::Inquiry:
        return tr("Status check");
    case journal::EventSource::Reconcile:
        return tr("Automatic status check");
    case journal::EventSource::Refund:
        return tr("Refund");
    case journal::EventSource::User:
        return tr("Agent or support");
    case journal::EventSource::Import:
        return tr("Imported");
    }
    return {};
}

QColor HistoryText::stateForeground(TransferState state)
{
    // Dark shades: at least 4.5:1 against the pale backgrounds below.
    switch (state) {
    case TransferState::Success:
    case TransferState::Refunded:
        return QColor(0x14, 0x5a, 0x1e);
    case TransferState::Failed:
        return QColor(0x9b, 0x1c, 0x1c);
    case TransferState::RefundPending:
        return QColor(0x8a, 0x2b, 0x00);
    case TransferState::Submitting:
    case TransferState::Pending:
    case TransferState::Unknown:
    case TransferState::Refunding:
        return QColor(0x6b, 0x4a, 0x00);
    }
    return {};
}

QColor HistoryText::stateBackground(TransferState state)
{
    switch (state) {
    case TransferState::Success:
    case TransferState::Refunded:
        return QColor(0xe3, 0xf4, 0xe5);
    case TransferState::Failed:
        return QColor(0xfb, 0xe4, 0xe4);
    case TransferState::RefundPending:
        return QColor(0xff, 0xe9, 0xd6);
    case TransferState::Submitting:
    case TransferState::Pending:
    case TransferState::Unknown:
    case TransferState::Refunding:
        return QColor(0xff, 0xf4, 0xcc);
    }
    return {};
}

QString HistoryText::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("\u2014");
    const QDateTime ist = utc.toTimeZone(history::IstDay::zone());
    return tr("%1 IST").arg(shownDateTime(ist));
}

QString HistoryText::money(Money amount)
{
    return MoneyFormatter::format(amount, language());
}

QString HistoryText::money(const std::optional<Money>& amount)
{
    return amount ? money(*amount) : QStringLiteral("\u2014");
}

QString HistoryText::orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

int HistoryText::numerus(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
}

QString HistoryText::groupCount(QString translated, qint64 count)
{
    // Below 1,000 grouping changes nothing; from there the plain digits are
    // four or more long and cannot be mistaken for a "%1" still to be filled.
    const QString plain = QString::number(numerus(count));
    const QString grouped = MoneyFormatter::formatCount(numerus(count), language());
    if (plain == grouped)
        return translated;
    const qsizetype at = translated.indexOf(plain);
    if (at >= 0)
        translated.replace(at, plain.size(), grouped);
    return translated;
}

QString HistoryText::transferCount(qint64 count)
{
    return groupCount(tr("%n transfer(s)", nullptr, numerus(count)), count);
}

QString HistoryText::match(journal::SearchMatch match, const journal::Transfer& t)
{
    using journal::SearchMatch;
    switch (match) {
    case SearchMatch::Tid:
        return tr("TID %1").arg(t.tid);
    case SearchMatch::ClientRef:
        return tr("reference %1").arg(t.clientRefId);
    case SearchMatch::Utr:
        return tr("UTR %1").arg(t.bankRefNum);
    case SearchMatch::Mobile:
        return tr("customer mobile %1").arg(t.senderMobile);
    case SearchMatch::AccountTail:
        return tr("account ending %1").arg(AccountMask::tail(t.recipientAccountMasked));
    case SearchMatch::Amount:
        return tr("amount %1").arg(money(t.amount));
    case SearchMatch::Name:
        return tr("a name");
    case SearchMatch::None:
        return {};
    }
    return {};
}

QString HistoryText::matchMarker(journal::SearchMatch m, const journal::Transfer& t)
{
    if (m == journal::SearchMatch::None)
        return {};
    //: %1 what matched, e.g. "TID 1234567890" (HistoryText::match)
    return journal::isExactMatch(m) ? tr("Exact match: %1").arg(match(m, t))
                                    //: %1 what matched, e.g. "account ending 7890": not the same transfer
                                    : tr("Similar: %1").arg(match(m, t));
}

DisplayLanguage HistoryText::language()
{
    // The agent's screens follow the UI language LanguageManager installed.
    return QLocale().language() == QLocale::Hindi ? DisplayLanguage::Hindi : DisplayLanguage::English;
}

} // namespace counterdesk::ui
