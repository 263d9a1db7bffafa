// CounterDesk set to Hindi, every window around the wizard opened as an agent
// opens it (WindowTour), Qt's own dialogs included: no English word may be
// left, only names and codes that stay in Latin letters (LatinWordAudit) and
// the data of the known journal. The wizard's pages are walked in
// tests/wizard/tst_hindiwalk.
#include "../wizard/LatinWordAudit.h"
#include "TestRunner.h"
#include "WindowTour.h"
#include "i18n/Catalogue.h"
#include "text/QtOwnWords.h"

#include <QTranslator>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

class TestHindiWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each word Qt puts on our windows has its Hindi in our catalogue: Debian
    // ships no qtbase_hi.qm, so nothing else would translate it.
    void qtOwnWordsHaveHindi()
    {
        QTranslator hindi;
        QVERIFY(i18n::load(hindi, QStringLiteral("hi")));
        QStringList missing;
        for (const QtOwnWord& word : qtOwnWords())
            if (hindi.translate(word.context, word.source).isEmpty())
                missing << QStringLiteral("%1: %2").arg(QLatin1String(word.context),
                                                        QString::fromUtf8(word.source));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void everyWindowInHindi()
    {
        TourCounter tour(QStringLiteral("hi"));
        QVERIFY(tour.ready);
        QVERIFY(tour.counter->showAndSettle());
        QCOMPARE(tour.counter->languages.currentLanguage(), QStringLiteral("hi"));
        const QStringList data = windowTourData();
        QStringList failures;
        walkWindows(*tour.counter, [&](QWidget* root, const QString& where) {
            const QStringList english = latinWords(root, data);
            if (!english.isEmpty())
                failures << where + QStringLiteral(": ") + english.join(QStringLiteral("; "));
        });
        if (QTest::currentTestFailed())
            return;
        for (const QString& failure : failures)
            qWarning().noquote() << failure;
        QVERIFY2(failures.isEmpty(), "English words on a Hindi screen (listed above)");
    }
};

COUNTERDESK_TEST_MAIN(TestHindiWindows)
#include "tst_hindiwindows.moc"
