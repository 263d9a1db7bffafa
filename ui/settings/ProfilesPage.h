// ProfilesPage: the settings page of connection profiles: the list
// (Training, UAT, Production, custom ones), one profile's fields and keys,
// "Use this profile" and "Test connection".
//
// Profiles are saved by their own button rather than by the dialog's Save:
// saving one writes keys to the keychain, which the agent should see happen
// (and where they went) for that profile, not for "everything".
#pragma once

#include "SettingsContext.h"
#include "profile/ConnectionCheck.h"
#include "secrets/SecretKind.h"

#include <QList>
#include <QWidget>
#include <utility>

class QListWidget;
class QPushButton;

namespace counterdesk::ui {

class MessageWidget;
class ProfileForm;

class ProfilesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesPage(const SettingsContext& context, QWidget* parent = nullptr);
    ~ProfilesPage() override;

    // Selects a profile by name (tests, and the dialog opening on the active one).
    bool selectProfile(const QString& name);
    ProfileForm* form() const { return m_form; }
    MessageWidget* messages() const { return m_messages; }

    void saveProfile();
    void testConnection();
    void useProfile();

Q_SIGNALS:
    void activeProfileChanged(const QString& name);
    void profileSaved(const QString& name);
    void secretsSaved(const QString& statusText);
    void connectionTested(const counterdesk::profile::ConnectionCheckResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadList(const QString& select);
    void showSelected();
    void newProfile();
    void removeProfile();
    void showSecretSource();
    void writeKeys(const QString& profileName, QList<std::pair<secrets::SecretKind, QByteArray>> typed);
    void showTestResult(const profile::ConnectionCheckResult& result);
    void updateButtons();

    SettingsContext m_context;
    QListWidget* m_list = nullptr;
    ProfileForm* m_form = nullptr;
    MessageWidget* m_messages = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_test = nullptr;
    profile::ConnectionCheck* m_check = nullptr;
    bool m_editingNew = false;
};

} // namespace counterdesk::ui
