#include "SettingsDialog.h"

#include "CounterPage.h"
#include "ProfilesPage.h"
#include "SecurityPage.h"
#include "settings/Settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace counterdesk::ui {

SettingsDialog::SettingsDialog(const SettingsContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_profiles = new ProfilesPage(context, m_tabs);
    m_counter = new CounterPage(*context.settings, m_tabs);
    m_security = new SecurityPage(*context.settings, *context.pinGuard, m_tabs);
    m_tabs->addTab(m_profiles, QString());
    m_tabs->addTab(m_counter, QString());
    m_tabs->addTab(m_security, QString());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSave"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("settingsClose"));
    // Enter in a field must not close the dialog with half-typed values.
    for (QAbstractButton* b : m_buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(b))
            push->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profiles, &ProfilesPage::activeProfileChanged, this, &SettingsDialog::activeProfileChanged);
    retranslateUi();
    resize(820, 560);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

void SettingsDialog::save()
{
    m_counter->save();
    m_security->save();
    m_context.settings->sync();
    Q_EMIT settingsSaved();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("CounterDesk settings"));
    m_tabs->setTabText(0, tr("C&onnection"));
    m_tabs->setTabText(1, tr("Coun&ter"));
    m_tabs->setTabText(2, tr("Securit&y"));
    m_tabs->setAccessibleName(tr("Settings pages"));
}

} // namespace counterdesk::ui
