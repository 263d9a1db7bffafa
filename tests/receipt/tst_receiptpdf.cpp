// The receipt as the customer gets it: every layout rendered to PDF, read
// back with pdftotext, and checked for every field and marking.
#include "ReceiptSamples.h"
#include "TestRunner.h"
#include "money/AmountInWords.h"
#include "money/MoneyFormatter.h"
#include "receipt/ReceiptBuilder.h"
#include "receipt/ReceiptRenderer.h"
#include "receipt/ReceiptValues.h"
#include "receipt/ReceiptWords.h"

#include <QAbstractTextDocumentLayout>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace counterdesk;
using namespace receipttest;
using journal::TransferState;

Q_DECLARE_METATYPE(counterdesk::journal::TransferState)

namespace {

ReceiptOptions sampleOptions(ReceiptLayout layout, DisplayLanguage language)
{
    ReceiptOptions options;
    options.shopName = QStringLiteral("Sharma Mobile & Recharge");
    options.shopAddress = QStringLiteral("Shop 12, Station Road\nLucknow 226001");
    options.agentCode = QStringLiteral("AG20110");
    options.layout = layout;
    options.language = language;
    return options;
}

// A value may wrap (its words then sit on several lines, padded by -layout)
// and a label in the left column may wrap beside a value: then each of its
// words must still be there.
bool appears(const QString& pdfText, const QString& expected)
{
    const QString text = squeezed(pdfText);
    if (text.contains(squeezed(expected)))
        return true;
    const QStringList words = expected.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (!text.contains(w))
            return false;
    }
    return !words.isEmpty();
}

bool hasDevanagari(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
}

