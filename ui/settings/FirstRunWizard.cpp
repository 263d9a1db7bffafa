#include "FirstRunWizard.h"

#include "LanguageManager.h"
#include "MessageWidget.h"
#include "ProfileForm.h"
#include "SecretText.h"
#include "profile/BuiltInProfiles.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "security/PinGuard.h"
#include "security/PinHash.h"
#include "security/SecureZero.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace counterdesk::ui {

namespace {

MessageWidget* makeProblemBanner(const QString& objectName, QWidget* parent)
{
    auto* banner = new MessageWidget(parent);
    banner->setObjectName(objectName);
    banner->hideMessage();
    return banner;
}

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

void showProblem(MessageWidget* banner, const QString& text)
{
    if (text.isEmpty())
        banner->hideMessage();
    else
        banner->showMessage(text, MessageWidget::Type::Error);
}

} // namespace

FirstRunWizard::FirstRunWizard(const SettingsContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle); // the same on Windows and Linux; screenshots match the help
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(StartPage, makeStartPage());
    setPage(ConnectionPage, makeConnectionPage());
    setPage(ShopPage, makeShopPage());
    setStartId(StartPage);
    retranslateUi();
    resize(720, 560);
}

FirstRunWizard::~FirstRunWizard()
{
    m_pin->clear();
    m_repeat->clear();
}

bool FirstRunWizard::isNeeded(const Settings& settings)
{
    return !settings.isStored(SettingKey::ActiveProfile);
}

QWizardPage* FirstRunWizard::makeStartPage()
{
    m_start = new QWizardPage(this);
    m_start->setObjectName(QStringLiteral("firstRunStart"));
    m_welcome = new QLabel(m_start);
    m_welcome->setWordWrap(true);
    m_languageLabel = new QLabel(m_start);
    m_language = new QComboBox(m_start);
    m_language->setObjectName(QStringLiteral("firstRunLanguage"));
    for (const LanguageManager::Language& language : LanguageManager::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_context.settings->stringValue(SettingKey::UiLanguage))));
    m_languageLabel->setBuddy(m_language);
    m_training = new QRadioButton(m_start);
    m_training->setObjectName(QStringLiteral("firstRunTraining"));
    m_training->setChecked(true);
    m_uat = new QRadioButton(m_start);
    m_uat->setObjectName(QStringLiteral("firstRunUat"));
    m_production = new QRadioButton(m_start);
    m_production->setObjectName(QStringLiteral("firstRunProduction"));
    m_gateway = new QRadioButton(m_start);
    m_gateway->setObjectName(QStringLiteral("firstRunGateway"));

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(m_start);
    layout->addWidget(m_welcome);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_training);
    layout->addWidget(m_uat);
    layout->addWidget(m_production);
    layout->addWidget(m_gateway);
    layout->addStretch();

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        // The screens switch at once, so the rest of the setup is read in the chosen language.
        if (m_context.languages)
            m_context.languages->setLanguage(code);
        else
            m_context.settings->setValue(SettingKey::UiLanguage, code);
    });
    return m_start;
}

QWizardPage* FirstRunWizard::makeConnectionPage()
{
    m_connection = new QWizardPage(this);
    m_connection->setObjectName(QStringLiteral("firstRunConnection"));
    m_form = new ProfileForm(m_connection);
    m_form->setKeysRequired(true);
    m_connectionError = makeProblemBanner(QStringLiteral("firstRunConnectionError"), m_connection);
    auto* layout = new QVBoxLayout(m_connection);
    layout->addWidget(m_connectionError);
    layout->addWidget(m_form);
    return m_connection;
}

