// The name check on Add Recipient, typed like an agent against the
// in-process sandbox: the fee shows before anything is sent; the bank's name
// shows beside the customer's; where they differ, Save waits for the agent
// to tick that the customer confirmed; where the bank names nobody or cannot
// check, the agent is told and (for a bank without the check) nothing is sent.
#include "TestRunner.h"
#include "WizardSteps.h"
#include "money/MoneyFormatter.h"
#include "sandbox/SandboxTypes.h"
#include "wizard/TransferProblemText.h"

#include <QCheckBox>
#include <QScopeGuard>
#include <QTranslator>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

namespace {

const QString kCheckCall = QLatin1String(sandbox::CallName::VerifyBankAccount);
const QString kAddRecipientCall = QLatin1String(sandbox::CallName::AddRecipient);
const QString kSender = QStringLiteral("9000000001");

// Alt+A, then the form field by field with Tab; nothing is sent yet.
void fillNewRecipient(WizardFixture& f, const QString& name, const QString& account, const QString& ifsc)
{
    f.press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(f.wizard->session().state(), State::AddRecipient);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("recipientNameEdit"));
    f.type(name);
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("98765 00099"));
    f.press(Qt::Key_Tab);
    f.type(account);
    f.press(Qt::Key_Tab);
    f.type(account);
    f.press(Qt::Key_Tab);
    f.type(ifsc);
}

bool reachForm(WizardFixture& f, const QString& name, const QString& account, const QString& ifsc)
{
    if (!f.start())
        return false;
    reachRecipients(f, kSender);
    if (QTest::currentTestFailed())
        return false;
    fillNewRecipient(f, name, account, ifsc);
    return !QTest::currentTestFailed();
}

QString sevenRupees()
{
    return MoneyFormatter::format(Money::fromPaise(700), DisplayLanguage::English);
}

} // namespace

class TestWizardNameCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nameRule_data();
    void nameRule();
    void namesAgree();
    void namesDifferNeedTheAgentsConfirmation();
    void bankWithoutTheCheckSendsNothing();
    void bankNamesNobody();
    void differingNamesInHindi();
};

// What the page and the CLI call "the names agree": case, dots, spaces,
// word order and a title in front do not matter; a missing, extra or
// shortened word does, so the agent sees it.
void TestWizardNameCheck::nameRule_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("bank");
    QTest::addColumn<bool>("agree");
    QTest::newRow("case") << "Geeta Rao"
                          << "GEETA RAO" << true;
    QTest::newRow("spaces") << " Geeta   Rao "
                            << "GEETA RAO" << true;
    QTest::newRow("title and dots") << "Sonu Kumar"
                                    << "Mr. Sonu Kumar" << true;
    QTest::newRow("initials with dots") << "R K Sharma"
                                        << "R.K.SHARMA" << true;
    QTest::newRow("order") << "Rao Geeta"
                           << "GEETA RAO" << true;
    QTest::newRow("initials order") << "Sharma R K"
                                    << "K. R. SHARMA" << true;
    QTest::newRow("extra word") << "Geeta Rao"
                                << "GEETHA RAMACHANDRA RAO" << false;
    QTest::newRow("initial for a word") << "Sonu Kumar"
                                        << "S KUMAR" << false;
    QTest::newRow("another person") << "Geeta Rao"
                                    << "RAMESH KUMAR" << false;
    QTest::newRow("title only") << "Mr"
                                << "MR" << true;
    QTest::newRow("nothing typed") << ""
                                   << "GEETA RAO" << false;
}

void TestWizardNameCheck::nameRule()
{
    QFETCH(QString, typed);
    QFETCH(QString, bank);
    QFETCH(bool, agree);
    QCOMPARE(transfer::TransferSession::namesAgree(typed, bank), agree);
}

