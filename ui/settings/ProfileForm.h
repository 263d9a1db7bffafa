// ProfileForm: the fields of one connection profile and its two keys, shared
// by the settings dialog and the first-run setup so both check the same way.
//
// The keys are only ever typed here, shown as dots, and handed to SecretStore
// by the caller; this form never stores them anywhere.
#pragma once

#include "profile/ConnectionProfile.h"

#include <QWidget>

class QComboBox;
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
    bool hasTypedKeys() const;
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
    QLabel* m_secretStatus = nullptr;
    QList<QLabel*> m_labels;
    bool m_keysRequired = false;
};

} // namespace counterdesk::ui
