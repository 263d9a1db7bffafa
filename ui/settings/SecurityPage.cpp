#include "SecurityPage.h"

#include "MessageWidget.h"
#include "lock/PinText.h"
#include "security/PinGuard.h"
#include "security/PinHash.h"
#include "security/SecureZero.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace counterdesk::ui {

namespace {

QLineEdit* makePinField(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(8);
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
    return edit;
}

} // namespace

SecurityPage::SecurityPage(Settings& settings, security::PinGuard& pinGuard, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_pinGuard(pinGuard)
{
    setObjectName(QStringLiteral("securityPage"));
    m_messages = new MessageWidget(this);
    m_messages->setObjectName(QStringLiteral("securityMessages"));
    m_pinState = new QLabel(this);
    m_pinState->setObjectName(QStringLiteral("securityPinState"));
    m_pinState->setWordWrap(true);
    m_currentPin = makePinField(QStringLiteral("securityCurrentPin"), this);
    m_newPin = makePinField(QStringLiteral("securityNewPin"), this);
    m_repeatPin = makePinField(QStringLiteral("securityRepeatPin"), this);
    m_setPin = new QPushButton(this);
    m_setPin->setObjectName(QStringLiteral("securitySetPin"));
    m_setPin->setAutoDefault(false);
    m_removePin = new QPushButton(this);
    m_removePin->setObjectName(QStringLiteral("securityRemovePin"));
    m_removePin->setAutoDefault(false);
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("securityIdleMinutes"));
    m_idleMinutes->setRange(0, 240);
    m_requirePin = new QCheckBox(this);
    m_requirePin->setObjectName(QStringLiteral("securityRequirePin"));

    auto* pinButtons = new QHBoxLayout;
    pinButtons->addWidget(m_setPin);
    pinButtons->addWidget(m_removePin);
    pinButtons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(m_pinState);
    for (QWidget* field : std::initializer_list<QWidget*>{m_currentPin, m_newPin, m_repeatPin}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    form->addRow(pinButtons);
    auto* idleLabel = new QLabel(this);
    idleLabel->setBuddy(m_idleMinutes);
    m_labels << idleLabel;
    form->addRow(idleLabel, m_idleMinutes);
    form->addRow(m_requirePin);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_setPin, &QPushButton::clicked, this, &SecurityPage::setPin);
    connect(m_removePin, &QPushButton::clicked, this, &SecurityPage::removePin);
    connect(m_repeatPin, &QLineEdit::returnPressed, this, &SecurityPage::setPin);

    retranslateUi();
    load();
}

SecurityPage::~SecurityPage()
{
    clearPinFields();
}

void SecurityPage::load()
{
    m_idleMinutes->setValue(m_settings.intValue(SettingKey::IdleLockMinutes));
    m_requirePin->setChecked(m_settings.boolValue(SettingKey::RequireAgentPin));
    updateState();
}

void SecurityPage::save()
{
    m_settings.setValue(SettingKey::IdleLockMinutes, m_idleMinutes->value());
    m_settings.setValue(SettingKey::RequireAgentPin, m_requirePin->isChecked() && m_pinGuard.hasPin());
}

bool SecurityPage::currentPinAccepted()
{
    if (!m_pinGuard.hasPin())
        return true;
    QString pin = m_currentPin->text();
    const security::PinCheck check = m_pinGuard.check(pin);
    security::SecureZero::clear(pin);
    m_currentPin->clear();
    if (check == security::PinCheck::Accepted || check == security::PinCheck::NoPinSet)
        return true;
    m_messages->showMessage(PinText::refusal(check, m_pinGuard), MessageWidget::Type::Error);
    m_currentPin->setFocus();
    return false;
}

void SecurityPage::setPin()
{
    QString pin = m_newPin->text();
    QString repeat = m_repeatPin->text();
    const bool same = pin == repeat;
    security::SecureZero::clear(repeat);
    if (!security::PinHash::isAcceptablePin(pin) || !same) {
        security::SecureZero::clear(pin);
        m_messages->showMessage(!same ? tr("The two new PINs differ. Type the same PIN twice.")
                                      : tr("A PIN is 4 to 8 digits."),
                                MessageWidget::Type::Error);
        clearPinFields();
        m_newPin->setFocus();
        return;
    }
    const bool hadPin = m_pinGuard.hasPin();
    if (!currentPinAccepted()) {
        security::SecureZero::clear(pin);
        clearPinFields();
        return;
    }
    const bool ok = m_pinGuard.setPin(pin);
    security::SecureZero::clear(pin);
    clearPinFields();
    m_messages->showMessage(ok ? (hadPin ? tr("The agent PIN was changed.") : tr("The agent PIN is set."))
                               : tr("The PIN could not be stored. Nothing changed."),
                            ok ? MessageWidget::Type::Positive : MessageWidget::Type::Error);
    updateState();
    Q_EMIT pinChanged(m_pinGuard.hasPin());
}

void SecurityPage::removePin()
{
    if (!m_pinGuard.hasPin())
        return;
    if (!currentPinAccepted()) {
        clearPinFields();
        return;
    }
    m_pinGuard.clearPin();
    clearPinFields();
    m_requirePin->setChecked(false);
    m_messages->showMessage(tr("The agent PIN was removed. The console no longer locks."),
                            MessageWidget::Type::Information);
    updateState();
    Q_EMIT pinChanged(false);
}

void SecurityPage::clearPinFields()
{
    // QLineEdit keeps its own copy; clear() is the most the widget allows.
    m_currentPin->clear();
    m_newPin->clear();
    m_repeatPin->clear();
}

void SecurityPage::updateState()
{
    const bool hasPin = m_pinGuard.hasPin();
    m_pinState->setText(hasPin ? tr("An agent PIN is set.")
                               : tr("No agent PIN is set. Without one the console cannot lock."));
    m_currentPin->setEnabled(hasPin);
    m_labels.at(0)->setEnabled(hasPin);
    m_removePin->setEnabled(hasPin);
    m_setPin->setText(hasPin ? tr("&Change PIN") : tr("&Set PIN"));
    m_requirePin->setEnabled(hasPin);
    m_idleMinutes->setEnabled(hasPin);
}

void SecurityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SecurityPage::retranslateUi()
{
    const QStringList texts{tr("C&urrent PIN:"), tr("N&ew PIN (4–8 digits):"), tr("Re&peat new PIN:"),
                            tr("&Lock after idle:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        m_labels.at(i)->setText(texts.at(i));
        m_labels.at(i)->buddy()->setAccessibleName(
            QString(texts.at(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_removePin->setText(tr("&Remove PIN"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_requirePin->setText(tr("Ask for the PIN before each transfer is &sent"));
    m_requirePin->setAccessibleName(m_requirePin->text().remove(QLatin1Char('&')));
    updateState();
}

} // namespace counterdesk::ui
