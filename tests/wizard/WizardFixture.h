// WizardFixture: the real TransferWizard against the Eko sandbox started
// in-process on 127.0.0.1 (port 0), a real EkoClient and a journal in a
// temporary directory: what training mode runs, minus the main window.
// Tests drive it like an agent: keys into the focused widget, clicks on
// buttons found by objectName, OTPs read from the "customer's phone".
#pragma once

#include "MessageWidget.h"
#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "profile/BuiltInProfiles.h"
#include "profile/ClientFactory.h"
#include "sandbox/SandboxServer.h"
#include "transfer/Reconciler.h"
#include "wizard/TransferWizard.h"
#include "wizard/WizardServices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace counterdesk::ui::testing {

class WizardFixture
{
public:
    // Starts the sandbox (with `faults`), opens the journal, opens and shows
    // the wizard on `rail`. False with a QWARN on any failure.
    // Changes to the services before the wizard is made (e.g. an agent PIN).
    std::function<void(WizardServices&)> tweakServices;

    bool start(const QList<sandbox::FaultRule>& faults = {}, eko::Rail rail = eko::Rail::DigiKhata)
    {
        sandbox::SandboxOptions options;
        options.faults = faults;
        server = std::make_unique<sandbox::SandboxServer>();
        QString error;
        if (!server->start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        nam = std::make_unique<QNetworkAccessManager>();
        // Training's client, as the ClientFactory makes it, with a short timeout.
        profile::ConnectionProfile training = profile::BuiltInProfiles::training();
        training.timeoutSeconds = 3;
        eko::Credentials noKeys;
        const profile::ClientConfigBuild config =
            profile::ClientFactory::configFor(training, noKeys, server->baseUrl());
        if (!config.ok()) {
            qWarning("no training client config");
            return false;
        }
        client = std::make_unique<eko::EkoClient>(nam.get(), config.config);
        if (!dir.isValid() || !journal.open(dir.path()).ok()) {
            qWarning("journal did not open");
            return false;
        }
        reconciler = std::make_unique<transfer::Reconciler>(client.get(), &journal);
        WizardServices services;
        services.client = client.get();
        services.journal = &journal;
        services.reconciler = reconciler.get();
        services.training = true;
        services.confirmArmDelayMs = 0; // tests never wait for the arming
        services.sessionOptions.rail = rail;
        // Poll a pending result quickly so "awaited" settles within a test.
        services.sessionOptions.pollSchedule = {std::chrono::milliseconds(300)};
        if (tweakServices)
            tweakServices(services);
        m_services = services;
        return open();
    }

    // A new wizard on the same sandbox, journal and client: the next time
    // the agent presses "New transfer" after closing one.
    bool open()
    {
        wizard = TransferWizard::create(m_services);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard)) {
            qWarning("wizard not exposed");
            return false;
        }
        wizard->activateWindow();
        return QTest::qWaitForWindowActive(wizard);
    }

    ~WizardFixture()
    {
        if (wizard) {
            // Tests that leave a transfer in flight must not block teardown.
            wizard->hide();
            delete wizard.data();
        }
    }

    template <typename T = QWidget> T* find(const QString& objectName) const
    {
        return wizard ? wizard->findChild<T*>(objectName) : nullptr;
    }

    QWidget* focused() const
    {
        QWidget* w = QApplication::focusWidget();
        return w ? w : wizard.data();
    }

    // What an agent does: type into whatever has the focus.
    void type(const QString& text) const { QTest::keyClicks(focused(), text); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QTest::keyClick(focused(), key, modifiers);
    }
    void click(const QString& objectName) const
    {
        auto* button = find<QAbstractButton>(objectName);
        QVERIFY2(button, qPrintable(objectName));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QString otp(const QString& mobile, const QString& purpose) const
    {
        return server->lastOtp(mobile, purpose);
    }
    int page() const { return wizard ? wizard->currentId() : -1; }
    QString text(const QString& labelName) const
    {
        auto* label = find<QLabel>(labelName);
        return label ? label->text() : QStringLiteral("<no label %1>").arg(labelName);
    }
    // The banner's text while it shows; empty when hidden.
    QString bannerText(const QString& bannerName) const
    {
        auto* banner = find<MessageWidget>(bannerName);
        return banner && banner->isVisible() ? banner->text() : QString();
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<eko::EkoClient> client;
    QTemporaryDir dir;
    journal::Journal journal;
    std::unique_ptr<transfer::Reconciler> reconciler; // not started: it asks only what the wizard watches
    QPointer<TransferWizard> wizard;

private:
    WizardServices m_services;
};

} // namespace counterdesk::ui::testing
