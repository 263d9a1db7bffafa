// The customer display as a counter uses it: two screens (the agent's and
// one facing the customer, offscreen-two-screens.json), the View menu's
// action, a real transfer walked through the wizard in the customer's
// language while the agent works in the other one, and screens plugged in
// and out while it shows.
#include "CounterFixture.h"
#include "TestRunner.h"
#include "WizardSteps.h"
#include "display/CustomerDisplay.h"
#include "display/CustomerDisplayController.h"
#include "display/CustomerScreen.h"
#include "i18n/Catalogue.h"
#include "wizard/TransferContext.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QScreen>
#include <QTranslator>
#include <qpa/qplatformnativeinterface.h>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

namespace {

// The agent's side: a main window with a View menu and a field the agent
// types in, on the first screen.
struct AgentWindow
{
    QMainWindow window;
    QLineEdit* field = new QLineEdit(&window);
    QMenu* viewMenu = window.menuBar()->addMenu(QStringLiteral("View"));

    bool show()
    {
        window.setCentralWidget(field);
        window.setGeometry(100, 100, 800, 500);
        window.show();
        window.activateWindow();
        field->setFocus();
        return QTest::qWaitForWindowActive(&window);
    }
};

// Every text the customer can read on the display.
QStringList displayTexts(const QWidget* display)
{
    QStringList texts;
    for (const QLabel* label : display->findChildren<QLabel*>())
        if (label->isVisible())
            texts << label->text();
    return texts;
}

QString labelText(const QWidget* display, const char* name)
{
    const auto* label = display->findChild<QLabel*>(QLatin1String(name));
    if (!label)
        return QStringLiteral("<no label %1>").arg(QLatin1String(name));
    return label->isVisible() ? label->text() : QString();
}

// Plugs screens in and out at run time: the offscreen plugin's own
// "setConfiguration" (it diffs the screens by name and tells Qt, as a real
// platform does on a hot-plug).
bool setScreens(const QJsonArray& screens)
{
    QPlatformNativeInterface* native = QGuiApplication::platformNativeInterface();
    using SetConfiguration = void (*)(const QJsonObject&, QPlatformNativeInterface*);
    auto* set = reinterpret_cast<SetConfiguration>(native->nativeResourceForIntegration("setConfiguration"));
    if (!set)
        return false;
    set(QJsonObject{{QStringLiteral("screens"), screens}}, native);
    return true;
}

QJsonArray configuredScreens()
{
    QFile file(QStringLiteral(COUNTERDESK_TWO_SCREENS_CONFIG));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("screens")).toArray();
}

// The agent's screen alone: the customer's is unplugged.
QJsonArray counterScreenOnly()
{
    QJsonArray screens = configuredScreens();
    screens.removeLast();
    return screens;
}

// The agent's window with the customer display opened from it.
struct OpenDisplay
{
    explicit OpenDisplay(const QString& settingsFile)
        : settings(settingsFile)
    {}

    bool open()
    {
        if (!agent.show())
            return false;
        controller = std::make_unique<CustomerDisplayController>(settings, &agent.window, agent.viewMenu);
        controller->setOpen(true);
        return QTest::qWaitForWindowExposed(controller->display());
    }
    CustomerDisplay* display() const { return controller->display(); }

    Settings settings;
    AgentWindow agent;
    std::unique_ptr<CustomerDisplayController> controller;
};

} // namespace

class TestCustomerDisplay : public QObject
{
    Q_OBJECT

public:
    // Before QApplication: the two screens. Qt splits the platform argument
    // at ':', so the file is named relative to the working directory.
    static void initMain()
    {
        const QString config =
            QDir::current().relativeFilePath(QStringLiteral(COUNTERDESK_TWO_SCREENS_CONFIG));
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + QFile::encodeName(config));
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullScreenOnTheCustomersScreenWithoutTakingTheKeyboard();
    void aWindowWhenThereIsOneScreen();
    void followsScreensPluggedInAndOut();
    void theChosenScreenIsRememberedByName();
    void theMainWindowRemembersIt();
    void followsATransferInTheCustomersLanguage_data();
    void followsATransferInTheCustomersLanguage();
    void onlyTheCustomersOwnBalance();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void TestCustomerDisplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(QGuiApplication::screens().size(), 2);
    QCOMPARE(QGuiApplication::screens().at(1)->name(), QStringLiteral("customer"));
}

