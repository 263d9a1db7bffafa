// The receipt view as the agent uses it: it shows the receipt, and Save PDF
// writes the file the (pre-answered) dialog named.
#include "ReceiptSamples.h"
#include "TestRunner.h"
#include "receipt/ReceiptPrinting.h"
#include "receipt/ReceiptView.h"
#include "receipt/ReceiptWords.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

using namespace counterdesk;
using namespace receipttest;
using counterdesk::ui::ReceiptView;

class TestReceiptView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    int m_counter = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter)));
        m_settings->setValue(SettingKey::ShopName, QStringLiteral("Sharma Mobile"));
        m_settings->setValue(SettingKey::ReceiptPaper, QStringLiteral("58mm"));
    }

    void showsTheReceipt()
    {
        ReceiptView view(*m_settings);
        view.showTransfer(sampleTransfer(TransferState::Success), false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* text = view.findChild<QTextEdit*>(QStringLiteral("receiptText"));
        QVERIFY(text);
        QCOMPARE(text->document(), view.document());
        const QString shown = text->document()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Sharma Mobile")));
        QVERIFY(shown.contains(QStringLiteral("2880123456")));
        QVERIFY(shown.contains(QStringLiteral("Sunita Devi")));
        QVERIFY(!shown.contains(QStringLiteral("COPY")));
        QCOMPARE(view.options().layout, ReceiptLayout::Roll58mm);
        // Shown at the roll's width, as it will wrap on paper.
        QCOMPARE(text->lineWrapMode(), QTextEdit::FixedPixelWidth);
        // For looking at it: RECEIPT_SAMPLE_DIR gets a picture of the view.
        const QString dir = qEnvironmentVariable("RECEIPT_SAMPLE_DIR");
        if (!dir.isEmpty()) {
            view.resize(640, 720);
            QVERIFY(view.grab().save(dir + QStringLiteral("/receiptview.png")));
        }
    }

    void reprintFromHistoryIsACopy()
    {
        ReceiptView view(*m_settings);
        view.showTransfer(sampleTransfer(TransferState::Success), true);
        QVERIFY(view.document()->toPlainText().contains(QStringLiteral("COPY")));
    }

    void trainingTransferIsMarked()
    {
        ReceiptView view(*m_settings);
        journal::Transfer t = sampleTransfer(TransferState::Pending);
        t.profile = QStringLiteral("Shop counter"); // the kind decides, not the name
        t.profileKind = ProfileKind::Training;
        view.showTransfer(t, false);
        const QString shown = view.document()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("TRAINING")));
        QVERIFY(shown.contains(QStringLiteral("PROVISIONAL")));
    }

    // A custom profile that happens to be called "training" sends real
    // money: its receipt must not say TRAINING ("no money was sent").
    void customProfileNamedTrainingIsNotMarked()
    {
        ReceiptView view(*m_settings);
        journal::Transfer t = sampleTransfer(TransferState::Success);
        t.profile = QStringLiteral("training");
        t.profileKind = ProfileKind::Custom;
        view.showTransfer(t, false);
        QVERIFY(!view.document()->toPlainText().contains(QStringLiteral("TRAINING")));
        t.profileKind.reset(); // a row from before v3 whose kind is not known
        view.showTransfer(t, false);
        QVERIFY(!view.document()->toPlainText().contains(QStringLiteral("TRAINING")));
    }

    void savePdfWritesTheChosenFile()
    {
        ReceiptView view(*m_settings);
        view.showTransfer(sampleTransfer(TransferState::Success), false);
        const QString target = m_dir.filePath(QStringLiteral("out/customer"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        QString suggested;
        view.setSavePathChooser([&](QWidget*, const QString& s) {
            suggested = s;
            return target;
        });
        QSignalSpy saved(&view, &ReceiptView::pdfSaved);
        auto* button = view.findChild<QPushButton*>(QStringLiteral("savePdfButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);

        QVERIFY(suggested.endsWith(QStringLiteral("receipt-CD7Q2X9K4M1P8R3T.pdf")));
        const QString written = target + QStringLiteral(".pdf");
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), written);
        QVERIFY(QFileInfo(written).size() > 1000);
        QCOMPARE(m_settings->stringValue(SettingKey::LastExportDirectory), QFileInfo(written).absolutePath());
        QVERIFY2(!pdftotext().isEmpty(), pdftotextMissing);
        const QString text = pdfText(written);
        QVERIFY2(text.contains(QStringLiteral("2880123456")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("432112345678")));
    }

    void cancelledSaveWritesNothing()
    {
        ReceiptView view(*m_settings);
        view.showTransfer(sampleTransfer(TransferState::Success), false);
        view.setSavePathChooser([](QWidget*, const QString&) { return QString(); });
        QSignalSpy saved(&view, &ReceiptView::pdfSaved);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
    }

    // The QPrinter path (print dialog, preview, quick print) gets the roll's
    // own page: 58 mm wide, as tall as the receipt.
    void printerGetsTheRollPage()
    {
        ReceiptView view(*m_settings);
        view.showTransfer(sampleTransfer(TransferState::Success), false);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        QVERIFY(ui::ReceiptPrinting::print(*view.document(), ReceiptLayout::Roll58mm, printer));
        const QSizeF mm = printer.pageLayout().pageSize().size(QPageSize::Millimeter);
        QCOMPARE(qRound(mm.width()), 58);
        QVERIFY(mm.height() > 100);
        QVERIFY(QFileInfo(path).size() > 1000);
        QVERIFY2(!pdftotext().isEmpty(), pdftotextMissing);
        QVERIFY(pdfText(path).contains(QStringLiteral("2880123456")));
    }

    // Quick print uses what was remembered, within sane bounds, and never
    // remembers "print to file" as the counter's printer.
    void printerSettings()
    {
        ui::ReceiptPrinting printing(*m_settings);
        QVERIFY(!printing.canQuickPrint());
        m_settings->setValue(SettingKey::ReceiptPrinter, QStringLiteral("No Such Printer 42"));
        m_settings->setValue(SettingKey::ReceiptCopies, 99);
        QVERIFY(!printing.canQuickPrint());
        QPrinter printer;
        printing.configure(printer);
        QCOMPARE(printer.copyCount(), 5);
        QVERIFY(printer.printerName() != QStringLiteral("No Such Printer 42"));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printing.remember(printer);
        QCOMPARE(m_settings->stringValue(SettingKey::ReceiptPrinter), QStringLiteral("No Such Printer 42"));
    }

    void paperAndLanguageChoices()
    {
        ReceiptView view(*m_settings);
        view.showTransfer(sampleTransfer(TransferState::Success), false);
        auto* paper = view.findChild<QComboBox*>(QStringLiteral("receiptPaper"));
        auto* language = view.findChild<QComboBox*>(QStringLiteral("receiptLanguage"));
        QVERIFY(paper && language);
        paper->setCurrentIndex(paper->findData(static_cast<int>(ReceiptLayout::A4)));
        Q_EMIT paper->activated(paper->currentIndex());
        QCOMPARE(view.options().layout, ReceiptLayout::A4);
        QCOMPARE(m_settings->stringValue(SettingKey::ReceiptPaper), QStringLiteral("a4"));

        language->setCurrentIndex(language->findData(static_cast<int>(DisplayLanguage::Hindi)));
        Q_EMIT language->activated(language->currentIndex());
        QVERIFY(view.document()->toPlainText().contains(
            ReceiptWords::text(ReceiptWord::Title, DisplayLanguage::Hindi)));
        // This customer's choice, not the counter's setting.
        QCOMPARE(m_settings->stringValue(SettingKey::ReceiptLanguage), QStringLiteral("en"));
    }
};

COUNTERDESK_TEST_MAIN(TestReceiptView)
#include "tst_receiptview.moc"