QWizardPage* FirstRunWizard::makeShopPage()
{
    m_shop = new QWizardPage(this);
    m_shop->setObjectName(QStringLiteral("firstRunShop"));
    m_shopNameLabel = new QLabel(m_shop);
    m_shopName = new QLineEdit(m_shop);
    m_shopName->setObjectName(QStringLiteral("firstRunShopName"));
    m_shopName->setText(m_context.settings->stringValue(SettingKey::ShopName));
    m_shopNameLabel->setBuddy(m_shopName);
    m_pinLabel = new QLabel(m_shop);
    m_pin = makePinField(QStringLiteral("firstRunPin"), m_shop);
    m_pinLabel->setBuddy(m_pin);
    m_repeatLabel = new QLabel(m_shop);
    m_repeat = makePinField(QStringLiteral("firstRunPinRepeat"), m_shop);
    m_repeatLabel->setBuddy(m_repeat);
    m_shopError = makeProblemBanner(QStringLiteral("firstRunShopError"), m_shop);
    m_secretStatus = new QLabel(m_shop);
    m_secretStatus->setObjectName(QStringLiteral("firstRunSecretStatus"));
    m_secretStatus->setTextFormat(Qt::PlainText);
    m_secretStatus->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_shopNameLabel, m_shopName);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_repeatLabel, m_repeat);
    auto* layout = new QVBoxLayout(m_shop);
    layout->addWidget(m_shopError);
    layout->addLayout(form);
    layout->addWidget(m_secretStatus);
    layout->addStretch();
    return m_shop;
}

FirstRunWizard::Mode FirstRunWizard::mode() const
{
    if (m_uat->isChecked())
        return Mode::Uat;
    if (m_production->isChecked())
        return Mode::Production;
    if (m_gateway->isChecked())
        return Mode::Gateway;
    return Mode::Training;
}

void FirstRunWizard::setMode(Mode mode)
{
    switch (mode) {
    case Mode::Training:
        m_training->setChecked(true);
        return;
    case Mode::Uat:
        m_uat->setChecked(true);
        return;
    case Mode::Production:
        m_production->setChecked(true);
        return;
    case Mode::Gateway:
        m_gateway->setChecked(true);
        return;
    }
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case StartPage:
        return mode() == Mode::Training ? ShopPage : ConnectionPage;
    case ConnectionPage:
        return ShopPage;
    default:
        return -1;
    }
}

