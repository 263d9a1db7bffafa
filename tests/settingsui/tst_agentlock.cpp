// The agent PIN and the lock: set a PIN on the Security page, let the
// console go idle, fail the PIN until the lock-out shows its countdown, then
// unlock with the right PIN. The PinGuard clock is injected so a 30-second
// lock-out passes in no time.
#include "MessageWidget.h"
#include "SettingsFixture.h"
#include "TestRunner.h"
#include "lock/IdleLock.h"
#include "lock/LockScreen.h"
#include "lock/PinEntry.h"
#include "lock/PinPromptDialog.h"
#include "settings/SecurityPage.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace counterdesk;
using namespace counterdesk::ui;

namespace {

// A fixture whose PinGuard runs on a clock the test moves.
struct LockFixture : SettingsFixture
{
    LockFixture()
        : guard(file, [this] { return QDateTime::currentDateTimeUtc().addSecs(skipSeconds); })
    {}
    qint64 skipSeconds = 0;
    security::PinGuard guard;
};

void typePin(QWidget* root, const QString& pin)
{
    auto* field = root->findChild<QLineEdit*>(QStringLiteral("pinEntryField"));
    QVERIFY(field);
    QVERIFY(field->isEnabled());
    field->clear();
    QTest::keyClicks(field, pin);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestAgentLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void securityPage_setsChangesAndRemovesPin()
    {
        LockFixture f;
        SecurityPage page(f.settings, f.guard);
        page.show();
        QVERIFY(!f.guard.hasPin());
        auto* newPin = page.findChild<QLineEdit*>(QStringLiteral("securityNewPin"));
        auto* repeat = page.findChild<QLineEdit*>(QStringLiteral("securityRepeatPin"));
        auto* current = page.findChild<QLineEdit*>(QStringLiteral("securityCurrentPin"));
        auto* messages = page.findChild<MessageWidget*>(QStringLiteral("securityMessages"));
        QVERIFY(newPin && repeat && current && messages);

        // Mismatch: nothing stored.
        QTest::keyClicks(newPin, QStringLiteral("4821"));
        QTest::keyClicks(repeat, QStringLiteral("4822"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("securitySetPin")), Qt::LeftButton);
        QVERIFY(!f.guard.hasPin());
        QCOMPARE(messages->type(), MessageWidget::Type::Error);

        QTest::keyClicks(newPin, QStringLiteral("4821"));
        QTest::keyClicks(repeat, QStringLiteral("4821"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("securitySetPin")), Qt::LeftButton);
        QVERIFY(f.guard.hasPin());
        QVERIFY(newPin->text().isEmpty() && repeat->text().isEmpty());
        QCOMPARE(f.guard.check(QStringLiteral("4821")), security::PinCheck::Accepted);

        // Changing needs the current PIN.
        QTest::keyClicks(current, QStringLiteral("1111"));
        QTest::keyClicks(newPin, QStringLiteral("777777"));
        QTest::keyClicks(repeat, QStringLiteral("777777"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("securitySetPin")), Qt::LeftButton);
        QCOMPARE(messages->type(), MessageWidget::Type::Error);
        QCOMPARE(f.guard.check(QStringLiteral("4821")), security::PinCheck::Accepted);

        QTest::keyClicks(current, QStringLiteral("4821"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("securityRemovePin")), Qt::LeftButton);
        QVERIFY(!f.guard.hasPin());
        // The PIN hash is all the file holds, never the PIN.
        QFile file(f.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("4821"));
    }

    void securityPage_savesIdleAndRequirePin()
    {
        LockFixture f;
        QVERIFY(f.guard.setPin(QStringLiteral("2580"), 1000));
        SecurityPage page(f.settings, f.guard);
        page.findChild<QSpinBox*>(QStringLiteral("securityIdleMinutes"))->setValue(3);
        page.findChild<QCheckBox*>(QStringLiteral("securityRequirePin"))->setChecked(true);
        page.save();
        QCOMPARE(f.settings.intValue(SettingKey::IdleLockMinutes), 3);
        QVERIFY(f.settings.boolValue(SettingKey::RequireAgentPin));
    }

    void idle_locks_wrongPinDelays_rightPinUnlocks()
    {
        LockFixture f;
        QVERIFY(f.guard.setPin(QStringLiteral("2580"), 1000));
        QMainWindow window;
        auto* content = new QLineEdit(&window);
        content->setObjectName(QStringLiteral("content"));
        window.setCentralWidget(content);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        IdleLock lock(&window, f.settings, f.guard);
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.setIdleTimeoutMs(150);
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 3000);
        QCOMPARE(locked.count(), 1);
        LockScreen* screen = lock.lockScreen();
        QVERIFY(screen->isVisible());
        QCOMPARE(screen->geometry(), window.rect());

        // Typing at the page underneath does nothing while locked.
        QTest::keyClicks(content, QStringLiteral("abc"));
        QVERIFY(content->text().isEmpty());

        typePin(screen, QStringLiteral("1111"));
        typePin(screen, QStringLiteral("2222"));
        QVERIFY(lock.isLocked());
        typePin(screen, QStringLiteral("3333"));
        PinEntry* entry = screen->pinEntry();
        QVERIFY(entry->isWaiting());
        QVERIFY2(entry->statusText().contains(QStringLiteral("Try again in")),
                 qPrintable(entry->statusText()));
        QVERIFY(!screen->findChild<QLineEdit*>(QStringLiteral("pinEntryField"))->isEnabled());

        // The countdown runs out (the guard's clock jumps past the delay).
        f.skipSeconds = 3600;
        QTRY_VERIFY(screen->findChild<QLineEdit*>(QStringLiteral("pinEntryField"))->isEnabled());
        QSignalSpy unlocked(&lock, &IdleLock::unlocked);
        typePin(screen, QStringLiteral("2580"));
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(!lock.isLocked());
        QVERIFY(!screen->isVisible());
        QVERIFY(screen->findChild<QLineEdit*>(QStringLiteral("pinEntryField"))->text().isEmpty());

        QTest::keyClicks(content, QStringLiteral("ok"));
        QCOMPARE(content->text(), QStringLiteral("ok"));
    }

