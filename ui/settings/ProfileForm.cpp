#include "ProfileForm.h"

#include "eko/EndpointTable.h"

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
    m_secretStatus = new QLabel(this);
    m_secretStatus->setObjectName(QStringLiteral("profileSecretStatus"));
    m_secretStatus->setTextFormat(Qt::PlainText);
    m_secretStatus->setWordWrap(true);

    auto* endpointsRow = new QHBoxLayout;
    endpointsRow->setContentsMargins(0, 0, 0, 0);
    endpointsRow->addWidget(m_endpoints);
    endpointsRow->addWidget(browse);

    auto* form = new QFormLayout;
    const auto addRow = [this, form](QWidget* field, QLayout* fieldLayout = nullptr) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        if (fieldLayout)
            form->addRow(label, fieldLayout);
        else
            form->addRow(label, field);
    };
    addRow(m_name);
    addRow(m_baseUrl);
    addRow(m_initiatorId);
    addRow(m_userCode);
    addRow(m_rail);
    addRow(m_timeout);
    addRow(m_endpoints, endpointsRow);
    addRow(m_latlong);
    addRow(m_developerKey);
    addRow(m_accessKey);
    form->addRow(m_secretStatus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addStretch();

    for (QLineEdit* edit :
         {m_name, m_baseUrl, m_initiatorId, m_userCode, m_endpoints, m_latlong, m_developerKey, m_accessKey})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_rail, &QComboBox::activated, this, &ProfileForm::edited);
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
    clearKeys();
    m_secretStatus->clear();
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
        return tr("Type the server's base URL, for example https://staging.eko.in/ekoapi/v3.");
    if (!eko::EndpointTable::isAllowedUrl(p.baseUrl))
        return tr("Not saved: %1 uses http://. Only https:// is allowed for a server other than this PC, "
                  "because keys and customer details would otherwise cross the network readable by "
                  "anyone in between.")
            .arg(p.baseUrl.host());
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

bool ProfileForm::hasTypedKeys() const
{
    return !m_developerKey->text().isEmpty() || !m_accessKey->text().isEmpty();
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
    const QStringList texts{
        tr("Profile &name:"),  tr("&Base URL:"),  tr("&Initiator ID:"),   tr("&User code:"),
        tr("&Wallet rail:"),   tr("&Timeout:"),   tr("&Endpoint table:"), tr("&Location (lat,long):"),
        tr("&Developer key:"), tr("&Access key:")};
    for (qsizetype i = 0; i < m_labels.size() && i < texts.size(); ++i) {
        m_labels.at(i)->setText(texts.at(i));
        // The screen reader names the field by what the label says, minus the mnemonic.
        if (QWidget* buddy = m_labels.at(i)->buddy())
            buddy->setAccessibleName(QString(texts.at(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    // "…" alone says nothing to a screen reader.
    m_browseEndpoints->setAccessibleName(tr("Choose the endpoint table file"));
    m_browseEndpoints->setToolTip(tr("Choose the endpoint table file"));
    m_rail->setItemText(0, tr("PPI DigiKhata"));
    m_rail->setItemText(1, tr("PPI Levin"));
    m_timeout->setSuffix(tr(" s"));
    m_endpoints->setPlaceholderText(tr("built-in (leave empty)"));
    const QString keyHint = m_keysRequired ? tr("required") : tr("unchanged (leave empty)");
    m_developerKey->setPlaceholderText(keyHint);
    m_accessKey->setPlaceholderText(keyHint);
    if (m_profile.isTraining())
        m_note->setText(tr("Training uses the simulator built into CounterDesk: no keys, no real money. "
                           "Nothing here needs filling in."));
    else if (m_keysRequired)
        m_note->setText(tr("The keys are kept in the system keychain, never in the settings file."));
    else
        m_note->setText(tr("The keys are kept in the system keychain, never in the settings file. Leave "
                           "a key field empty to keep the key already saved."));
}

void ProfileForm::updateEnabled()
{
    const bool builtIn = m_profile.kind != ProfileKind::Custom;
    const bool training = m_profile.isTraining();
    m_name->setReadOnly(builtIn);
    for (QWidget* w : std::initializer_list<QWidget*>{m_baseUrl, m_initiatorId, m_userCode, m_rail, m_timeout,
                                                      m_endpoints, m_latlong, m_developerKey, m_accessKey})
        w->setEnabled(!training);
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