void FirstRunWizard::initializePage(int id)
{
    if (id == ConnectionPage) {
        m_form->setProfile(
            m_context.profiles->profile(connectionTemplate().name).value_or(connectionTemplate()));
        showProblem(m_connectionError, {});
    }
    if (id == ShopPage || id == ConnectionPage)
        retranslateUi(); // the PIN hint and the connection page's title depend on the mode
    QWizard::initializePage(id);
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == ConnectionPage) {
        QString problem = m_form->validationError();
        const bool gateway = mode() == Mode::Gateway;
        if (problem.isEmpty() && gateway && m_form->counterSecret().isEmpty())
            problem = tr("Type the counter secret the gateway's administrator gave you.");
        if (problem.isEmpty() && !gateway &&
            (m_form->developerKey().isEmpty() || m_form->accessKey().isEmpty()))
            problem = tr("Type both keys Eko gave you: the developer key and the access key.");
        showProblem(m_connectionError, problem);
        if (!problem.isEmpty())
            return false;
        saveConnection();
    }
    if (currentId() == ShopPage) {
        const QString pin = m_pin->text();
        QString problem;
        if (!pin.isEmpty() && !security::PinHash::isAcceptablePin(pin))
            problem = tr("A PIN is 4 to 8 digits.");
        else if (pin != m_repeat->text())
            problem = tr("The two PINs differ. Type the same PIN twice.");
        else if (pin.isEmpty() && movesRealMoney())
            problem = tr("Real money needs an agent PIN, so nobody else can send from this counter.");
        showProblem(m_shopError, problem);
        if (!problem.isEmpty()) {
            m_pin->clear();
            m_repeat->clear();
            m_pin->setFocus();
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void FirstRunWizard::saveConnection()
{
    const profile::ConnectionProfile p = m_form->profile();
    if (!m_context.profiles->save(p)) {
        showProblem(m_connectionError, tr("The profile could not be saved."));
        return;
    }
    m_context.profiles->sync();
    QList<std::pair<secrets::SecretKind, QByteArray>> typed = m_form->typedSecrets();
    m_form->clearKeys();
    QPointer<QLabel> status(m_secretStatus);
    auto worst = std::make_shared<secrets::SecretWrite>(secrets::SecretWrite::Saved);
    auto left = std::make_shared<int>(int(typed.size()));
    const auto done = [status, worst, left](secrets::SecretWrite result) {
        if (result != secrets::SecretWrite::Saved && *worst != secrets::SecretWrite::Failed)
            *worst = result;
        if (--*left == 0 && status)
            status->setText(SecretText::written(*worst));
    };
    for (auto& [kind, value] : typed) {
        m_context.secrets->write(p.name, kind, value, done);
        security::SecureZero::clear(value);
    }
}

// What the connection page starts from: the built-in UAT or Production
// profile, or a new profile for the partner's gateway.
profile::ConnectionProfile FirstRunWizard::connectionTemplate() const
{
    switch (mode()) {
    case Mode::Training:
    case Mode::Uat:
        return profile::BuiltInProfiles::uat();
    case Mode::Production:
        return profile::BuiltInProfiles::production();
    case Mode::Gateway: {
        profile::ConnectionProfile p;
        p.name = tr("Partner gateway");
        p.kind = ProfileKind::Gateway;
        return p;
    }
    }
    return profile::BuiltInProfiles::uat();
}

// Production and a gateway (which forwards to production) move real money.
bool FirstRunWizard::movesRealMoney() const
{
    return mode() == Mode::Production || mode() == Mode::Gateway;
}

QString FirstRunWizard::chosenProfileName() const
{
    switch (mode()) {
    case Mode::Training:
        return profile::BuiltInProfiles::training().name;
    case Mode::Uat:
    case Mode::Production:
    case Mode::Gateway:
        return m_form->profile().name;
    }
    return {};
}

void FirstRunWizard::accept()
{
    Settings& settings = *m_context.settings;
    settings.setValue(SettingKey::UiLanguage, m_language->currentData().toString());
    const QString shop = m_shopName->text().trimmed();
    if (!shop.isEmpty())
        settings.setValue(SettingKey::ShopName, shop);
    QString pin = m_pin->text();
    m_pin->clear();
    m_repeat->clear();
    if (!pin.isEmpty())
        m_context.pinGuard->setPin(pin);
    security::SecureZero::clear(pin);
    const QString name = chosenProfileName();
    settings.setValue(SettingKey::ActiveProfile, name);
    settings.sync();
    QWizard::accept();
    Q_EMIT finishedWithProfile(name);
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi()
{
    setWindowTitle(tr("Welcome to CounterDesk"));
    m_start->setTitle(tr("Welcome"));
    m_welcome->setText(tr("A few questions before the first customer. Everything can be changed later "
                          "under Settings."));
    m_languageLabel->setText(tr("Screen &language:"));
    m_language->setAccessibleName(tr("Screen language"));
    m_training->setText(tr("Start in &Training: practise with made-up customers. No keys needed, no real "
                           "money moves."));
    m_uat->setText(tr("Connect to Eko &UAT (test server) with my partner keys"));
    m_production->setText(tr("Connect to Eko &Production (real money) with my partner keys"));
    m_gateway->setText(tr("Connect through my partner's &gateway (real money) with a counter ID and secret"));
    if (mode() == Mode::Gateway) {
        m_connection->setTitle(tr("Gateway connection"));
        m_connection->setSubTitle(tr("The details the gateway's administrator gave you. The counter secret "
                                     "goes to the system keychain, never to a file."));
    } else {
        m_connection->setTitle(tr("Eko connection"));
        m_connection->setSubTitle(tr("The details Eko gave your partner. The keys go to the system keychain, "
                                     "never to a file."));
    }
    m_shop->setTitle(tr("Your counter"));
    m_shop->setSubTitle(mode() == Mode::Training
                            ? tr("Both are optional in training.")
                            : tr("The shop name is printed on receipts. The agent PIN locks the console "
                                 "when nobody is at it."));
    m_shopNameLabel->setText(tr("Shop &name (optional):"));
    m_shopName->setAccessibleName(tr("Shop name"));
    m_pinLabel->setText(movesRealMoney() ? tr("Agent &PIN (4–8 digits):")
                                         : tr("Agent &PIN (optional, 4–8 digits):"));
    m_pin->setAccessibleName(tr("Agent PIN"));
    m_repeatLabel->setText(tr("&Repeat PIN:"));
    m_repeat->setAccessibleName(tr("Repeat agent PIN"));
}

} // namespace counterdesk::ui
