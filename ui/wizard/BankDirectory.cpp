#include "BankDirectory.h"

#include <array>

namespace counterdesk::ui {

namespace {

struct Row
{
    const char* code;
    qint64 bankId;
    const char* name;
};

// Eko's bank_id of the banks the sandbox and our first partners use
// (resources/sandbox/seed.json holds the same numbers).
constexpr std::array<Row, 6> kBanks{{
    {"SBIN", 108, "State Bank of India"},
    {"HDFC", 56, "HDFC Bank"},
    {"ICIC", 12, "ICICI Bank"},
    {"UCBA", 151, "UCO Bank"},
    {"PUNB", 11, "Punjab National Bank"},
    {"BARB", 9, "Bank of Baroda"},
}};

} // namespace

BankDirectory::Bank BankDirectory::forIfsc(const QString& ifsc)
{
    const QString code = ifsc.trimmed().left(4).toUpper();
    for (const Row& row : kBanks) {
        if (code == QLatin1String(row.code))
            return {row.bankId, QString::fromLatin1(row.name)};
    }
    return {};
}

} // namespace counterdesk::ui