void TestCustomerDisplay::init()
{
    m_path = m_dir.filePath(QStringLiteral("counter-%1.ini").arg(++m_counter));
}

void TestCustomerDisplay::cleanup()
{
    // Every test starts with both screens, whatever the last one unplugged.
    if (QGuiApplication::screens().size() != 2)
        QVERIFY(setScreens(configuredScreens()));
}

void TestCustomerDisplay::fullScreenOnTheCustomersScreenWithoutTakingTheKeyboard()
{
    Settings settings(m_path);
    AgentWindow agent;
    QVERIFY(agent.show());
    CustomerDisplayController controller(settings, &agent.window, agent.viewMenu);
    QTest::keyClicks(agent.field, QStringLiteral("98765"));

    auto* action = agent.window.findChild<QAction*>(QStringLiteral("customerDisplayAction"));
    QVERIFY(action);
    QVERIFY(agent.viewMenu->actions().contains(action));
    action->trigger();
    QVERIFY(controller.display());
    QVERIFY(QTest::qWaitForWindowExposed(controller.display()));
    QTRY_VERIFY(controller.display()->isFullScreen());
    QCOMPARE(controller.display()->screen()->name(), QStringLiteral("customer"));
    QCOMPARE(controller.display()->geometry(), QRect(1366, 0, 1280, 720));

    // The agent goes on typing where they were.
    QTest::qWait(100);
    QTRY_COMPARE(QGuiApplication::focusWindow(), agent.window.windowHandle());
    QCOMPARE(QApplication::focusWidget(), agent.field);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("43210"));
    QCOMPARE(agent.field->text(), QStringLiteral("9876543210"));
    QCOMPARE(controller.display()->focusPolicy(), Qt::NoFocus);
}

void TestCustomerDisplay::aWindowWhenThereIsOneScreen()
{
    QVERIFY(setScreens(counterScreenOnly()));
    QTRY_COMPARE(QGuiApplication::screens().size(), 1);

    OpenDisplay d(m_path);
    QVERIFY(d.open());
    QVERIFY(!d.display()->isFullScreen());
    QVERIFY(d.display()->isVisible());
    // A window the agent can turn towards the customer, inside the screen.
    QVERIFY(d.display()->width() < 1366);
    QVERIFY(QRect(0, 0, 1366, 768).contains(d.display()->geometry()));
    QTRY_COMPARE(QGuiApplication::focusWindow(), d.agent.window.windowHandle());
}

void TestCustomerDisplay::followsScreensPluggedInAndOut()
{
    QVERIFY(setScreens(counterScreenOnly()));
    QTRY_COMPARE(QGuiApplication::screens().size(), 1);

    OpenDisplay d(m_path);
    QVERIFY(d.open());
    QVERIFY(!d.display()->isFullScreen());

    // The customer's screen is plugged in: the display moves there.
    QVERIFY(setScreens(configuredScreens()));
    QTRY_VERIFY(d.display()->isFullScreen());
    QCOMPARE(d.display()->screen()->name(), QStringLiteral("customer"));
    QVERIFY(d.agent.window.findChild<QAction*>(QStringLiteral("customerDisplayScreen_customer")));

    // ... and unplugged again: back to a window on the agent's screen, still open.
    QVERIFY(setScreens(counterScreenOnly()));
    QTRY_VERIFY(!d.display()->isFullScreen());
    QVERIFY(d.display()->isVisible());
    QCOMPARE(d.display()->screen()->name(), QStringLiteral("counter"));
    QVERIFY(d.controller->isOpen());
    QVERIFY(d.settings.boolValue(SettingKey::CustomerDisplayShown));
}

