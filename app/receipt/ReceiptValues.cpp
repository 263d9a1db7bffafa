#include "receipt/ReceiptValues.h"

#include "domain/AccountMask.h"
#include "domain/MobileNumber.h"

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
    // Whatever Eko or an older journal row masked with ("XXXXXX8454"), the
    // one mask shows only the last four digits.
    const QString text = AccountMask::mask(masked);
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QString ReceiptValues::productName(Rail rail)
{
    switch (rail) {
    case Rail::DigiKhata:
        return QStringLiteral("PPI DigiKhata");
    case Rail::Levin:
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
    return transfer.profileKind == ProfileKind::Training;
}

} // namespace counterdesk
