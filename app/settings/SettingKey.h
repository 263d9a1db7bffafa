// The keys of CounterDesk's settings. The name, default and scope of each live
// in one table in Settings.cpp, so adding a setting is one enum value plus one
// table row, and a typo in a key string cannot happen at a call site.
//
// Secrets (access key, developer key, OTP, PIN) never get a key here: they
// belong in the OS keychain or in memory only.
#pragma once

namespace counterdesk {

enum class SettingKey {
    UiLanguage,          // "en" or "hi": the language of the screens
    ReceiptLanguage,     // "en" or "hi": the language of printed receipts
    MainWindowGeometry,  // QMainWindow::saveGeometry()
    MainWindowState,     // QMainWindow::saveState(): docks and toolbars
    ActiveProfile,       // connection profile name: "Training", later "UAT", "Production", "Gateway"
    ConfirmArmDelayMs,   // how long the Send button stays disarmed on the confirm page
    IdleLockMinutes,     // lock the console after this many idle minutes; 0 = never
    RequireAgentPin,     // ask for the agent PIN before sending money
    ReceiptPrinter,      // printer name last chosen for receipts; empty = ask
    ShopName,            // printed at the top of every receipt
    ShopAddress,         // printed under the shop name; may hold several lines
    AgentCode,           // the agent's Eko user code, printed on receipts
    ReceiptPaper,        // "58mm", "80mm", "a4" or "letter": the receipt layout
    ReceiptCopies,       // copies per quick print (1 = customer only)
    ReceiptQuickPrint,   // print straight to ReceiptPrinter, no dialog
    LastExportDirectory, // where the last export was saved

    // The customer display (ui/display): open or not, and the QScreen::name()
    // it fills; empty = the first screen that is not the agent's.
    CustomerDisplayShown,
    CustomerDisplayScreen,
};

// Where a value belongs. Agent values describe how the agent likes to work
// and can travel with the settings file to another counter; Local values
// describe this PC (its screen, its printer, its connection) and should not.
enum class SettingScope {
    Agent,
    Local,
};

} // namespace counterdesk