void TestCustomerDisplay::theChosenScreenIsRememberedByName()
{
    // Three screens: the agent chooses the third one in the View menu.
    QJsonArray three = configuredScreens();
    three.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("kiosk")},
                             {QStringLiteral("x"), 2646},
                             {QStringLiteral("y"), 0},
                             {QStringLiteral("width"), 1024},
                             {QStringLiteral("height"), 600}});
    QVERIFY(setScreens(three));
    QTRY_COMPARE(QGuiApplication::screens().size(), 3);

    Settings settings(m_path);
    AgentWindow agent;
    QVERIFY(agent.show());
    {
        CustomerDisplayController controller(settings, &agent.window, agent.viewMenu);
        controller.setOpen(true);
        QTRY_VERIFY(controller.display()->isFullScreen());
        QCOMPARE(controller.display()->screen()->name(), QStringLiteral("customer"));
        auto* kiosk = agent.window.findChild<QAction*>(QStringLiteral("customerDisplayScreen_kiosk"));
        QVERIFY(kiosk);
        kiosk->trigger();
        QTRY_COMPARE(controller.display()->screen()->name(), QStringLiteral("kiosk"));
        QVERIFY(controller.display()->isFullScreen());
        QCOMPARE(settings.stringValue(SettingKey::CustomerDisplayScreen), QStringLiteral("kiosk"));
    }

    // The chosen screen is unplugged: the first other one stands in, and the
    // choice is kept for when it comes back.
    QJsonArray withoutKiosk = three;
    withoutKiosk.removeLast();
    QVERIFY(setScreens(withoutKiosk));
    QTRY_COMPARE(QGuiApplication::screens().size(), 2);
    CustomerDisplayController controller(settings, &agent.window, agent.viewMenu);
    controller.restore();
    QTRY_VERIFY(controller.display() && controller.display()->isFullScreen());
    QCOMPARE(controller.display()->screen()->name(), QStringLiteral("customer"));
    QCOMPARE(settings.stringValue(SettingKey::CustomerDisplayScreen), QStringLiteral("kiosk"));
    QVERIFY(setScreens(three));
    QTRY_COMPARE(controller.display()->screen()->name(), QStringLiteral("kiosk"));
}

void TestCustomerDisplay::theMainWindowRemembersIt()
{
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        auto* action = counter.find<QAction>(QStringLiteral("customerDisplayAction"));
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked());
        QVERIFY(!counter.window->customerDisplay()->isOpen());
        action->trigger();
        QTRY_VERIFY(counter.window->customerDisplay()->isOpen());
        QTRY_VERIFY(counter.window->customerDisplay()->display()->isFullScreen());
        QTRY_COMPARE(QGuiApplication::focusWindow(), counter.window->windowHandle());
    }
    QVERIFY(Settings(m_path).boolValue(SettingKey::CustomerDisplayShown));

    // The next start opens it again, on the customer's screen.
    CounterFixture counter(m_path);
    QVERIFY(counter.showAndSettle());
    QTRY_VERIFY(counter.window->customerDisplay()->isOpen());
    CustomerDisplay* display = counter.window->customerDisplay()->display();
    QTRY_VERIFY(display->isFullScreen());
    QCOMPARE(display->screen()->name(), QStringLiteral("customer"));
    QVERIFY(counter.find<QAction>(QStringLiteral("customerDisplayAction"))->isChecked());

    // A transfer window opened from the menu is followed; closed, the welcome.
    counter.find<QAction>(QStringLiteral("newTransferAction"))->trigger();
    QWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = counter.window->findChild<QWizard*>(QStringLiteral("transferWizard"))));
    auto* language = wizard->findChild<QComboBox*>(QStringLiteral("customerLanguageCombo"));
    QVERIFY(language);
    language->setCurrentIndex(language->findData(QStringLiteral("hi")));
    QTRY_COMPARE(display->languageShown(), QStringLiteral("hi"));
    QCOMPARE(labelText(display, "headingLabel"), QStringLiteral("स्वागत है"));
    wizard->reject();
    QTRY_COMPARE(display->languageShown(), QStringLiteral("en"));
    QCOMPARE(labelText(display, "headingLabel"), QStringLiteral("Welcome"));

    // Closed from the menu: remembered closed.
    counter.find<QAction>(QStringLiteral("customerDisplayAction"))->trigger();
    QTRY_VERIFY(!counter.window->customerDisplay()->isOpen());
    QVERIFY(!counter.settings.boolValue(SettingKey::CustomerDisplayShown));
}

