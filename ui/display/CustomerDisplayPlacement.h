// CustomerDisplayPlacement: which screen the customer display fills.
//
// The screen the agent chose (remembered by QScreen::name(), which survives
// a restart and a replug) when it is connected; otherwise the first screen
// that is not the agent's; none when the agent's is the only one, and then
// the display is a normal window. The agent's own screen is never filled:
// a full-screen display there would cover the window the agent works in.
#pragma once

#include <QList>
#include <QString>

class QScreen;

namespace counterdesk::ui {

class CustomerDisplayPlacement
{
public:
    // `screens` as QGuiApplication::screens() lists them (minus one being
    // unplugged); `agentScreen` the screen of the agent's main window.
    static QScreen* screenFor(const QString& chosenName, const QList<QScreen*>& screens,
                              const QScreen* agentScreen);
};

} // namespace counterdesk::ui
