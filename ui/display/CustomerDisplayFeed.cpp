#include "CustomerDisplayFeed.h"

#include "wizard/TransferContext.h"

namespace counterdesk::ui {

CustomerDisplayFeed::CustomerDisplayFeed(QObject* parent)
    : QObject(parent)
{}

void CustomerDisplayFeed::follow(TransferContext* context)
{
    disconnect(m_changed);
    disconnect(m_destroyed);
    m_context = context;
    if (context) {
        m_changed = connect(context, &TransferContext::changed, this, &CustomerDisplayFeed::update);
        m_destroyed = connect(context, &QObject::destroyed, this, [this] { setScreen(CustomerScreen()); });
    }
    update();
}

void CustomerDisplayFeed::update()
{
    if (!m_context) {
        setScreen(CustomerScreen());
        return;
    }
    setScreen(CustomerScreen::fromSession(m_context->session(), m_context->customerLanguage(),
                                          m_context->isTraining()));
}

void CustomerDisplayFeed::setScreen(const CustomerScreen& screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    Q_EMIT screenChanged(m_screen);
}

} // namespace counterdesk::ui
