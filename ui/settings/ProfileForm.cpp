#include "ProfileForm.h"

#include "eko/EndpointTable.h"
#include "http/ServerTls.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>

namespace counterdesk::ui {

namespace {

QLineEdit* makeLine(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent)
{
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("profileNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_kind->addItem(QString(), QVariant::fromValue(ProfileKind::Custom));
    m_kind->addItem(QString(), QVariant::fromValue(ProfileKind::Gateway));
    m_name = makeLine(QStringLiteral("profileName"), this);
    m_baseUrl = makeLine(QStringLiteral("profileBaseUrl"), this);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://staging.eko.in/ekoapi/v3"));
    m_initiatorId = makeLine(QStringLiteral("profileInitiatorId"), this);
    m_initiatorId->setInputMethodHints(Qt::ImhDigitsOnly);
    m_userCode = makeLine(QStringLiteral("profileUserCode"), this);
    m_rail = new QComboBox(this);
    m_rail->setObjectName(QStringLiteral("profileRail"));
    m_rail->addItem(QString(), QVariant::fromValue(eko::Rail::DigiKhata));
    m_rail->addItem(QString(), QVariant::fromValue(eko::Rail::Levin));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("profileTimeout"));
    m_timeout->setRange(5, 300);
    m_endpoints = makeLine(QStringLiteral("profileEndpointsFile"), this);
    auto* browse = new QToolButton(this);
    m_browseEndpoints = browse;
    browse->setObjectName(QStringLiteral("profileEndpointsBrowse"));
    browse->setText(QStringLiteral("…"));
    m_latlong = makeLine(QStringLiteral("profileLatlong"), this);
    m_latlong->setPlaceholderText(QStringLiteral("28.63,77.22"));
    m_developerKey = makeLine(QStringLiteral("profileDeveloperKey"), this);
    m_developerKey->setEchoMode(QLineEdit::Password);
    m_accessKey = makeLine(QStringLiteral("profileAccessKey"), this);
    m_accessKey->setEchoMode(QLineEdit::Password);
    m_counterId = makeLine(QStringLiteral("profileCounterId"), this);
    m_counterSecret = makeLine(QStringLiteral("profileCounterSecret"), this);
    m_counterSecret->setEchoMode(QLineEdit::Password);
    m_caFile = makeLine(QStringLiteral("profileCaFile"), this);
    m_browseCaFile = new QToolButton(this);
    m_browseCaFile->setObjectName(QStringLiteral("profileCaFileBrowse"));
    m_browseCaFile->setText(QStringLiteral("…"));
    m_secretStatus = new QLabel(this);
    m_secretStatus->setObjectName(QStringLiteral("profileSecretStatus"));
    m_secretStatus->setTextFormat(Qt::PlainText);
    m_secretStatus->setWordWrap(true);

    auto* endpointsRow = new QHBoxLayout;
    endpointsRow->setContentsMargins(0, 0, 0, 0);
    endpointsRow->addWidget(m_endpoints);
    endpointsRow->addWidget(browse);
    auto* caFileRow = new QHBoxLayout;
    caFileRow->setContentsMargins(0, 0, 0, 0);
    caFileRow->addWidget(m_caFile);
    caFileRow->addWidget(m_browseCaFile);

    auto* form = new QFormLayout;
    m_rows = form;
    const auto addRow = [this, form](QWidget* field, QLayout* fieldLayout = nullptr) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        if (fieldLayout)
            form->addRow(label, fieldLayout);
        else
            form->addRow(label, field);
    };
    // In the order of retranslateUi()'s label texts.
    addRow(m_kind);
    addRow(m_name);
    addRow(m_baseUrl);
    addRow(m_counterId);
    addRow(m_initiatorId);
    addRow(m_userCode);
    addRow(m_rail);
    addRow(m_timeout);
    addRow(m_endpoints, endpointsRow);
    addRow(m_latlong);
    addRow(m_developerKey);
    addRow(m_accessKey);
    addRow(m_counterSecret);
    addRow(m_caFile, caFileRow);
    form->addRow(m_secretStatus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addStretch();

    for (QLineEdit* edit : {m_name, m_baseUrl, m_initiatorId, m_userCode, m_endpoints, m_latlong,
                            m_developerKey, m_accessKey, m_counterId, m_counterSecret, m_caFile})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_rail, &QComboBox::activated, this, &ProfileForm::edited);
    connect(m_kind, &QComboBox::activated, this, &ProfileForm::kindChosen);
    connect(m_browseCaFile, &QToolButton::clicked, this, &ProfileForm::browseCaFile);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ProfileForm::edited);
    connect(browse, &QToolButton::clicked, this, &ProfileForm::browseEndpoints);

    retranslateUi();
    setProfile(profile::ConnectionProfile{});
}

ProfileForm::~ProfileForm()
{
    clearKeys();
}

