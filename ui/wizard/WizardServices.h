// WizardServices: everything TransferWizard::create() needs from the main
// window. The wizard owns none of it: the client, the journal and the
// network outlive every transfer, so one wizard closing cannot cut off a
// reconciliation that is still running.
#pragma once

#include "eko/EkoClient.h"
#include "money/DisplayLanguage.h"
#include "transfer/SessionOptions.h"

namespace counterdesk {
class Settings;
}
namespace counterdesk::journal {
class Journal;
}
namespace counterdesk::security {
class PinGuard;
}
namespace counterdesk::transfer {
class Reconciler;
}

namespace counterdesk::ui {

struct WizardServices
{
    eko::EkoClient* client = nullptr;                    // required
    journal::Journal* journal = nullptr;                 // required, already open
    transfer::Reconciler* reconciler = nullptr;          // required: the one asker of open results
    transfer::SessionOptions sessionOptions;             // rail is the wizard's default wallet
    bool training = false;                               // shows TRAINING on every page
    int confirmArmDelayMs = 1500;                        // SettingKey::ConfirmArmDelayMs; tests pass 0
    DisplayLanguage language = DisplayLanguage::English; // words of amounts
    // The customer's language at the start of each transfer (the customer
    // display's), one of i18n::languages(); the agent changes it per
    // transfer on the Customer page. From SettingKey::ReceiptLanguage.
    QString customerLanguage = QStringLiteral("en");
    // Agent PIN before every Send (SettingKey::RequireAgentPin), checked
    // through the main window's PinGuard; no guard or no PIN set = no prompt.
    bool requireAgentPin = false;
    // For the receipt view on the result page (shop name, paper, printer);
    // null = the page lists the receipt's fields but cannot print.
    Settings* settings = nullptr;
    security::PinGuard* pinGuard = nullptr;

    // Fills the agent's preferences (arm delay, languages) from the settings.
    void readSettings(const Settings& agentSettings);
};

} // namespace counterdesk::ui