void TestCustomerDisplay::followsATransferInTheCustomersLanguage_data()
{
    QTest::addColumn<QString>("agentLanguage");
    QTest::addColumn<QString>("customerLanguage");
    QTest::addColumn<QString>("welcome");
    QTest::addColumn<QString>("greeting"); // %1 the customer's name
    QTest::addColumn<QString>("checkBeforeOtp");
    QTest::addColumn<QString>("amountWords");
    QTest::addColumn<QString>("moneySent");

    QTest::newRow("agent English, customer Hindi")
        << QStringLiteral("en") << QStringLiteral("hi") << QStringLiteral("स्वागत है")
        << QStringLiteral("नमस्ते, %1") << QStringLiteral("एजेंट को OTP बताने से पहले यह जाँच लें")
        << QStringLiteral("बारह हज़ार पाँच सौ रुपये मात्र") << QStringLiteral("✔ पैसे भेज दिए गए");
    QTest::newRow("agent Hindi, customer English")
        << QStringLiteral("hi") << QStringLiteral("en") << QStringLiteral("Welcome")
        << QStringLiteral("Welcome, %1") << QStringLiteral("Check this before you tell the agent your OTP")
        << QStringLiteral("Twelve thousand five hundred rupees only") << QStringLiteral("✔ Money sent");
}