void ProfileForm::setProfile(const profile::ConnectionProfile& p)
{
    m_profile = p;
    m_name->setText(p.name);
    m_baseUrl->setText(p.baseUrl.toString());
    m_initiatorId->setText(p.initiatorId);
    m_userCode->setText(p.userCode);
    m_rail->setCurrentIndex(p.rail == eko::Rail::Levin ? 1 : 0);
    m_timeout->setValue(p.timeoutSeconds);
    m_endpoints->setText(p.endpointsFile);
    m_latlong->setText(p.latlong);
    m_counterId->setText(p.counterId);
    m_caFile->setText(p.caFile);
    m_kind->setCurrentIndex(p.isGateway() ? 1 : 0);
    clearKeys();
    m_secretStatus->clear();
    showRowsForKind();
    updateEnabled();
    retranslateUi();
}

profile::ConnectionProfile ProfileForm::profile() const
{
    profile::ConnectionProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.initiatorId = m_initiatorId->text().trimmed();
    p.userCode = m_userCode->text().trimmed();
    p.rail = m_rail->currentData().value<eko::Rail>();
    p.timeoutSeconds = m_timeout->value();
    p.endpointsFile = m_endpoints->text().trimmed();
    p.latlong = m_latlong->text().trimmed();
    // Only the fields of the profile's kind: a hidden field typed before the
    // kind changed must not be saved, nor sent.
    if (p.isGateway()) {
        p.counterId = m_counterId->text().trimmed();
        p.caFile = m_caFile->text().trimmed();
        p.initiatorId.clear();
        p.userCode.clear();
    } else {
        p.counterId.clear();
        p.caFile.clear();
    }
    return p;
}

QString ProfileForm::validationError() const
{
    const profile::ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (p.isTraining())
        return {};
    if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty() ||
        (p.baseUrl.scheme() != QLatin1String("https") && p.baseUrl.scheme() != QLatin1String("http")))
        return p.isGateway()
                   ? tr("Type the gateway's base URL, for example "
                        "https://gateway.example.in/ekoapi/v3.")
                   : tr("Type the server's base URL, for example https://staging.eko.in/ekoapi/v3.");
    if (!eko::EndpointTable::isAllowedUrl(p.baseUrl))
        return tr("Not saved: %1 uses http://. Only https:// is allowed for a server other than this PC, "
                  "because keys and customer details would otherwise cross the network readable by "
                  "anyone in between.")
            .arg(p.baseUrl.host());
    if (p.isGateway()) {
        if (!profile::isValidCounterId(p.counterId))
            return tr("The counter ID is the one the gateway's administrator gave you: letters, digits, "
                      "'.', '_', ':' or '-'.");
        if (!p.caFile.isEmpty() && !http::loadCertificates(p.caFile))
            return tr("The CA certificate file cannot be read or holds no PEM certificate. Choose the file "
                      "your partner gave you, or leave the field empty.");
        return {};
    }
    static const QRegularExpression mobile(QStringLiteral("^[0-9]{10}$"));
    if (!mobile.match(p.initiatorId).hasMatch())
        return tr("The initiator ID is the partner's registered mobile number: 10 digits.");
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9]{1,20}$"));
    if (!code.match(p.userCode).hasMatch())
        return tr("The user code is 1 to 20 letters and digits, as Eko gave it.");
    static const QRegularExpression latlong(
        QStringLiteral("^-?[0-9]{1,2}(\\.[0-9]+)?,-?[0-9]{1,3}(\\.[0-9]+)?$"));
    if (!p.latlong.isEmpty() && !latlong.match(p.latlong).hasMatch())
        return tr("The location is latitude,longitude in degrees, for example 28.63,77.22.");
    return {};
}

QString ProfileForm::developerKey() const
{
    return m_developerKey->text().trimmed();
}

QByteArray ProfileForm::accessKey() const
{
    return m_accessKey->text().trimmed().toUtf8();
}

QByteArray ProfileForm::counterSecret() const
{
    return m_counterSecret->text().trimmed().toUtf8();
}

bool ProfileForm::hasTypedKeys() const
{
    return !typedSecrets().isEmpty();
}

QList<std::pair<secrets::SecretKind, QByteArray>> ProfileForm::typedSecrets() const
{
    QList<std::pair<secrets::SecretKind, QByteArray>> typed;
    for (const secrets::SecretKind kind : profile().secretKinds()) {
        QByteArray value;
        switch (kind) {
        case secrets::SecretKind::DeveloperKey:
            value = developerKey().toUtf8();
            break;
        case secrets::SecretKind::AccessKey:
            value = accessKey();
            break;
        case secrets::SecretKind::CounterSecret:
            value = counterSecret();
            break;
        }
        if (!value.isEmpty())
            typed.append({kind, value});
    }
    return typed;
}

eko::Credentials ProfileForm::typedCredentials() const
{
    eko::Credentials typed;
    if (profile().isGateway()) {
        typed.counterSecret = counterSecret();
    } else {
        typed.developerKey = developerKey();
        typed.accessKey = accessKey();
    }
    return typed;
}

void ProfileForm::setKeysRequired(bool required)
{
    m_keysRequired = required;
    retranslateUi();
}

void ProfileForm::clearKeys()
{
    m_developerKey->clear();
    m_accessKey->clear();
    m_counterSecret->clear();
}

void ProfileForm::setSecretStatus(const QString& text)
{
    m_secretStatus->setText(text);
}

