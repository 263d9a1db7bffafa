#include "ConsentPage.h"

#include "BusyPanel.h"
#include "MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

ConsentPage::ConsentPage(TransferContext& context, QWidget* parent)
    : TransferPage(context, ConsentPageId, parent)
    , m_banner(new MessageWidget(this))
    , m_busy(new BusyPanel(this))
    , m_customer(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_reload(new QPushButton(this))
    , m_text(new QTextBrowser(this))
    , m_play(new QPushButton(this))
    , m_agreed(new QCheckBox(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("consentPage"));
    m_banner->setObjectName(QStringLiteral("consentBanner"));
    m_busy->setObjectName(QStringLiteral("consentBusy"));
    m_customer->setObjectName(QStringLiteral("consentCustomer"));
    m_language->setObjectName(QStringLiteral("consentLanguageCombo"));
    m_reload->setObjectName(QStringLiteral("reloadConsentButton"));
    m_text->setObjectName(QStringLiteral("consentText"));
    m_play->setObjectName(QStringLiteral("playConsentButton"));
    m_agreed->setObjectName(QStringLiteral("consentAgreedCheck"));
    m_hint->setObjectName(QStringLiteral("consentHint"));

    m_customer->setTextFormat(Qt::PlainText);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_languageLabel->setBuddy(m_language);
    m_text->setOpenLinks(false);
    m_text->setTabChangesFocus(true); // read-only: Tab moves on to the tick box
    m_text->setMinimumHeight(180);
    // The customer reads along: large, plain text in their own script.
    enlarge(m_text, 120, false);
    m_agreed->setStyleSheet(QStringLiteral("QCheckBox { font-weight: bold; }"));

    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language, 1);
    languageRow->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addWidget(m_customer);
    layout->addLayout(languageRow);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_play, 0, Qt::AlignLeft);
    layout->addWidget(m_agreed);
    layout->addWidget(m_hint);

    connect(m_language, &QComboBox::activated, this, &ConsentPage::onLanguageChosen);
    connect(m_reload, &QPushButton::clicked, this, [this] { session().reloadConsentLanguages(); });
    connect(m_play, &QPushButton::clicked, this, &ConsentPage::playRecording);
    connect(m_busy, &BusyPanel::cancelRequested, this, [this] { session().cancel(); });
    connect(m_agreed, &QCheckBox::toggled, this, [this] { m_hint->clear(); });
    retranslateUi();
}

void ConsentPage::retranslateUi()
{
    setTitle(tr("Aadhaar consent"));
    setSubTitle(tr("Ask which language the customer understands best, then read the consent to them or "
                   "play the recording. Go on only when they agree."));
    m_languageLabel->setText(tr("Customer's &language:"));
    m_reload->setText(tr("Load the languages again"));
    m_play->setText(tr("&Play the recording"));
    m_play->setAccessibleDescription(tr("Opens Eko's recording of the consent in the system's player"));
    m_agreed->setText(tr("I have read or played this to the customer and they &agree"));
    m_text->setAccessibleName(tr("Consent text"));
    fillLanguages();
}

void ConsentPage::fillLanguages()
{
    const QList<eko::ConsentLanguage>& languages = session().consentLanguages();
    const int chosen = m_language->currentData().toInt();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    m_language->addItem(tr("Choose…"), 0);
    for (const eko::ConsentLanguage& language : languages)
        m_language->addItem(language.name, language.id);
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosen)));
}

void ConsentPage::onLanguageChosen(int index)
{
    const int id = m_language->itemData(index).toInt();
    if (id <= 0)
        return;
    m_agreed->setChecked(false);
    session().chooseConsentLanguage(id);
}

void ConsentPage::playRecording()
{
    const std::optional<eko::ConsentText>& consent = session().consent();
    if (consent && !consent->audioUrl.isEmpty())
        QDesktopServices::openUrl(QUrl(consent->audioUrl));
}

void ConsentPage::render()
{
    const transfer::TransferSession& s = session();
    const bool busy = s.isBusy();
    renderProblem(m_banner);
    renderBusy(m_busy);
    m_customer->setText(customerLine());

    const bool languagesArrived = m_language->count() != s.consentLanguages().size() + 1;
    if (languagesArrived)
        fillLanguages();
    const bool haveLanguages = !s.consentLanguages().isEmpty();
    // Another language may be chosen while a text loads (the session drops
    // that load), so the list keeps the focus as the agent arrows through.
    m_language->setEnabled(haveLanguages &&
                           (!busy || s.activity() == transfer::TransferSession::Activity::LoadingConsent));
    m_reload->setVisible(!haveLanguages && !busy);
    // The list comes after the page shows: then the choice has the focus.
    if (languagesArrived && haveLanguages && !s.consent() && isShowing())
        m_language->setFocus();

    const std::optional<eko::ConsentText>& consent = s.consent();
    if (consent) {
        // The focus stays on the language: arrows try another one; Enter
        // asks for the tick (act()).
        if (m_text->toPlainText() != consent->text)
            m_text->setPlainText(consent->text);
    } else {
        m_text->setPlainText(haveLanguages ? tr("Choose the customer's language above to see the consent.")
                                           : QString());
        m_agreed->setChecked(false);
    }
    m_play->setVisible(consent && !consent->audioUrl.isEmpty());
    m_agreed->setEnabled(consent.has_value() && !busy);
}

void ConsentPage::act(State state)
{
    if (state != State::KycConsent || session().isBusy())
        return;
    if (!session().consent()) {
        session().confirmConsent(); // says why not
        return;
    }
    if (!m_agreed->isChecked()) {
        m_hint->setText(tr("Tick the box once the customer has heard the consent and agrees."));
        m_agreed->setFocus();
        return;
    }
    session().confirmConsent();
}

void ConsentPage::focusFor(State)
{
    if (session().consent())
        m_agreed->setFocus();
    else
        m_language->setFocus();
}

void ConsentPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    TransferPage::changeEvent(event);
}

} // namespace counterdesk::ui
