// WindowTour: every window around the transfer wizard, opened the way an
// agent opens it — the first-run set-up (each page), the home screen and its
// menus, the customer display, History with its detail, a refund, a reprinted receipt with Qt's
// print preview and print dialog (Linux; on Windows that dialog is the system's), the PDF and CSV save
// dialogs, the end-of-day summary, every Settings page, About, and the lock screen. At each stop
// `atStop(root, where)` looks at the window as it is (the screen-reader audit,
// the Hindi audit). The tour checks only that each window opened, never its
// words: it runs in any language.
//
// The journal is the history tests' known one (HistoryFixture): its transfers
// give the history rows, the refund (H5 is REFUND_PENDING) and the reprint.
#pragma once

#include "../history/HistoryFixture.h"
#include "CounterFixture.h"
#include "history/HistoryView.h"
#include "history/RefundDialog.h"
#include "lock/IdleLock.h"
#include "lock/LockScreen.h"
#include "security/PinGuard.h"
#include "settings/FirstRunWizard.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTimer>
#include <functional>

namespace counterdesk::ui::testing {

using TourStop = std::function<void(QWidget* root, const QString& where)>;

// The tour's data, never translated: the shop's name it types and the known
// journal's names, bank, Eko's message and the agent PIN.
inline QStringList windowTourData()
{
    QStringList data{QStringLiteral("Gupta Telecom"), QStringLiteral("State Bank of India"),
                     QStringLiteral("Transaction processed"), QDir::homePath(), QDir::home().dirName()};
    for (const history::testing::KnownRow& row : history::testing::knownRows())
        data << row.sender << row.recipient;
    return data;
}

inline const QString& tourPin()
{
    static const QString pin = QStringLiteral("2580");
    return pin;
}

// A counter whose settings say `language` and whose journal holds the known
// history; an agent PIN is set so the lock screen can be shown. The first-run
// set-up is still to do (a fresh settings file).
struct TourCounter
{
    explicit TourCounter(const QString& language)
    {
        ready = history.open() && history.fillKnown();
        history.journal.reset(); // the window opens the journal itself
        const QString file = settingsDir.filePath(QStringLiteral("counter.ini"));
        {
            Settings settings(file);
            settings.setValue(SettingKey::UiLanguage, language);
            settings.setValue(SettingKey::ReceiptLanguage, language); // the reprint's receipt too
            settings.sync();
        }
        ready = ready && security::PinGuard(file).setPin(tourPin(), 1000);
        counter = std::make_unique<CounterFixture>(file, history.dir->path());
    }
    bool ready = false;
    history::testing::HistoryFixture history;
    QTemporaryDir settingsDir;
    std::unique_ptr<CounterFixture> counter;
};

// When a modal dialog of type D opens (it runs its own event loop inside the
// click that opened it), look at it, then close it.
template <typename D> void whenModalOpens(const TourStop& atStop, const QString& where, bool* seen)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, atStop, where, seen] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        QApplication::processEvents();
        atStop(dialog, where);
        *seen = true;
        dialog->reject();
    });
    timer->start();
}

// Clicks `button` and looks at the modal dialog of type D it opens.
template <typename D>
void clickAndLookAtModal(QAbstractButton* button, const TourStop& atStop, const QString& where)
{
    QVERIFY2(button, qPrintable(where));
    bool seen = false;
    whenModalOpens<D>(atStop, where, &seen);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY2(seen, qPrintable(where));
}

inline void walkFirstRun(CounterFixture& counter, const TourStop& atStop)
{
    counter.window->showFirstRunIfNeeded(); // as Application does after the first show
    FirstRunWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = counter.find<FirstRunWizard>(QStringLiteral("firstRunWizard"))) &&
                wizard->isVisible());
    atStop(wizard, QStringLiteral("first run: start"));
    wizard->setMode(FirstRunWizard::Mode::Uat);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::ConnectionPage));
    atStop(wizard, QStringLiteral("first run: connection"));
    wizard->back();
    wizard->setMode(FirstRunWizard::Mode::Training);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::ShopPage));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("firstRunShopName")),
                     QStringLiteral("Gupta Telecom"));
    atStop(wizard, QStringLiteral("first run: shop"));
    QPointer<FirstRunWizard> open(wizard);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!open || !open->isVisible());
}

inline void walkHistory(CounterFixture& counter, const TourStop& atStop)
{
    counter.find<QAction>(QStringLiteral("historyAction"))->trigger();
    HistoryView* view = nullptr;
    QTRY_VERIFY((view = counter.window->historyView()) && view->isVisible());
    view->findChild<QCheckBox*>(QStringLiteral("historyUseDates"))->setChecked(true);
    view->findChild<QDateEdit*>(QStringLiteral("historyFrom"))
        ->setDate(history::testing::knownDay().addDays(-1));
    view->findChild<QDateEdit*>(QStringLiteral("historyTo"))->setDate(history::testing::knownDay());
    QTRY_VERIFY(view->selectTransfer(QStringLiteral("H1")));
    atStop(counter.window.get(), QStringLiteral("history: a sent transfer"));

    QVERIFY(view->selectTransfer(QStringLiteral("H5")));
    atStop(counter.window.get(), QStringLiteral("history: refund pending"));
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("historyRefund")), Qt::LeftButton);
    RefundDialog* refund = nullptr;
    QTRY_VERIFY((refund = view->findChild<RefundDialog*>()) && refund->isVisible());
    atStop(refund, QStringLiteral("refund"));
    refund->reject();

    QVERIFY(view->selectTransfer(QStringLiteral("H1")));
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("historyReprint")), Qt::LeftButton);
    QDialog* reprint = nullptr;
    QTRY_VERIFY((reprint = view->findChild<QDialog*>(QStringLiteral("reprintDialog"))) &&
                reprint->isVisible());
    atStop(reprint, QStringLiteral("reprint"));
    clickAndLookAtModal<QPrintPreviewDialog>(
        reprint->findChild<QPushButton*>(QStringLiteral("previewButton")), atStop,
        QStringLiteral("receipt: Qt's print preview"));