// Every glyph drawn is a real glyph (no .notdef box), and Devanagari is drawn
// with a font that has Devanagari: the fallback family list works. Each
// fragment is shaped again in its own resolved font, since the document
// layout frees its glyphs once it has positioned the lines.
bool everyGlyphDrawable(const QTextDocument& doc, QString* problem)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString text = fragment.text();
            if (text.trimmed().isEmpty() || text.at(0) == QChar::ObjectReplacementCharacter)
                continue;
            QTextLayout layout(text, fragment.charFormat().font().resolve(doc.defaultFont()));
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            const QList<QGlyphRun> runs = layout.glyphRuns();
            bool devanagariFont = false;
            for (const QGlyphRun& run : runs) {
                const QList<quint32> glyphs = run.glyphIndexes();
                if (std::find(glyphs.begin(), glyphs.end(), 0u) != glyphs.end()) {
                    *problem =
                        QStringLiteral("missing glyph in \"%1\" (%2)").arg(text, run.rawFont().familyName());
                    return false;
                }
                devanagariFont = devanagariFont || run.rawFont().supportsCharacter(QChar(0x0915));
            }
            if (runs.isEmpty() || (hasDevanagari(text) && !devanagariFont)) {
                *problem = QStringLiteral("no Devanagari font for \"%1\"").arg(text);
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestReceiptPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString render(const journal::Transfer& transfer, const ReceiptOptions& options)
    {
        const std::unique_ptr<QTextDocument> doc = ReceiptBuilder::build(transfer, options);
        const QString path = m_dir.filePath(QStringLiteral("receipt-%1.pdf").arg(++m_counter));
        if (!ReceiptRenderer::writePdf(*doc, options.layout, path))
            return {};
        // NFKC: pdftotext gives the "fi" ligature as U+FB01.
        return pdfText(path).normalized(QString::NormalizationForm_KC);
    }

    qreal overflow(const journal::Transfer& transfer, const ReceiptOptions& options)
    {
        const std::unique_ptr<QTextDocument> doc = ReceiptBuilder::build(transfer, options);
        QPdfWriter device(m_dir.filePath(QStringLiteral("unused.pdf")));
        device.setResolution(300);
        const std::unique_ptr<QTextDocument> laidOut = ReceiptRenderer::layOut(*doc, options.layout, device);
        return laidOut->idealWidth() - ReceiptRenderer::contentWidth(options.layout, device);
    }

    // Latin text (values, names, amounts, English words) is read back from
    // the PDF. Devanagari cannot be: Qt's PDF maps each glyph to one
    // character, and the glyphs shaping makes (conjuncts such as च्च, the
    // reordered ि) have none, so pdftotext drops them. Hindi words are
    // therefore checked in the document that was printed, together with
    // proof that every glyph of it was drawable in a Devanagari font and
    // that the PDF carries Devanagari text at all.
    void checkPrinted(const journal::Transfer& t, const ReceiptOptions& options, const QString& text,
                      const QStringList& expected)
    {
        QVERIFY2(!text.isEmpty(), "no PDF or no text in it");
        const std::unique_ptr<QTextDocument> doc = ReceiptBuilder::build(t, options);
        const QString docText = doc->toPlainText();
        for (const QString& e : expected) {
            if (hasDevanagari(e)) {
                QVERIFY2(docText.contains(e),
                         qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, docText)));
            } else {
                QVERIFY2(appears(text, e), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text)));
            }
        }
        QString problem;
        QVERIFY2(everyGlyphDrawable(*doc, &problem), qPrintable(problem));
        if (options.language == DisplayLanguage::Hindi) {
            const auto devanagari = std::count_if(text.begin(), text.end(), [](QChar c) {
                return c.unicode() >= 0x0900 && c.unicode() <= 0x097F;
            });
            QVERIFY2(devanagari > 50, qPrintable(text));
            // Words made only of unshaped letters do survive extraction.
            QVERIFY(text.contains(QStringLiteral("सफल")) || t.state != journal::TransferState::Success);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // For looking at the receipts (pdftoppm -png): keep them.
        if (qEnvironmentVariableIsSet("RECEIPT_KEEP_PDF")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
        }
        QVERIFY2(!pdftotext().isEmpty(), pdftotextMissing);
    }

    void everyFieldIsPrinted_data()
    {
        QTest::addColumn<ReceiptLayout>("layout");
        QTest::addColumn<TransferState>("state");
        QTest::addColumn<DisplayLanguage>("language");
        const std::pair<const char*, ReceiptLayout> layouts[] = {{"58mm", ReceiptLayout::Roll58mm},
                                                                 {"80mm", ReceiptLayout::Roll80mm},
                                                                 {"a4", ReceiptLayout::A4},
                                                                 {"letter", ReceiptLayout::Letter}};
        const std::pair<const char*, TransferState> states[] = {{"success", TransferState::Success},
                                                                {"pending", TransferState::Pending},
                                                                {"unknown", TransferState::Unknown},
                                                                {"refunded", TransferState::Refunded}};
        for (const auto& [layoutName, layout] : layouts) {
            for (const auto& [stateName, state] : states) {
                for (DisplayLanguage lang : {DisplayLanguage::English, DisplayLanguage::Hindi}) {
                    QTest::addRow("%s %s %s", layoutName, stateName,
                                  lang == DisplayLanguage::Hindi ? "hi" : "en")
                        << layout << state << lang;
                }
            }
        }
    }

    void everyFieldIsPrinted()
    {
        QFETCH(ReceiptLayout, layout);
        QFETCH(TransferState, state);
        QFETCH(DisplayLanguage, language);
        const journal::Transfer t = sampleTransfer(state);
        const ReceiptOptions options = sampleOptions(layout, language);
        const QString text = render(t, options);
        QVERIFY2(!text.isEmpty(), "no PDF or no text in it");

        QStringList expected = {
            options.shopName,
            QStringLiteral("Shop 12, Station Road"),
            QStringLiteral("Lucknow 226001"),
            options.agentCode,
            QStringLiteral("23-11-2026 19:35:12 IST"),
            ReceiptValues::productName(t.rail),
            t.senderName,
            QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u20223210"),
            t.recipientName,
            t.recipientBank,
            QStringLiteral("\u2022\u2022\u2022\u20226789"),
            t.recipientIfsc,
            t.channelDesc,
            MoneyFormatter::format(t.amount, language),
            MoneyFormatter::format(*t.fee, language),
            MoneyFormatter::format(t.amount + *t.fee, language),
            AmountInWords::toWords(t.amount, language),
            t.tid,
            t.clientRefId,
            MoneyFormatter::format(*t.balanceAfter, language),
            ReceiptWords::status(state, language),
        };
        if (!t.bankRefNum.isEmpty())
            expected << t.bankRefNum;
        for (ReceiptWord w : {ReceiptWord::Title,     ReceiptWord::AgentCode,    ReceiptWord::DateTime,
                              ReceiptWord::Product,   ReceiptWord::Sender,       ReceiptWord::SenderMobile,
                              ReceiptWord::Recipient, ReceiptWord::Bank,         ReceiptWord::Account,
                              ReceiptWord::Ifsc,      ReceiptWord::Channel,      ReceiptWord::Amount,
                              ReceiptWord::Fee,       ReceiptWord::Total,        ReceiptWord::InWords,
                              ReceiptWord::Tid,       ReceiptWord::BankRef,      ReceiptWord::OurRef,
                              ReceiptWord::Status,    ReceiptWord::BalanceAfter, ReceiptWord::ThankYou}) {
            expected << ReceiptWords::text(w, language);
        }
        checkPrinted(t, options, text, expected);

        const QString provisional = ReceiptWords::text(ReceiptWord::Provisional, language);
        const QString docText = ReceiptBuilder::build(t, options)->toPlainText();
        QCOMPARE(docText.contains(provisional), ReceiptValues::isProvisional(state));
        if (language == DisplayLanguage::English)
            QCOMPARE(text.contains(provisional), ReceiptValues::isProvisional(state));
        QVERIFY(!docText.contains(ReceiptWords::text(ReceiptWord::Training, language)));
        QVERIFY(!docText.contains(ReceiptWords::text(ReceiptWord::Copy, language)));
        QVERIFY2(overflow(t, options) <= 0.5, "the receipt is wider than its paper");
    }

    void markingsArePrinted_data()
    {
        QTest::addColumn<ReceiptLayout>("layout");
        QTest::addColumn<DisplayLanguage>("language");
        QTest::newRow("58mm en") << ReceiptLayout::Roll58mm << DisplayLanguage::English;
        QTest::newRow("58mm hi") << ReceiptLayout::Roll58mm << DisplayLanguage::Hindi;
        QTest::newRow("80mm en") << ReceiptLayout::Roll80mm << DisplayLanguage::English;
        QTest::newRow("a4 hi") << ReceiptLayout::A4 << DisplayLanguage::Hindi;
    }

    void markingsArePrinted()
    {
        QFETCH(ReceiptLayout, layout);
        QFETCH(DisplayLanguage, language);
        journal::Transfer t = sampleTransfer(TransferState::Pending);
        t.profile = QStringLiteral("Training");
        ReceiptOptions options = sampleOptions(layout, language);
        options.training = true;
        options.copy = true;
        options.printedAt = QDateTime(QDate(2026, 11, 24), QTime(4, 30, 0), QTimeZone::utc());
        const QString text = render(t, options);
        QStringList expected = {QStringLiteral("24-11-2026 10:00:00 IST")};
        for (ReceiptWord w :
             {ReceiptWord::Training, ReceiptWord::TrainingNote, ReceiptWord::Copy, ReceiptWord::CopyNote,
              ReceiptWord::Provisional, ReceiptWord::ProvisionalNote, ReceiptWord::PrintedAt}) {
            expected << ReceiptWords::text(w, language);
        }
        checkPrinted(t, options, text, expected);
    }

    // Server text is printed as text: no markup, no entity decoding, and
    // long or unbroken values wrap inside the paper instead of being cut.
    void hostileTextIsLiteralAndWraps_data()
    {
        QTest::addColumn<ReceiptLayout>("layout");
        QTest::addColumn<DisplayLanguage>("language");
        QTest::newRow("58mm en") << ReceiptLayout::Roll58mm << DisplayLanguage::English;
        QTest::newRow("58mm hi") << ReceiptLayout::Roll58mm << DisplayLanguage::Hindi;
        QTest::newRow("80mm en") << ReceiptLayout::Roll80mm << DisplayLanguage::English;
        QTest::newRow("a4 en") << ReceiptLayout::A4 << DisplayLanguage::English;
    }

    void hostileTextIsLiteralAndWraps()
    {
        QFETCH(ReceiptLayout, layout);
        QFETCH(DisplayLanguage, language);
        journal::Transfer t = sampleTransfer(TransferState::Success);
        t.recipientName = QStringLiteral("<b>Bold</b> & Sons &amp; <img src=x> Co");
        t.senderName = QStringLiteral("Venkatanarasimharajuvaripeta Subrahmanyeswara Lakshminarayana "
                                      "Chakravarthy Bhattacharya");
        t.recipientBank = QStringLiteral("BANK") + QString(70, QLatin1Char('X')) + QStringLiteral("END");
        t.channelDesc = QStringLiteral("IMPS<br/>&nbsp;");
        const ReceiptOptions options = sampleOptions(layout, language);

        const std::unique_ptr<QTextDocument> doc = ReceiptBuilder::build(t, options);
        QVERIFY(doc->toPlainText().contains(t.recipientName));
        QVERIFY(doc->toPlainText().contains(t.channelDesc));

        const QString text = render(t, options);
        for (const QString& e : {t.recipientName, t.senderName, t.recipientBank, t.channelDesc})
            QVERIFY2(squeezed(text).contains(squeezed(e)),
                     qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text)));
        QVERIFY2(overflow(t, options) <= 0.5, "long text runs off the paper");
        if (ReceiptPaper::isRoll(layout)) {
            // Wrapped: no single line holds the whole name or the whole bank.
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                QVERIFY(!line.contains(t.senderName));
                QVERIFY(!line.contains(t.recipientBank));
            }
        }
    }

    // The pictures in docs/receipts: RECEIPT_SAMPLE_DIR=docs/receipts, then
    // pdftoppm -png -r 100 -singlefile on each PDF.
    void writeSamples()
    {
        const QString dir = qEnvironmentVariable("RECEIPT_SAMPLE_DIR");
        if (dir.isEmpty())
            QSKIP("set RECEIPT_SAMPLE_DIR to write the sample receipts");
        const std::tuple<const char*, ReceiptLayout, DisplayLanguage, TransferState> samples[] = {
            {"58mm", ReceiptLayout::Roll58mm, DisplayLanguage::English, TransferState::Success},
            {"80mm", ReceiptLayout::Roll80mm, DisplayLanguage::Hindi, TransferState::Success},
            {"a4", ReceiptLayout::A4, DisplayLanguage::English, TransferState::Pending},
        };
        for (const auto& [name, layout, language, state] : samples) {
            const std::unique_ptr<QTextDocument> doc =
                ReceiptBuilder::build(sampleTransfer(state), sampleOptions(layout, language));
            QVERIFY(ReceiptRenderer::writePdf(
                *doc, layout, dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".pdf")));
        }
    }

    // Every field is known but the bank reference: a dash, not an empty row.
    void unknownValuesPrintADash()
    {
        journal::Transfer t = sampleTransfer(TransferState::Unknown);
        t.tid.clear();
        t.fee.reset();
        t.balanceAfter.reset();
        const std::unique_ptr<QTextDocument> doc =
            ReceiptBuilder::build(t, sampleOptions(ReceiptLayout::Roll80mm, DisplayLanguage::English));
        const QString plain = doc->toPlainText();
        QVERIFY(plain.contains(QStringLiteral("\u2014")));
        QVERIFY(plain.contains(t.clientRefId));
        QVERIFY(plain.contains(QStringLiteral("PROVISIONAL")));
    }

    // A roll's page is exactly as tall as its receipt; A4 is A4.
    void pageSizeFollowsTheLayout_data()
    {
        QTest::addColumn<ReceiptLayout>("layout");
        QTest::newRow("58mm") << ReceiptLayout::Roll58mm;
        QTest::newRow("80mm") << ReceiptLayout::Roll80mm;
        QTest::newRow("a4") << ReceiptLayout::A4;
        QTest::newRow("letter") << ReceiptLayout::Letter;
    }

    void pageSizeFollowsTheLayout()
    {
        QFETCH(ReceiptLayout, layout);
        const journal::Transfer t = sampleTransfer(TransferState::Success);
        const std::unique_ptr<QTextDocument> doc =
            ReceiptBuilder::build(t, sampleOptions(layout, DisplayLanguage::English));
        QPdfWriter device(m_dir.filePath(QStringLiteral("size.pdf")));
        device.setResolution(300);
        const std::unique_ptr<QTextDocument> laidOut = ReceiptRenderer::layOut(*doc, layout, device);
        const QPageLayout page = ReceiptRenderer::pageLayout(*laidOut, layout, device);
        const QSizeF mm = page.pageSize().size(QPageSize::Millimeter);
        QCOMPARE(qRound(mm.width() * 10), qRound(ReceiptPaper::paperWidthMm(layout) * 10));
        if (ReceiptPaper::isRoll(layout)) {
            QVERIFY2(mm.height() > 80 && mm.height() < 400, qPrintable(QString::number(mm.height())));
            QCOMPARE(laidOut->pageCount(), 1);
        } else {
            QCOMPARE(qRound(mm.height()), qRound(ReceiptPaper::paperHeightMm(layout)));
        }
    }
};

COUNTERDESK_TEST_GUI_MAIN(TestReceiptPdf)

#include "tst_receiptpdf.moc"
