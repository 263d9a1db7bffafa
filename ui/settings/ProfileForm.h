// ProfileForm: the fields of one connection profile and its secrets, shared
// by the settings dialog and the first-run setup so both check the same way.
//
// An Eko profile shows the Eko identity and the two keys; a Gateway profile
// (a counter of the partner's counterdesk-gateway) shows the counter ID, the
// counter secret and the partner's CA file instead, and no Eko field at all.
// A profile the agent made can switch between the two (profileKind).
//
// Secrets are only ever typed here, shown as dots, and handed to SecretStore
// by the caller; this form never stores them anywhere.
#pragma once

#include "eko/EkoTypes.h"
#include "profile/ConnectionProfile.h"
#include "secrets/SecretKind.h"

#include <QByteArray>
#include <QList>
#include <QWidget>
#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QSpinBox;

namespace counterdesk::ui {

class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget* parent = nullptr);
    ~ProfileForm() override;

    void setProfile(const profile::ConnectionProfile& profile);
    // The edited profile (kind and name as set; fields as typed).
    profile::ConnectionProfile profile() const;
    // Empty when the fields can be saved; otherwise what to fix, in words.
    QString validationError() const;

    QString developerKey() const;
    QByteArray accessKey() const;
    QByteArray counterSecret() const;
    bool hasTypedKeys() const;
    // The secrets typed for the profile's kind (empty fields left out), for
    // SecretStore::write.
    QList<std::pair<secrets::SecretKind, QByteArray>> typedSecrets() const;
    // The typed secrets as credentials, for a connection test before saving.
    eko::Credentials typedCredentials() const;
    // First run: no key is saved yet, so "leave empty to keep" would mislead.
    void setKeysRequired(bool required);
    void clearKeys();
    // Where the keys are kept ("saved in the system keychain"...): plain text.
    void setSecretStatus(const QString& text);
    QString secretStatus() const;

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void browseEndpoints();
    void browseCaFile();
    void kindChosen();
    void showRowsForKind();

    profile::ConnectionProfile m_profile;
    QLabel* m_note = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLineEdit* m_initiatorId = nullptr;
    QLineEdit* m_userCode = nullptr;
    QComboBox* m_rail = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLineEdit* m_endpoints = nullptr;
    QToolButton* m_browseEndpoints = nullptr;
    QLineEdit* m_latlong = nullptr;
    QLineEdit* m_developerKey = nullptr;
    QLineEdit* m_accessKey = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_counterId = nullptr;
    QLineEdit* m_counterSecret = nullptr;
    QLineEdit* m_caFile = nullptr;
    QToolButton* m_browseCaFile = nullptr;
    QFormLayout* m_rows = nullptr;
    QLabel* m_secretStatus = nullptr;
    QList<QLabel*> m_labels;
    bool m_keysRequired = false;
};

} // namespace counterdesk::ui
