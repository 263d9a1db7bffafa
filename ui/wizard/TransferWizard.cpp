#include "TransferWizard.h"

#include "AmountPage.h"
#include "ConfirmPage.h"
#include "ConsentPage.h"
#include "KycPage.h"
#include "OtpPage.h"
#include "RecipientPage.h"
#include "ResultPage.h"
#include "SenderPage.h"
#include "StepSideBar.h"
#include "TransferContext.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QKeyEvent>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

TransferWizard* TransferWizard::create(const WizardServices& services, QWidget* parent)
{
    auto* wizard = new TransferWizard(services, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    return wizard;
}

TransferWizard::TransferWizard(const WizardServices& services, QWidget* parent)
    : QWizard(parent)
    , m_context(new TransferContext(services, this))
    , m_sideBar(new StepSideBar(this))
{
    setObjectName(QStringLiteral("transferWizard"));
    // One look on every OS (the Aero style hides the side bar's place), and
    // the Modern style's header carries each page's title and hint.
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage |
               QWizard::NoCancelButtonOnLastPage | QWizard::HaveCustomButton1);
    // Large type for tired eyes; everything on the pages scales from this.
    QFont big = font();
    big.setPointSize(big.pointSize() + 3);
    setFont(big);
    // Fits a 1366x768 screen with the task bar.
    resize(1180, 700);
    setSideWidget(m_sideBar);
    m_sideBar->setTraining(services.training);

    setPage(TransferPage::SenderPageId, new SenderPage(*m_context, this));
    setPage(TransferPage::ConsentPageId, new ConsentPage(*m_context, this));
    setPage(TransferPage::KycPageId, new KycPage(*m_context, this));
    setPage(TransferPage::RecipientPageId, new RecipientPage(*m_context, this));
    setPage(TransferPage::AmountPageId, new AmountPage(*m_context, this));
    setPage(TransferPage::OtpPageId, new OtpPage(*m_context, this));
    m_confirmPage = new ConfirmPage(*m_context, services.confirmArmDelayMs, this);
    setPage(TransferPage::ConfirmPageId, m_confirmPage);
    setPage(TransferPage::ResultPageId, new ResultPage(*m_context, this));
    setStartId(TransferPage::SenderPageId);

    // Back goes through the session, which knows what "back" means in each
    // state; the page follows the state. Cancel goes through reject() so it
    // is refused while money is on its way.
    QAbstractButton* back = button(QWizard::BackButton);
    back->disconnect(this);
    connect(back, &QAbstractButton::clicked, this, &TransferWizard::goBack);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            startNextTransfer();
    });
    connect(m_context, &TransferContext::stateChanged, this, [this] {
        QMetaObject::invokeMethod(this, &TransferWizard::followSession, Qt::QueuedConnection);
    });
    connect(this, &QWizard::currentIdChanged, this, &TransferWizard::onPageChanged);
    retranslateUi();
}

TransferWizard::~TransferWizard() = default;

transfer::TransferSession& TransferWizard::session() const
{
    return m_context->session();
}

void TransferWizard::setConfirmArmDelayMs(int delayMs)
{
    m_confirmPage->setArmDelayMs(delayMs);
}

void TransferWizard::followSession()
{
    if (m_following)
        return;
    m_following = true;
    const int target = TransferPage::pageForState(session().state());
    if (target == TransferPage::SenderPageId && currentId() > target) {
        // A new customer (or back to the start): a clean slate.
        restart();
    }
    // next() asks each page's validatePage(), which agrees once the session
    // is past it; the loop stops if a page holds back.
    while (currentId() >= 0 && currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    while (currentId() > target) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
    m_following = false;
}

void TransferWizard::onPageChanged(int id)
{
    m_sideBar->setCurrentStep(TransferPage::stepForPage(qMax(0, id)));
    // Confirm has its own Cancel and Send; the wizard's Next would be a
    // second, differently placed way to move on. Result has Done and New
    // transfer only: Back past a sent transfer makes no sense.
    QList<QWizard::WizardButton> layout{QWizard::Stretch};
    switch (id) {
    case TransferPage::ConfirmPageId:
        break;
    case TransferPage::ResultPageId:
        layout << QWizard::CustomButton1 << QWizard::FinishButton;
        break;
    default:
        layout << QWizard::BackButton << QWizard::NextButton << QWizard::CancelButton;
        break;
    }
    setButtonLayout(layout);
    if (auto* page = qobject_cast<TransferPage*>(currentPage()))
        page->pageShown();
}

void TransferWizard::goBack()
{
    if (!session().goBack())
        return;
    followSession();
}

void TransferWizard::startNextTransfer()
{
    if (session().state() == State::Submitting)
        return;
    m_context->startOver();
    restart();
}

bool TransferWizard::mayClose()
{
    if (session().state() != State::Submitting)
        return true;
    m_confirmPage->showCloseRefused();
    return false;
}

void TransferWizard::reject()
{
    if (!mayClose())
        return;
    // A read in flight is stopped so its answer does not land in a dead page.
    if (session().isBusy() && session().canCancel())
        session().cancel();
    QWizard::reject();
}

void TransferWizard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape || event->modifiers() != Qt::NoModifier) {
        QWizard::keyPressEvent(event);
        return;
    }
    event->accept();
    if (!mayClose())
        return;
    // Esc first stops a wait the agent no longer wants, then steps back;
    // on the first page (nothing typed to lose) and on the result it closes.
    if (session().isBusy()) {
        if (session().canCancel())
            session().cancel();
        return;
    }
    const State state = session().state();
    if (state == State::EnterSender || state == State::Finished) {
        reject();
        return;
    }
    goBack();
}

void TransferWizard::closeEvent(QCloseEvent* event)
{
    if (!mayClose()) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void TransferWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void TransferWizard::retranslateUi()
{
    setWindowTitle(m_context->isTraining() ? tr("New transfer — TRAINING") : tr("New transfer"));
    // Enter is the way on; mnemonics here would clash with the pages' own.
    setButtonText(QWizard::NextButton, tr("Next ⏎"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setButtonText(QWizard::CustomButton1, tr("New &transfer"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next step"));
    button(QWizard::BackButton)->setAccessibleName(tr("Previous step"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel this transfer"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Done: close the transfer"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Start a new transfer"));
}

} // namespace counterdesk::ui
