// MainWindow: switching the connection profile while CounterDesk runs.
//
// The client, the reconciler and (for Training) the in-process sandbox follow
// the profile chosen in Settings at once; the journal stays, since every
// profile shares it and transfer::ProfileScope keeps each transfer with its
// own profile. What would hold the old client waits or is rebuilt: an open
// transfer or refund window delays the switch until it closes (its session
// began on the old profile), and the history view is made again on its next
// showing. A profile that cannot make a client (no keys, no address) leaves
// the one in use running and says why.
#include "CustomerPhonePanel.h"
#include "MainWindow.h"
#include "history/HistoryView.h"
#include "history/RefundDialog.h"
#include "profile/ProfileStore.h"
#include "sandbox/TrainingSandbox.h"
#include "text/ProfileNameText.h"
#include "wizard/TransferWizard.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>

namespace counterdesk::ui {

bool MainWindow::transferWindowOpen() const
{
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    return std::any_of(dialogs.cbegin(), dialogs.cend(), [](const QDialog* dialog) {
        return dialog->isVisible() &&
               (qobject_cast<const TransferWizard*>(dialog) || qobject_cast<const RefundDialog*>(dialog));
    });
}

void MainWindow::applyWaitingSwitch()
{
    if (!m_switchWaiting || transferWindowOpen())
        return;
    switchProfile();
}

void MainWindow::switchProfile()
{
    m_switchWaiting = false;
    const std::optional<profile::ConnectionProfile> chosen = m_profiles->profile(chosenProfileName());
    if (!chosen) {
        showMessage(tr("The connection profile \"%1\" does not exist. Choose a profile in Settings.")
                        .arg(chosenProfileName()),
                    MessageWidget::Type::Error);
        return;
    }
    if (chosen->isTraining()) {
        if (!m_phonePanel)
            createTrainingPanel();
        if (!m_sandbox || !m_sandbox->isRunning()) {
            delete m_sandbox;
            m_sandbox = nullptr;
            startTrainingSandbox();
        }
        if (!m_sandbox || !m_sandbox->isRunning())
            return; // startTrainingSandbox() said why; the profile in use goes on
    }
    // The history view holds the client and the reconciler of the profile in
    // use: it is made again, for the new ones, the next time it is shown.
    if (m_historyView) {
        if (m_pages->currentWidget() == m_historyView)
            showHome();
        m_pages->removeWidget(m_historyView);
        m_historyView->deleteLater();
        m_historyView = nullptr;
    }
    m_services->switchTo(*chosen, chosen->isTraining() ? m_sandbox->baseUrl() : QUrl());
}

void MainWindow::servicesSwitched(services::AppServices::StartProblem problem)
{
    if (problem != services::AppServices::StartProblem::None) {
        //: %1 why the chosen profile cannot be used, %2 the profile still in use
        showMessage(tr("%1 CounterDesk goes on with the connection profile \"%2\".")
                        .arg(configErrorText(), shownProfileName(m_servicesProfile.name)),
                    MessageWidget::Type::Error);
        return;
    }
    m_servicesProfile = m_services->profile();
    const bool training = m_servicesProfile.isTraining();
    if (!training)
        stopTrainingSandbox();
    m_trainingMarker->setVisible(training);
    if (m_phonePanel) {
        m_phonePanel->setVisible(training);
        m_phonePanel->toggleViewAction()->setVisible(training);
    }
    updateWindowTitle();
    updateProfileStatus();
    showPendingCount();
    showMessage(
        training
            ? tr("Training mode: practice only, no real money moves.")
            : tr("Now using the connection profile \"%1\".").arg(shownProfileName(m_servicesProfile.name)),
        MessageWidget::Type::Positive);
}

void MainWindow::stopTrainingSandbox()
{
    delete m_sandbox; // stops listening; its OTPs are of no use any more
    m_sandbox = nullptr;
    m_sandboxStatus = SandboxStatus::NotUsed;
    m_sandboxAddress.clear();
}

} // namespace counterdesk::ui