void TestWizardNameCheck::namesAgree()
{
    WizardFixture f;
    QVERIFY(reachForm(f, QStringLiteral("Geeta Rao"), QStringLiteral("300012345678"),
                      QStringLiteral("SBIN0001234")));
    // The fee is named before the check goes out.
    QVERIFY2(f.text(QStringLiteral("nameCheckFee")).contains(sevenRupees()),
             qPrintable(f.text(QStringLiteral("nameCheckFee"))));
    QCOMPARE(f.server->callCount(kCheckCall), 0);

    f.press(Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(f.text(QStringLiteral("nameCheckValue")).contains(QLatin1String("GEETA RAO")));
    const QString shown = f.text(QStringLiteral("nameCheckValue"));
    QVERIFY2(shown.contains(QLatin1String("Geeta Rao")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("The names agree.")), qPrintable(shown));
    QVERIFY2(shown.contains(sevenRupees()), qPrintable(shown)); // what Eko charged
    QVERIFY(!f.find<QCheckBox>(QStringLiteral("confirmNameCheck"))->isVisible());
    QCOMPARE(f.server->callCount(kCheckCall), 1);

    f.click(QStringLiteral("saveRecipientButton"));
    QTRY_COMPARE(f.wizard->session().state(), State::RecipientBankOtp);
    QCOMPARE(f.server->callCount(kAddRecipientCall), 1);
}

void TestWizardNameCheck::namesDifferNeedTheAgentsConfirmation()
{
    WizardFixture f;
    QVERIFY(reachForm(f, QStringLiteral("Geeta Rao"), QStringLiteral("300012345678"),
                      QStringLiteral("HDFC0000123")));
    f.press(Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(f.text(QStringLiteral("nameCheckValue")).contains(QLatin1String("GEETHA RAMACHANDRA RAO")));
    QVERIFY(f.text(QStringLiteral("nameCheckValue")).contains(QLatin1String("The names differ.")));
    auto* confirm = f.find<QCheckBox>(QStringLiteral("confirmNameCheck"));
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY(!confirm->isChecked());
    // Asked again for the same account: the paid answer is kept, not bought twice.
    f.press(Qt::Key_K, Qt::AltModifier);
    QTest::qWait(100);
    QCOMPARE(f.server->callCount(kCheckCall), 1);
    QVERIFY(f.text(QStringLiteral("nameCheckValue")).contains(QLatin1String("GEETHA RAMACHANDRA RAO")));

    // Save without asking the customer: refused, nothing sent.
    f.click(QStringLiteral("saveRecipientButton"));
    QTRY_COMPARE(f.bannerText(QStringLiteral("recipientBanner")),
                 TransferProblemText::local(transfer::LocalProblem::BankNameNotConfirmed));
    QTest::qWait(50);
    QCOMPARE(f.server->callCount(kAddRecipientCall), 0);
    QCOMPARE(f.wizard->session().state(), State::AddRecipient);

    // The customer confirms: the agent ticks with Alt+Y, then saves.
    f.press(Qt::Key_Y, Qt::AltModifier);
    QTRY_VERIFY(confirm->isChecked());
    f.click(QStringLiteral("saveRecipientButton"));
    QTRY_COMPARE(f.wizard->session().state(), State::RecipientBankOtp);
    QCOMPARE(f.server->callCount(kAddRecipientCall), 1);
    QCOMPARE(f.server->callCount(kCheckCall), 1);
}

void TestWizardNameCheck::bankWithoutTheCheckSendsNothing()
{
    WizardFixture f;
    // Karnataka Gramin Bank: Eko's isverificationavailable is 0.
    QVERIFY(reachForm(f, QStringLiteral("Geeta Rao"), QStringLiteral("300012345678"),
                      QStringLiteral("PKGB0010500")));
    f.press(Qt::Key_K, Qt::AltModifier);
    QTRY_COMPARE(f.bannerText(QStringLiteral("recipientBanner")),
                 TransferProblemText::local(transfer::LocalProblem::NameCheckNotOffered));
    QTest::qWait(50);
    QCOMPARE(f.server->callCount(kCheckCall), 0);
    // Adding without a check still works: the check is offered, not forced.
    f.click(QStringLiteral("saveRecipientButton"));
    QTRY_COMPARE(f.wizard->session().state(), State::RecipientBankOtp);
}

void TestWizardNameCheck::bankNamesNobody()
{
    WizardFixture f;
    QVERIFY(reachForm(f, QStringLiteral("Geeta Rao"), QStringLiteral("111122223333"),
                      QStringLiteral("SBIN0001234")));
    f.press(Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(!f.bannerText(QStringLiteral("recipientBanner")).isEmpty());
    const QString banner = f.bannerText(QStringLiteral("recipientBanner"));
    QVERIFY2(banner.contains(TransferProblemText::reason(eko::Reason::AccountNameNotFound)),
             qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("Recipient name not found")),
             qPrintable(banner)); // Eko's own words
    QVERIFY(f.text(QStringLiteral("nameCheckValue")).isEmpty());
    QCOMPARE(f.server->callCount(kCheckCall), 1);
}

void TestWizardNameCheck::differingNamesInHindi()
{
    QTranslator hindi;
    QVERIFY(hindi.load(QStringLiteral(":/i18n/counterdesk_hi.qm")));
    QCoreApplication::installTranslator(&hindi);
    const auto uninstall = qScopeGuard([&hindi] { QCoreApplication::removeTranslator(&hindi); });
    WizardFixture f;
    QVERIFY(reachForm(f, QStringLiteral("Geeta Rao"), QStringLiteral("300012345678"),
                      QStringLiteral("HDFC0000123")));
    QVERIFY2(f.text(QStringLiteral("nameCheckFee")).contains(QStringLiteral("शुल्क")),
             qPrintable(f.text(QStringLiteral("nameCheckFee"))));
    f.press(Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(f.text(QStringLiteral("nameCheckValue")).contains(QLatin1String("GEETHA RAMACHANDRA RAO")));
    const QString shown = f.text(QStringLiteral("nameCheckValue"));
    QVERIFY2(shown.contains(QStringLiteral("बैंक के अनुसार")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("नाम अलग हैं")), qPrintable(shown));
}

COUNTERDESK_TEST_MAIN(TestWizardNameCheck)
#include "tst_wizardnamecheck.moc"
