// CustomerDisplayFeed: follows one transfer for the customer display.
//
// The wizard does not know the display exists: the main window hands the
// wizard's TransferContext to follow(), and the feed turns every change of
// it into a CustomerScreen (screenChanged() only when what the customer sees
// changed). When the transfer window goes away (follow(nullptr), or the
// context is destroyed) the screen is the welcome again.
#pragma once

#include "CustomerScreen.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace counterdesk::ui {

class TransferContext;

class CustomerDisplayFeed : public QObject
{
    Q_OBJECT
public:
    explicit CustomerDisplayFeed(QObject* parent = nullptr);

    // Follows `context` from now on (null: none, the welcome screen).
    void follow(TransferContext* context);
    const CustomerScreen& screen() const { return m_screen; }

Q_SIGNALS:
    void screenChanged(const counterdesk::ui::CustomerScreen& screen);

private:
    void update();
    void setScreen(const CustomerScreen& screen);

    QPointer<TransferContext> m_context;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_destroyed;
    CustomerScreen m_screen;
};

} // namespace counterdesk::ui
