// NewTransfer: what is known before the Initiate POST leaves.
//
// Holds otp_ref_id (Eko's handle of the OTP session) and never the OTP
// itself: the OTP is a secret and lives in memory only (DESIGN.md).
#pragma once

#include "domain/ProfileKind.h"
#include "domain/Rail.h"
#include "money/Money.h"

#include <QString>

namespace counterdesk::journal {

using counterdesk::Rail; // domain/Rail.h: the app's one Rail; stored as railStoredName()

struct NewTransfer
{
    QString clientRefId; // fresh, 1-20 chars [0-9A-Za-z_-], unique forever
    Rail rail = Rail::DigiKhata;
    QString profile;                               // the profile's name: "Training", "UAT", "Production", ...
    ProfileKind profileKind = ProfileKind::Custom; // training is known by this, not the name
    QString senderMobile;                          // 10 digits
    QString senderName;
    QString recipientId; // Eko's recipient_id
    QString recipientName;
    QString recipientBank;
    // The full number as the recipient has it: the journal masks it
    // (AccountMask) before anything reaches the disk.
    QString recipientAccount;
    QString recipientIfsc;
    Money amount;    // > 0
    QString channel; // Eko channel code as sent (e.g. "2" IMPS)
    QString otpRefId;
};

} // namespace counterdesk::journal
