#include "LockScreen.h"

#include "PinEntry.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace counterdesk::ui {

LockScreen::LockScreen(security::PinGuard& guard, QWidget* window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(false);
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    // A fixed width lets the word-wrapped texts know their height; a card
    // that shrinks to its hint made the lines overlap.
    card->setFixedWidth(qMax(440, card->fontMetrics().averageCharWidth() * 48));
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_entry = new PinEntry(guard, card);
    m_entry->setObjectName(QStringLiteral("lockPinEntry"));

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 24, 24, 24);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_hint);
    cardLayout->addWidget(m_entry);

    m_card = card;

    connect(m_entry, &PinEntry::accepted, this, &LockScreen::unlock);
    window->installEventFilter(this);
    hide();
    retranslateUi();
}

LockScreen::~LockScreen()
{
    qApp->removeEventFilter(this);
}

void LockScreen::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    setGeometry(parentWidget()->rect());
    m_entry->reset();
    raise();
    show();
    placeCard();
    qApp->installEventFilter(this);
    m_entry->focusPin();
}

void LockScreen::unlock()
{
    qApp->removeEventFilter(this);
    m_locked = false;
    m_entry->reset();
    hide();
    Q_EMIT unlocked();
}

bool LockScreen::isMine(QObject* object) const
{
    auto* widget = qobject_cast<QWidget*>(object);
    return widget && (widget == this || isAncestorOf(widget));
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    if (!m_locked)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
        // Menu accelerators (Ctrl+N...) would act on the locked console.
        return !isMine(watched);
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
        return watched->isWidgetType() && !isMine(watched);
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool LockScreen::focusNextPrevChild(bool next)
{
    // Tab cycles inside the lock screen; it never reaches the page below.
    QWidget* w = focusWidget();
    for (int i = 0; i < 64 && w; ++i) {
        w = next ? w->nextInFocusChain() : w->previousInFocusChain();
        if (w && isAncestorOf(w) && w->isEnabled() && w->isVisible() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return true;
}

void LockScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeCard();
}

void LockScreen::placeCard()
{
    // Placed by hand: a layout with stretches gave the word-wrapped card no
    // room above it. A third of the way down reads as "centred" on a counter.
    m_card->resize(m_card->width(), m_card->heightForWidth(m_card->width()) > 0
                                        ? m_card->heightForWidth(m_card->width())
                                        : m_card->sizeHint().height());
    const int x = (width() - m_card->width()) / 2;
    const int y = qMax(0, (height() - m_card->height()) / 3);
    m_card->move(qMax(0, x), y);
}

void LockScreen::paintEvent(QPaintEvent*)
{
    // Opaque: nothing of the customer's details may show through.
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(115));
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("CounterDesk is locked"));
    m_hint->setText(tr("Nobody used the console for a while. Type the agent PIN to go on."));
    m_entry->setActionText(tr("&Unlock"));
    setAccessibleName(tr("Console locked"));
}

} // namespace counterdesk::ui
