#include "receipt/ReceiptValues.h"

#include "money/MobileNumber.h"

#include <QTimeZone>

namespace counterdesk {

namespace {

constexpr int kIstOffsetSeconds = 5 * 3600 + 30 * 60;
const QString kBullets4 = QStringLiteral("\u2022\u2022\u2022\u2022");

} // namespace

QString ReceiptValues::istDateTime(const QDateTime& when)
{
    if (!when.isValid())
        return QStringLiteral("\u2014");
    // A PC without zone data (some Windows builds) still gets IST: it has had
    // no daylight saving since 1945, so the fixed offset is exact.
    QTimeZone ist(QByteArrayLiteral("Asia/Kolkata"));
    if (!ist.isValid())
        ist = QTimeZone(kIstOffsetSeconds);
    return when.toTimeZone(ist).toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")) + QStringLiteral(" IST");
}

QString ReceiptValues::maskedMobile(const QString& mobile)
{
    const MobileNumberParseResult parsed = MobileNumber::parse(mobile);
    if (parsed.ok())
        return parsed.value->masked();
    if (mobile.trimmed().isEmpty())
        return QStringLiteral("\u2014");
    return kBullets4 + mobile.trimmed().right(4);
}

QString ReceiptValues::maskedAccount(const QString& masked)
{
    const QString text = masked.trimmed();
    if (text.isEmpty())
        return QStringLiteral("\u2014");
    // Whatever Eko or the journal masked with, only the tail is shown.
    return kBullets4 + text.right(4);
}

QString ReceiptValues::productName(journal::Rail rail)
{
    switch (rail) {
    case journal::Rail::DigiKhata:
        return QStringLiteral("PPI DigiKhata");
    case journal::Rail::Levin:
        return QStringLiteral("PPI Levin");
    }
    return QStringLiteral("PPI");
}

bool ReceiptValues::isProvisional(journal::TransferState state)
{
    return !journal::isFinal(state);
}

bool ReceiptValues::isTraining(const journal::Transfer& transfer)
{
    return transfer.profileKind == domain::ProfileKind::Training;
}

} // namespace counterdesk
