// BankApi: Eko's bank look-ups - Get IFSC Details (rtid 414) and Get Bank
// Details (rtid 466), both answering 467 "Please provide valid bank details"
// for what they do not know.
//
// The banks are data (resources/sandbox/banks.json, :/sandbox/banks.json):
// one of each kind an agent meets, and a leased "sublet" IFSC whose bank is
// not the one its first four letters name. Add Recipient asks bankForIfsc()
// so a bank_id that is not the IFSC's bank is refused, as Eko does (508).
#pragma once

#include "ApiContext.h"

#include <optional>

namespace counterdesk::sandbox::BankApi {

struct Bank
{
    qint64 bankId = 0;
    QString code;
    QString name;
    int availableChannels = 0; // 0 both, 1 NEFT only, 2 IMPS only
    bool verificationAvailable = false;
    int ifscStatus = 0;
};

QJsonObject getIfscDetails(ApiContext& ctx, const ApiCall& call);
QJsonObject getBankDetails(ApiContext& ctx, const ApiCall& call);
// Verify Bank Account: the name the bank holds for an account (banks.json's
// account_holders), rtid 61 with the endpoint table's fee; 350 for an account
// the bank names nobody for; 1796 where the bank has no verification.
QJsonObject verifyBankAccount(ApiContext& ctx, const ApiCall& call);

// The bank holding accounts at this IFSC, if the sandbox knows it.
std::optional<Bank> bankForIfsc(const QString& ifsc);

} // namespace counterdesk::sandbox::BankApi
