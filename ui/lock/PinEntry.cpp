#include "PinEntry.h"

#include "PinText.h"
#include "security/PinGuard.h"
#include "security/SecureZero.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace counterdesk::ui {

PinEntry::PinEntry(security::PinGuard& guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
{
    m_label = new QLabel(this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEntryField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    QFont big = m_pin->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_pin->setFont(big);
    m_pin->setAlignment(Qt::AlignCenter);
    m_label->setBuddy(m_pin);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("pinEntryButton"));
    m_button->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pinEntryStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    // Room for two lines, so the countdown appearing does not move the field.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2 + 4);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(250); // fine enough that the seconds never skip

    auto* row = new QHBoxLayout;
    row->addWidget(m_pin, 1);
    row->addWidget(m_button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_pin, &QLineEdit::returnPressed, this, &PinEntry::submit);
    connect(m_button, &QPushButton::clicked, this, &PinEntry::submit);
    connect(m_countdown, &QTimer::timeout, this, &PinEntry::tick);
    m_actionText = tr("&Unlock");
    retranslateUi();
    reset();
}

PinEntry::~PinEntry()
{
    m_pin->clear();
}

void PinEntry::setActionText(const QString& text)
{
    m_actionText = text;
    retranslateUi();
}

void PinEntry::reset()
{
    m_pin->clear();
    m_status->clear();
    tick();
}

void PinEntry::focusPin()
{
    m_pin->setFocus(Qt::OtherFocusReason);
}

QString PinEntry::statusText() const
{
    return m_status->text();
}

bool PinEntry::isWaiting() const
{
    return m_guard.isLockedOut();
}

void PinEntry::submit()
{
    if (m_guard.isLockedOut()) {
        tick();
        return;
    }
    QString pin = m_pin->text();
    m_pin->clear();
    const security::PinCheck check = m_guard.check(pin);
    security::SecureZero::clear(pin);
    if (check == security::PinCheck::Accepted || check == security::PinCheck::NoPinSet) {
        m_status->clear();
        Q_EMIT accepted();
        return;
    }
    m_status->setText(PinText::refusal(check, m_guard));
    tick();
    focusPin();
}

void PinEntry::tick()
{
    const QDateTime until = m_guard.lockedUntil();
    const bool locked = until.isValid() && m_guard.isLockedOut();
    m_pin->setEnabled(!locked);
    m_button->setEnabled(!locked);
    if (!locked) {
        if (m_countdown->isActive()) {
            m_countdown->stop();
            m_status->setText(tr("You can try again now."));
            focusPin();
        }
        return;
    }
    const qint64 seconds = qMax<qint64>(1, (QDateTime::currentDateTimeUtc().msecsTo(until) + 999) / 1000);
    m_status->setText(PinText::wait(seconds));
    if (!m_countdown->isActive())
        m_countdown->start();
}

void PinEntry::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PinEntry::retranslateUi()
{
    m_label->setText(tr("Agent &PIN:"));
    m_pin->setAccessibleName(tr("Agent PIN"));
    m_pin->setAccessibleDescription(
        tr("The agent's own PIN. After several wrong PINs CounterDesk waits a while "
           "before the next try."));
    m_button->setText(m_actionText);
    m_status->setAccessibleName(tr("PIN status"));
}

} // namespace counterdesk::ui
