// FirstRunWizard: the questions CounterDesk must ask before the first
// transfer, and no more: the language, Training (the default: no keys, no
// real money) or a real Eko connection (then its fields and keys), an
// optional shop name and an optional agent PIN.
//
// Everything else has a sensible default and lives in the settings dialog.
#pragma once

#include "SettingsContext.h"
#include "profile/ConnectionProfile.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace counterdesk::ui {

class MessageWidget;
class ProfileForm;

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { StartPage, ConnectionPage, ShopPage };
    enum class Mode { Training, Uat, Production, Gateway };

    explicit FirstRunWizard(const SettingsContext& context, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // True until a first run has chosen a profile on this PC.
    static bool isNeeded(const Settings& settings);

    Mode mode() const;
    void setMode(Mode mode);
    ProfileForm* profileForm() const { return m_form; }

    int nextId() const override;
    bool validateCurrentPage() override;
    void accept() override;

Q_SIGNALS:
    // The profile the agent chose is now the active one.
    void finishedWithProfile(const QString& name);

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent* event) override;

private:
    QWizardPage* makeStartPage();
    QWizardPage* makeConnectionPage();
    QWizardPage* makeShopPage();
    void retranslateUi();
    void saveConnection();
    profile::ConnectionProfile connectionTemplate() const;
    bool movesRealMoney() const;
    QString chosenProfileName() const;

    SettingsContext m_context;
    QWizardPage* m_start = nullptr;
    QWizardPage* m_connection = nullptr;
    QWizardPage* m_shop = nullptr;
    QLabel* m_welcome = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QRadioButton* m_training = nullptr;
    QRadioButton* m_uat = nullptr;
    QRadioButton* m_production = nullptr;
    QRadioButton* m_gateway = nullptr;
    ProfileForm* m_form = nullptr;
    MessageWidget* m_connectionError = nullptr;
    QLabel* m_shopNameLabel = nullptr;
    QLineEdit* m_shopName = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_repeat = nullptr;
    MessageWidget* m_shopError = nullptr;
    QLabel* m_secretStatus = nullptr;
};

} // namespace counterdesk::ui
