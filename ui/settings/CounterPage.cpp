#include "CounterPage.h"

#include "LanguageManager.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace counterdesk::ui {

CounterPage::CounterPage(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("counterPage"));
    m_shopName = new QLineEdit(this);
    m_shopName->setObjectName(QStringLiteral("counterShopName"));
    m_shopAddress = new QPlainTextEdit(this);
    m_shopAddress->setObjectName(QStringLiteral("counterShopAddress"));
    m_shopAddress->setTabChangesFocus(true); // keyboard users must be able to leave it
    m_shopAddress->setMaximumHeight(m_shopAddress->fontMetrics().lineSpacing() * 4 + 12);
    m_agentCode = new QLineEdit(this);
    m_agentCode->setObjectName(QStringLiteral("counterAgentCode"));
    m_receiptLanguage = new QComboBox(this);
    m_receiptLanguage->setObjectName(QStringLiteral("counterReceiptLanguage"));
    // Each language in its own script, as the language menu shows it.
    for (const LanguageManager::Language& language : LanguageManager::availableLanguages())
        m_receiptLanguage->addItem(language.nativeName, language.code);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("counterReceiptPaper"));
    for (const char* paper : {"58mm", "80mm", "a4", "letter"})
        m_paper->addItem(QString(), QString::fromLatin1(paper));
    m_armDelay = new QSpinBox(this);
    m_armDelay->setObjectName(QStringLiteral("counterArmDelay"));
    m_armDelay->setRange(0, 10000);
    m_armDelay->setSingleStep(250);

    auto* form = new QFormLayout;
    for (QWidget* field : std::initializer_list<QWidget*>{m_shopName, m_shopAddress, m_agentCode,
                                                          m_receiptLanguage, m_paper, m_armDelay}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    // The rows stay together at the top instead of spreading over the page.
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    retranslateUi();
    load();
}

CounterPage::~CounterPage() = default;

void CounterPage::load()
{
    m_shopName->setText(m_settings.stringValue(SettingKey::ShopName));
    m_shopAddress->setPlainText(m_settings.stringValue(SettingKey::ShopAddress));
    m_agentCode->setText(m_settings.stringValue(SettingKey::AgentCode));
    const int language = m_receiptLanguage->findData(m_settings.stringValue(SettingKey::ReceiptLanguage));
    m_receiptLanguage->setCurrentIndex(qMax(0, language));
    const int paper = m_paper->findData(m_settings.stringValue(SettingKey::ReceiptPaper));
    m_paper->setCurrentIndex(paper >= 0 ? paper : 1);
    m_armDelay->setValue(m_settings.intValue(SettingKey::ConfirmArmDelayMs));
}

void CounterPage::save()
{
    m_settings.setValue(SettingKey::ShopName, m_shopName->text().trimmed());
    m_settings.setValue(SettingKey::ShopAddress, m_shopAddress->toPlainText().trimmed());
    m_settings.setValue(SettingKey::AgentCode, m_agentCode->text().trimmed());
    m_settings.setValue(SettingKey::ReceiptLanguage, m_receiptLanguage->currentData().toString());
    m_settings.setValue(SettingKey::ReceiptPaper, m_paper->currentData().toString());
    m_settings.setValue(SettingKey::ConfirmArmDelayMs, m_armDelay->value());
}

void CounterPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CounterPage::retranslateUi()
{
    const QStringList texts{tr("Shop &name:"),        tr("Shop &address:"),  tr("A&gent code:"),
                            tr("Receipt &language:"), tr("Receipt &paper:"), tr("&Send button waits:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        m_labels.at(i)->setText(texts.at(i));
        m_labels.at(i)->buddy()->setAccessibleName(
            QString(texts.at(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_paper->setItemText(0, tr("58 mm thermal roll"));
    m_paper->setItemText(1, tr("80 mm thermal roll"));
    m_paper->setItemText(2, tr("A4 sheet"));
    m_paper->setItemText(3, tr("Letter sheet"));
    m_armDelay->setSuffix(tr(" ms"));
    m_armDelay->setToolTip(tr("How long the Send button stays disarmed on the confirm page, so a "
                              "double Enter cannot send money by mistake."));
}

} // namespace counterdesk::ui