void TestCustomerDisplay::followsATransferInTheCustomersLanguage()
{
    QFETCH(QString, agentLanguage);
    QFETCH(QString, customerLanguage);
    QFETCH(QString, welcome);
    QFETCH(QString, greeting);
    QFETCH(QString, checkBeforeOtp);
    QFETCH(QString, amountWords);
    QFETCH(QString, moneySent);

    // The agent's language, installed app-wide as LanguageManager does.
    QTranslator agentWords;
    if (agentLanguage != u"en") {
        QVERIFY(i18n::load(agentWords, agentLanguage));
        QCoreApplication::installTranslator(&agentWords);
    }
    const auto removeAgentWords = qScopeGuard([&] { QCoreApplication::removeTranslator(&agentWords); });

    OpenDisplay d(m_path);
    d.settings.setValue(SettingKey::ShopName, QStringLiteral("Sharma Telecom"));
    QVERIFY(d.open());
    CustomerDisplay* display = d.display();
    QTRY_VERIFY(display->isFullScreen());
    QCOMPARE(labelText(display, "shopLabel"), QStringLiteral("Sharma Telecom"));

    WizardFixture f;
    QVERIFY(f.start());
    d.controller->follow(&f.wizard->context());
    QCOMPARE(display->screen()->name(), QStringLiteral("customer"));
    // The agent's window is in the agent's language.
    const QString agentTitle =
        QCoreApplication::translate("counterdesk::ui::TransferWizard", "New transfer — TRAINING");
    QCOMPARE(f.wizard->windowTitle(), agentTitle);
    QCOMPARE(agentTitle == QStringLiteral("New transfer — TRAINING"), agentLanguage == u"en");

    // The customer's language, chosen on the Customer page for this transfer.
    auto* language = f.find<QComboBox>(QStringLiteral("customerLanguageCombo"));
    QVERIFY(language);
    language->setCurrentIndex(language->findData(customerLanguage));
    QTRY_COMPARE(display->languageShown(), customerLanguage);
    QCOMPARE(labelText(display, "headingLabel"), welcome);
    f.find<QLineEdit>(QStringLiteral("mobileEdit"))->setFocus();

    QStringList secrets; // what must never be on the display
    const QString mobile = QStringLiteral("9000000001");
    const auto checkNothingSecret = [&] {
        const QStringList texts = displayTexts(display);
        for (const QString& text : texts)
            for (const QString& secret : secrets)
                QVERIFY2(!text.contains(secret), qPrintable(text + QStringLiteral(" shows ") + secret));
    };

    reachRecipients(f, mobile);
    if (QTest::currentTestFailed())
        return;
    secrets << f.otp(mobile, QStringLiteral("sender"));
    const QString customerName = f.wizard->session().sender()->name;
    QTRY_COMPARE(labelText(display, "headingLabel"), greeting.arg(customerName));
    checkNothingSecret();

    // A new recipient, the account typed in full by the agent.
    const QString account = QStringLiteral("300012345678");
    secrets << account << account.right(5);
    f.press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(f.wizard->session().state(), State::AddRecipient);
    typeNewRecipient(f, QStringLiteral("Geeta Rao"), QStringLiteral("98765 00099"), account,
                     QStringLiteral("sbin0004321"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::RecipientBankOtp);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("bankOtpEdit"));
    secrets << f.otp(mobile, QStringLiteral("recipient_bank"));
    f.type(secrets.last());
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::AmountPageId));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("amountEdit"));
    checkNothingSecret();

    // The amount is fixed and the OTP is on the customer's phone: check.
    f.type(QStringLiteral("12500"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    QTRY_COMPARE(labelText(display, "noteLabel"), checkBeforeOtp);
    QCOMPARE(labelText(display, "recipientValue"), QStringLiteral("Geeta Rao"));
    QCOMPARE(labelText(display, "bankValue"), f.wizard->session().chosenRecipient()->bank);
    QVERIFY(!labelText(display, "bankValue").isEmpty());
    QCOMPARE(labelText(display, "accountValue"), QStringLiteral("••••5678"));
    QCOMPARE(labelText(display, "amountValue"), QStringLiteral("₹12,500"));
    QCOMPARE(labelText(display, "amountWordsValue"), amountWords);
    QVERIFY(!labelText(display, "channelValue").isEmpty());
    checkNothingSecret();

    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("otpEdit"));
    secrets << f.otp(mobile, QStringLiteral("transaction"));
    f.type(secrets.last());
    checkNothingSecret(); // typed, not yet sent
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    QTRY_VERIFY(labelText(display, "noteLabel") != checkBeforeOtp);
    QCOMPARE(labelText(display, "amountValue"), QStringLiteral("₹12,500"));
    checkNothingSecret();

    clickSend(f);
    QTRY_COMPARE(f.page(), int(Page::ResultPageId));
    QTRY_COMPARE(labelText(display, "headingLabel"), moneySent);
    const journal::Transfer sent = *f.wizard->session().transfer();
    QVERIFY(!sent.tid.isEmpty());
    QCOMPARE(labelText(display, "tidValue"), sent.tid);
    QVERIFY(sent.fee.has_value());
    QVERIFY(!labelText(display, "feeValue").isEmpty());
    // The sandbox's wallet paid amount and fee: the balance is the customer's.
    QVERIFY(sent.balanceAfter.has_value());
    QVERIFY(!labelText(display, "balanceValue").isEmpty());
    QCOMPARE(labelText(display, "accountValue"), QStringLiteral("••••5678"));
    checkNothingSecret();

    // The agent never lost the keyboard to the display.
    QVERIFY(QGuiApplication::focusWindow() != display->windowHandle());

    // Done: the transfer window closes, the display welcomes the next one.
    f.click(QStringLiteral("qt_wizard_finish"));
    QTRY_VERIFY(!f.wizard);
    QTRY_COMPARE(labelText(display, "headingLabel"), QStringLiteral("Welcome"));
    QCOMPARE(labelText(display, "tidValue"), QString());
}