QString ProfileForm::secretStatus() const
{
    return m_secretStatus->text();
}

void ProfileForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileForm::retranslateUi()
{
    const QStringList texts{tr("&Connects to:"),    tr("Profile &name:"),
                            tr("&Base URL:"),       tr("C&ounter ID:"),
                            tr("&Initiator ID:"),   tr("&User code:"),
                            tr("&Wallet rail:"),    tr("&Timeout:"),
                            tr("&Endpoint table:"), tr("&Location (lat,long):"),
                            tr("&Developer key:"),  tr("&Access key:"),
                            tr("Co&unter secret:"), tr("C&A certificate (optional):")};
    for (qsizetype i = 0; i < m_labels.size() && i < texts.size(); ++i) {
        m_labels.at(i)->setText(texts.at(i));
        // The screen reader names the field by what the label says, minus the mnemonic.
        if (QWidget* buddy = m_labels.at(i)->buddy())
            buddy->setAccessibleName(QString(texts.at(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    // "…" alone says nothing to a screen reader.
    m_browseEndpoints->setAccessibleName(tr("Choose the endpoint table file"));
    m_browseEndpoints->setToolTip(tr("Choose the endpoint table file"));
    m_browseCaFile->setAccessibleName(tr("Choose the partner's CA certificate file"));
    m_browseCaFile->setToolTip(tr("Choose the partner's CA certificate file"));
    m_kind->setItemText(0, tr("Eko, with the partner's own keys"));
    m_kind->setItemText(1, tr("The partner's gateway (counter ID and secret)"));
    m_caFile->setPlaceholderText(tr("the system's certificates (leave empty)"));
    m_rail->setItemText(0, tr("PPI DigiKhata"));
    m_rail->setItemText(1, tr("PPI Levin"));
    m_timeout->setSuffix(tr(" s"));
    m_endpoints->setPlaceholderText(tr("built-in (leave empty)"));
    const QString keyHint = m_keysRequired ? tr("required") : tr("unchanged (leave empty)");
    m_developerKey->setPlaceholderText(keyHint);
    m_accessKey->setPlaceholderText(keyHint);
    m_counterSecret->setPlaceholderText(keyHint);
    if (m_profile.isTraining())
        m_note->setText(tr("Training uses the simulator built into CounterDesk: no keys, no real money. "
                           "Nothing here needs filling in."));
    else if (m_profile.isGateway())
        m_note->setText(
            m_keysRequired
                ? tr("The partner's gateway holds the Eko keys; this counter signs with its own ID "
                     "and secret. The secret is kept in the system keychain, never in the settings "
                     "file.")
                : tr("The partner's gateway holds the Eko keys; this counter signs with its own ID "
                     "and secret. The secret is kept in the system keychain, never in the settings "
                     "file. Leave the secret empty to keep the one already saved."));
    else if (m_keysRequired)
        m_note->setText(tr("The keys are kept in the system keychain, never in the settings file."));
    else
        m_note->setText(tr("The keys are kept in the system keychain, never in the settings file. Leave "
                           "a key field empty to keep the key already saved."));
}

void ProfileForm::updateEnabled()
{
    const bool builtIn = !m_profile.isUserMade();
    const bool training = m_profile.isTraining();
    m_name->setReadOnly(builtIn);
    for (QWidget* w : std::initializer_list<QWidget*>{m_baseUrl, m_initiatorId, m_userCode, m_rail, m_timeout,
                                                      m_endpoints, m_latlong, m_developerKey, m_accessKey})
        w->setEnabled(!training);
}

// A built-in profile's kind is fixed (and not one of the two choices). Rows
// are found by their label: a field with a browse button sits in a layout.
void ProfileForm::showRowsForKind()
{
    const bool gateway = m_profile.isGateway();
    const auto showRow = [this](QWidget* field, bool visible) {
        for (QLabel* label : std::as_const(m_labels)) {
            if (label->buddy() == field)
                m_rows->setRowVisible(label, visible);
        }
    };
    showRow(m_kind, m_profile.isUserMade());
    for (QWidget* eko :
         std::initializer_list<QWidget*>{m_initiatorId, m_userCode, m_developerKey, m_accessKey})
        showRow(eko, !gateway);
    for (QWidget* counter : std::initializer_list<QWidget*>{m_counterId, m_counterSecret, m_caFile})
        showRow(counter, gateway);
}

void ProfileForm::kindChosen()
{
    const ProfileKind chosen = m_kind->currentData().value<ProfileKind>();
    if (chosen == m_profile.kind)
        return;
    m_profile.kind = chosen;
    showRowsForKind();
    retranslateUi();
    Q_EMIT edited();
}

void ProfileForm::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Partner's CA certificate"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty()) {
        m_caFile->setText(file);
        Q_EMIT edited();
    }
}

void ProfileForm::browseEndpoints()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Endpoint table"), m_endpoints->text(),
                                                      tr("Endpoint tables (*.json)"));
    if (!file.isEmpty()) {
        m_endpoints->setText(file);
        Q_EMIT edited();
    }
}

} // namespace counterdesk::ui