#ifndef Q_OS_WIN
    // On Windows QPrintDialog is the system's own print dialog (comdlg32): not
    // a Qt window, so neither its words nor its accessibility are ours to
    // check, and it runs its own message loop that a Qt test cannot close.
    // Printing there is tests/receipt/tst_receiptprint_windows.
    clickAndLookAtModal<QPrintDialog>(reprint->findChild<QPushButton*>(QStringLiteral("printButton")), atStop,
                                      QStringLiteral("receipt: Qt's print dialog"));
#endif
    clickAndLookAtModal<QFileDialog>(reprint->findChild<QPushButton*>(QStringLiteral("savePdfButton")),
                                     atStop, QStringLiteral("receipt: Qt's save dialog"));
    reprint->reject();

    clickAndLookAtModal<QFileDialog>(view->findChild<QPushButton*>(QStringLiteral("historyExport")), atStop,
                                     QStringLiteral("history: Qt's save dialog for the export"));

    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("historyEndOfDay")), Qt::LeftButton);
    QDialog* summary = nullptr;
    QTRY_VERIFY((summary = view->findChild<QDialog*>(QStringLiteral("daySummaryDialog"))) &&
                summary->isVisible());
    atStop(summary, QStringLiteral("end of day"));
    summary->reject();
}

// The customer display (View menu), in the customer's language: the tour's
// counter has its receipt language, which a new transfer starts with.
inline void walkCustomerDisplay(CounterFixture& counter, const TourStop& atStop)
{
    auto* toggle = counter.find<QAction>(QStringLiteral("customerDisplayAction"));
    QVERIFY(toggle);
    toggle->trigger();
    QWidget* display = nullptr;
    const auto findDisplay = [&display] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("customerDisplay") && w->isVisible())
                display = w;
        return display != nullptr;
    };
    QTRY_VERIFY(findDisplay());
    atStop(display, QStringLiteral("customer display"));
    toggle->trigger();
    QTRY_VERIFY(!display->isVisible());
}

inline void walkSettingsAndAbout(CounterFixture& counter, const TourStop& atStop)
{
    counter.find<QAction>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog* settings = nullptr;
    QTRY_VERIFY((settings = counter.find<SettingsDialog>(QStringLiteral("settingsDialog"))) &&
                settings->isVisible());
    for (const auto& [page, name] : {std::pair{SettingsDialog::Page::Profiles, "settings: profiles"},
                                     std::pair{SettingsDialog::Page::Counter, "settings: counter"},
                                     std::pair{SettingsDialog::Page::Security, "settings: security"}}) {
        settings->showPage(page);
        QTest::qWait(20);
        atStop(settings, QLatin1String(name));
    }
    settings->reject();

    counter.find<QAction>(QStringLiteral("aboutAction"))->trigger();
    QDialog* about = nullptr;
    QTRY_VERIFY((about = counter.find<QDialog>(QStringLiteral("aboutDialog"))) && about->isVisible());
    atStop(about, QStringLiteral("about"));
    about->reject();
}

inline void walkLockScreen(CounterFixture& counter, const TourStop& atStop)
{
    counter.find<QAction>(QStringLiteral("lockAction"))->trigger();
    IdleLock* lock = counter.window->idleLock();
    QTRY_VERIFY(lock && lock->isLocked() && lock->lockScreen()->isVisible());
    atStop(lock->lockScreen(), QStringLiteral("lock screen"));
    auto* field = lock->lockScreen()->findChild<QLineEdit*>(QStringLiteral("pinEntryField"));
    QVERIFY(field);
    QTest::keyClicks(field, tourPin());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!lock->isLocked());
}

// The whole tour; returns early on the first window that does not open (the
// QTRY/QVERIFY macros record it; callers check QTest::currentTestFailed()).
inline void walkWindows(CounterFixture& counter, const TourStop& atStop)
{
    const auto stopped = [] {
        return QTest::currentTestFailed();
    };
    walkFirstRun(counter, atStop);
    if (stopped())
        return;
    QTest::qWait(50);
    atStop(counter.window.get(), QStringLiteral("home"));
    walkCustomerDisplay(counter, atStop);
    if (stopped())
        return;
    walkHistory(counter, atStop);
    if (stopped())
        return;
    walkSettingsAndAbout(counter, atStop);
    if (stopped())
        return;
    walkLockScreen(counter, atStop);
}

} // namespace counterdesk::ui::testing
