// SettingsDialog: Connection profiles, Counter and Security on three tabs.
//
// Save applies the Counter and Security tabs; profiles and the PIN are saved
// by their own buttons on their tab (see ProfilesPage, SecurityPage).
#pragma once

#include "SettingsContext.h"

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace counterdesk::ui {

class CounterPage;
class ProfilesPage;
class SecurityPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Profiles, Counter, Security };

    explicit SettingsDialog(const SettingsContext& context, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    ProfilesPage* profilesPage() const { return m_profiles; }
    CounterPage* counterPage() const { return m_counter; }
    SecurityPage* securityPage() const { return m_security; }

    void save();

Q_SIGNALS:
    // The lead reconnects the client / restarts training when this fires.
    void activeProfileChanged(const QString& name);
    // After Save: idle-lock minutes, PIN requirement, receipt settings changed.
    void settingsSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    SettingsContext m_context;
    QTabWidget* m_tabs = nullptr;
    ProfilesPage* m_profiles = nullptr;
    CounterPage* m_counter = nullptr;
    SecurityPage* m_security = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace counterdesk::ui
