// A Hindi-speaking agent takes a brand-new customer through KYC to a first
// transfer with CounterDesk set to Hindi: on no page may they meet an English
// word, only names and codes that stay in Latin letters (LatinWordAudit) and
// what they typed themselves or Eko sent. The windows around the wizard are
// walked in tests/gui/tst_hindiwindows.
#include "LatinWordAudit.h"
#include "TestRunner.h"
#include "WizardTour.h"

#include <QScopeGuard>
#include <QTranslator>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

class TestHindiWalk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWizardPageInHindi()
    {
        QTranslator hindi;
        QVERIFY(hindi.load(QStringLiteral(":/i18n/counterdesk_hi.qm")));
        QCoreApplication::installTranslator(&hindi);
        const auto removeTranslator = qScopeGuard([&hindi] { QCoreApplication::removeTranslator(&hindi); });
        WizardFixture f;
        f.tweakServices = [](WizardServices& services) {
            services.language = DisplayLanguage::Hindi;
        };
        QVERIFY(f.start());
        // Eko's data: the consent languages as Eko names them, the banks'
        // names from the sandbox's bank list.
        QStringList data = wizardTourData();
        data << QStringLiteral("Hindi") << QStringLiteral("State Bank of India");
        QStringList failures;
        walkNewCustomerTransfer(f, [&](const char* where) {
            // The transfer's own values are data too, whatever letters they
            // happen to be made of: its client_ref_id (ClientRefId: base-36
            // stamp + random base-36 characters, so now and then all letters;
            // "mxaccnephhqspbm" on the receipt line once failed CI as an
            // English word), the TID and UTR Eko gave it, and the names on
            // its row. Only these exact values are taken out, not everything
            // shaped like a reference, so an untranslated word still counts;
            // nor Eko's status texts (channel_desc, tx_status_desc), which
            // would hide an untranslated "Success".
            QStringList values = data;
            if (const std::optional<journal::Transfer>& t = f.wizard->session().transfer())
                values << t->clientRefId << t->tid << t->bankRefNum << t->senderName << t->recipientName
                       << t->recipientBank;
            const QStringList english = latinWords(f.wizard, values);
            if (!english.isEmpty())
                failures << QStringLiteral("%1: %2").arg(QLatin1String(where),
                                                         english.join(QStringLiteral("; ")));
        });
        if (QTest::currentTestFailed())
            return;
        for (const QString& failure : failures)
            qWarning().noquote() << failure;
        QVERIFY2(failures.isEmpty(), "English words on a Hindi screen (listed above)");
    }
};

COUNTERDESK_TEST_MAIN(TestHindiWalk)
#include "tst_hindiwalk.moc"