// The Initiate answer's balance may be the agent's (REFERENCE.md "Whose
// balance"): shown only when it is the customer's wallet less this transfer.
void TestCustomerDisplay::onlyTheCustomersOwnBalance()
{
    const Money before = Money::fromRupees(5000);
    const Money amount = Money::fromRupees(1000);
    const Money fee = Money::fromRupees(10);
    QCOMPARE(CustomerScreen::customersBalanceAfter(before, amount, fee, Money::fromRupees(3990)),
             std::optional<Money>(Money::fromRupees(3990)));
    QCOMPARE(CustomerScreen::customersBalanceAfter(before, amount, fee, Money::fromRupees(4000)),
             std::optional<Money>(Money::fromRupees(4000)));
    // The agent's e-value balance, or anything else: hidden.
    QCOMPARE(CustomerScreen::customersBalanceAfter(before, amount, fee, Money::fromRupees(2208340023)),
             std::nullopt);
    QCOMPARE(CustomerScreen::customersBalanceAfter(std::nullopt, amount, fee, Money::fromRupees(3990)),
             std::nullopt);
    QCOMPARE(CustomerScreen::customersBalanceAfter(before, amount, std::nullopt, std::nullopt), std::nullopt);
}

void TestCustomerDisplay::screenshots_data()
{
    QTest::addColumn<QString>("customerLanguage");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("hi") << QStringLiteral("hi");
}

// Not a check: with COUNTERDESK_SCREENSHOT_DIR set, saves the display at each
// step of a transfer as customer-display-<step>-<language>.png, at the size
// of the customer's screen, for docs/screenshots and a person to look at.
void TestCustomerDisplay::screenshots()
{
    QFETCH(QString, customerLanguage);
    const QString dir = qEnvironmentVariable("COUNTERDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set COUNTERDESK_SCREENSHOT_DIR to write the screenshots");
    QDir().mkpath(dir);

    OpenDisplay d(m_path);
    d.settings.setValue(SettingKey::ShopName, QStringLiteral("Sharma Telecom & Money Transfer"));
    d.settings.setValue(SettingKey::ReceiptLanguage, customerLanguage);
    QVERIFY(d.open());
    CustomerDisplay* display = d.display();
    QTRY_VERIFY(display->isFullScreen());
    const auto shoot = [&](const char* step) {
        QTest::qWait(150); // let the last repaint land
        const QString path =
            dir + QStringLiteral("/customer-display-%1-%2.png").arg(QLatin1String(step), customerLanguage);
        QVERIFY2(display->grab().save(path), qPrintable(path));
    };
    shoot("welcome");

    WizardFixture f;
    QVERIFY(f.start());
    d.controller->follow(&f.wizard->context());
    auto* language = f.find<QComboBox>(QStringLiteral("customerLanguageCombo"));
    language->setCurrentIndex(language->findData(customerLanguage));
    f.find<QLineEdit>(QStringLiteral("mobileEdit"))->setFocus();
    const QString mobile = QStringLiteral("9000000001");
    reachRecipients(f, mobile);
    if (QTest::currentTestFailed())
        return;
    shoot("customer");
    chooseRecipient(f, QStringLiteral("Krishna"));
    f.type(QStringLiteral("12500"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("otpEdit"));
    shoot("check");
    f.type(f.otp(mobile, QStringLiteral("transaction")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    clickSend(f);
    QTRY_COMPARE(f.page(), int(Page::ResultPageId));
    QTRY_VERIFY(!labelText(display, "tidValue").isEmpty());
    shoot("result");
}

COUNTERDESK_TEST_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