    void noPin_neverLocks()
    {
        LockFixture f;
        QWidget window;
        window.show();
        IdleLock lock(&window, f.settings, f.guard);
        QVERIFY(!lock.lockNow());
        QVERIFY(!lock.isLocked());
    }

    void pinPrompt_confirmsTransfer()
    {
        LockFixture f;
        QVERIFY(f.guard.setPin(QStringLiteral("2580"), 1000));
        PinPromptDialog dialog(f.guard, QStringLiteral("Send ₹5,000 to <b>Asha</b>"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* reason = dialog.findChild<QLabel*>(QStringLiteral("pinPromptReason"));
        QCOMPARE(reason->textFormat(), Qt::PlainText);
        typePin(&dialog, QStringLiteral("0000"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        typePin(&dialog, QStringLiteral("2580"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("COUNTERDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("COUNTERDESK_SCREENSHOT_DIR not set");
        LockFixture f;
        QVERIFY(f.guard.setPin(QStringLiteral("2580"), 1000));
        QMainWindow window;
        window.setCentralWidget(new QLabel(QStringLiteral("Customer 98•••••210, ₹5,000"), &window));
        window.resize(900, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IdleLock lock(&window, f.settings, f.guard);
        lock.lockNow();
        for (int i = 0; i < 3; ++i)
            typePin(lock.lockScreen(), QStringLiteral("1111"));
        QTest::qWait(50);
        window.grab().save(out + QStringLiteral("/lock-screen.png"));
        SecurityPage page(f.settings, f.guard);
        page.resize(700, 420);
        page.show();
        QTest::qWait(50);
        page.grab().save(out + QStringLiteral("/security-page.png"));
    }
};

COUNTERDESK_TEST_MAIN(TestAgentLock)
#include "tst_agentlock.moc"
