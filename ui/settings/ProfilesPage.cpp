#include "ProfilesPage.h"

#include "ConnectionTestText.h"
#include "MessageWidget.h"
#include "ProfileForm.h"
#include "SecretText.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "security/SecureZero.h"
#include "settings/Settings.h"
#include "text/ProfileNameText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace counterdesk::ui {

namespace {

QPushButton* makeButton(const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

ProfilesPage::ProfilesPage(const SettingsContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("profilesPage"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMaximumWidth(220);
    m_form = new ProfileForm(this);
    m_messages = new MessageWidget(this);
    m_messages->setObjectName(QStringLiteral("profileMessages"));
    m_new = makeButton(QStringLiteral("profileNew"), this);
    m_remove = makeButton(QStringLiteral("profileRemove"), this);
    m_save = makeButton(QStringLiteral("profileSave"), this);
    m_use = makeButton(QStringLiteral("profileUse"), this);
    m_test = makeButton(QStringLiteral("profileTest"), this);
    m_check = new profile::ConnectionCheck(this);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addWidget(m_new);
    left->addWidget(m_remove);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch();
    actions->addWidget(m_use);
    actions->addWidget(m_save);

    auto* right = new QVBoxLayout;
    right->addWidget(m_form, 1);
    right->addLayout(actions);

    auto* top = new QHBoxLayout;
    top->addLayout(left);
    top->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &ProfilesPage::newProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesPage::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfilesPage::saveProfile);
    connect(m_use, &QPushButton::clicked, this, &ProfilesPage::useProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfilesPage::testConnection);
    connect(m_check, &profile::ConnectionCheck::finished, this, &ProfilesPage::showTestResult);

    retranslateUi();
    reloadList(m_context.settings->stringValue(SettingKey::ActiveProfile));
}

ProfilesPage::~ProfilesPage() = default;

bool ProfilesPage::selectProfile(const QString& name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ProfilesPage::reloadList(const QString& select)
{
    const QString active = m_context.settings->stringValue(SettingKey::ActiveProfile);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const profile::ConnectionProfile& p : m_context.profiles->profiles()) {
        const QString shown = shownProfileName(p.name);
        auto* item = new QListWidgetItem(p.name == active ? tr("%1 (in use)").arg(shown) : shown, m_list);
        item->setData(Qt::UserRole, p.name);
    }
    m_editingNew = false;
    if (!selectProfile(select) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void ProfilesPage::showSelected()
{
    m_editingNew = false;
    if (QListWidgetItem* item = m_list->currentItem()) {
        if (const auto p = m_context.profiles->profile(item->data(Qt::UserRole).toString()))
            m_form->setProfile(*p);
    }
    showSecretSource();
    updateButtons();
}

void ProfilesPage::newProfile()
{
    profile::ConnectionProfile p;
    p.kind = ProfileKind::Custom;
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_form->setProfile(p);
    m_editingNew = true;
    m_messages->showMessage(tr("Type a name and the server details, then Save profile."),
                            MessageWidget::Type::Information);
    updateButtons();
    m_form->setFocus();
}

void ProfilesPage::removeProfile()
{
    const profile::ConnectionProfile p = m_form->profile();
    if (p.isTraining())
        return;
    m_context.profiles->remove(p.name);
    m_context.profiles->sync();
    const QString name = p.name;
    // Every kind: the profile may have changed kind since a secret was saved.
    for (const secrets::SecretKind kind : {secrets::SecretKind::DeveloperKey, secrets::SecretKind::AccessKey,
                                           secrets::SecretKind::CounterSecret})
        m_context.secrets->remove(name, kind, [](bool) {});
    m_messages->showMessage(
        p.isUserMade() ? tr("Profile %1 and its keys were removed.").arg(name)
                       : tr("Profile %1 is back to its built-in values; its keys were removed.").arg(name),
        MessageWidget::Type::Information);
    reloadList(p.isUserMade() ? QString() : name);
}

void ProfilesPage::saveProfile()
{
    const QString problem = m_form->validationError();
    if (!problem.isEmpty()) {
        m_messages->showMessage(problem, MessageWidget::Type::Error);
        return;
    }
    const profile::ConnectionProfile p = m_form->profile();
    if (m_editingNew && m_context.profiles->profile(p.name)) {
        m_messages->showMessage(tr("A profile named %1 already exists. Choose another name.").arg(p.name),
                                MessageWidget::Type::Error);
        return;
    }
    if (!m_context.profiles->save(p)) {
        m_messages->showMessage(tr("The profile could not be saved."), MessageWidget::Type::Error);
        return;
    }
    m_context.profiles->sync();
    const bool keys = m_form->hasTypedKeys();
    if (keys)
        writeKeys(p.name, m_form->typedSecrets());
    m_form->clearKeys();
    m_messages->showMessage(keys ? tr("Profile %1 saved. Saving its keys…").arg(shownProfileName(p.name))
                                 : tr("Profile %1 saved.").arg(shownProfileName(p.name)),
                            MessageWidget::Type::Positive);
    reloadList(p.name);
    Q_EMIT profileSaved(p.name);
}

void ProfilesPage::writeKeys(const QString& profileName,
                             QList<std::pair<secrets::SecretKind, QByteArray>> typed)
{
    // The worst of the two writes is what the agent must hear about.
    struct Pending
    {
        int left = 0;
        secrets::SecretWrite worst = secrets::SecretWrite::Saved;
    };
    auto pending = std::make_shared<Pending>();
    QPointer<ProfilesPage> self(this);
    const auto done = [self, pending, profileName](secrets::SecretWrite result) {
        const auto rank = [](secrets::SecretWrite w) {
            return w == secrets::SecretWrite::Saved ? 0 : w == secrets::SecretWrite::SessionOnly ? 1 : 2;
        };
        if (rank(result) > rank(pending->worst))
            pending->worst = result;
        if (--pending->left > 0 || !self)
            return;
        const QString text = SecretText::written(pending->worst);
        self->m_form->setSecretStatus(text);
        self->m_messages->showMessage(tr("Profile %1 saved. %2").arg(profileName, text),
                                      pending->worst == secrets::SecretWrite::Saved
                                          ? MessageWidget::Type::Positive
                                          : MessageWidget::Type::Warning);
        Q_EMIT self->secretsSaved(text);
    };
    pending->left = int(typed.size());
    for (auto& [kind, value] : typed) {
        m_context.secrets->write(profileName, kind, value, done);
        security::SecureZero::clear(value);
    }
}

void ProfilesPage::showSecretSource()
{
    const profile::ConnectionProfile p = m_form->profile();
    if (!p.needsSecrets() || m_editingNew) {
        m_form->setSecretStatus({});
        return;
    }
    QPointer<ProfilesPage> self(this);
    const QString name = p.name;
    // The access key, or a gateway counter's secret: the one that signs.
    const secrets::SecretKind kind = p.secretKinds().constLast();
    m_context.secrets->read(name, kind, [self, name, kind](const secrets::SecretRead& r) {
        QByteArray value = r.value;
        security::SecureZero::clear(value); // only where it lives is shown
        if (self && self->m_form->profile().name == name)
            self->m_form->setSecretStatus(SecretText::source(r.source, kind));
    });
}

void ProfilesPage::useProfile()
{
    const profile::ConnectionProfile p = m_form->profile();
    if (m_editingNew || !m_context.profiles->profile(p.name)) {
        m_messages->showMessage(tr("Save the profile first."), MessageWidget::Type::Error);
        return;
    }
    m_context.settings->setValue(SettingKey::ActiveProfile, p.name);
    m_context.settings->sync();
    m_messages->showMessage(tr("CounterDesk now uses the %1 profile.").arg(shownProfileName(p.name)),
                            MessageWidget::Type::Positive);
    reloadList(p.name);
    Q_EMIT activeProfileChanged(p.name);
}

void ProfilesPage::testConnection()
{
    const profile::ConnectionProfile p = m_form->profile();
    if (const QString problem = m_form->validationError(); !problem.isEmpty()) {
        m_messages->showMessage(problem, MessageWidget::Type::Error);
        return;
    }
    m_test->setEnabled(false);
    m_messages->showMessage(tr("Testing the connection…"), MessageWidget::Type::Information);
    // Keys typed but not saved yet are tested as typed; the rest come from
    // the keychain, so a profile can be tried before its keys are kept.
    eko::Credentials typed = m_form->typedCredentials();
    m_check->start(profile::ClientFactory(m_context.secrets, m_context.network), p, m_context.sandboxBaseUrl,
                   std::move(typed));
}

void ProfilesPage::showTestResult(const profile::ConnectionCheckResult& result)
{
    m_test->setEnabled(true);
    QString text = ConnectionTestText::describe(result);
    if (result.status == profile::ConnectionCheckResult::Status::NotConfigured &&
        result.configError == profile::ClientConfigError::NoBaseUrl && result.profile.isTraining())
        text = tr("The training simulator is not running yet. Close this window and try again in a moment.");
    m_messages->showMessage(text, ConnectionTestText::messageType(result));
    Q_EMIT connectionTested(result);
}

void ProfilesPage::updateButtons()
{
    const profile::ConnectionProfile p = m_form->profile();
    m_remove->setEnabled(!m_editingNew && !p.isTraining());
    m_remove->setText(p.isUserMade() ? tr("&Remove profile") : tr("&Reset to built-in"));
    m_use->setEnabled(!m_editingNew);
}

void ProfilesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfilesPage::retranslateUi()
{
    m_list->setAccessibleName(tr("Connection profiles"));
    m_new->setText(tr("&New profile"));
    m_save->setText(tr("&Save profile"));
    m_use->setText(tr("Use this &profile"));
    m_test->setText(tr("&Test connection"));
    m_test->setAccessibleDescription(
        tr("Makes one harmless signed call to the server and explains the result"));
    updateButtons();
}

} // namespace counterdesk::ui
