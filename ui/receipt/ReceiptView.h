// ReceiptView: the customer's receipt on screen, with print, preview, quick
// print and save as PDF. Used by the wizard's result page and by history.
//
// What the agent sees is the very document that is printed (built by the
// core's ReceiptBuilder); for a roll it is shown at the roll's width so a
// wrapped name looks on screen as it will on paper.
//
// The first print of an original is the customer's receipt; every print
// after it is marked COPY with the time it was printed, as Eloka's
// "Receipt (Copy)" is. A receipt opened from history starts as a copy.
#pragma once

#include "journal/Transfer.h"
#include "receipt/ReceiptOptions.h"
#include "receipt/ReceiptPrinting.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QPrinter;
class QPushButton;
class QTextDocument;
class QTextEdit;

namespace counterdesk {
class Settings;
}

namespace counterdesk::ui {

class ReceiptView : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save a PDF; empty means the agent cancelled. Tests pass
    // one that answers at once, so no file dialog ever blocks them.
    using SavePathChooser = std::function<QString(QWidget* parent, const QString& suggestedPath)>;

    explicit ReceiptView(Settings& settings, QWidget* parent = nullptr);
    ~ReceiptView() override;

    // Options from settings (shop, agent code, paper, receipt language);
    // copy = true for a reprint from history.
    void showTransfer(const journal::Transfer& transfer, bool copy);
    void showTransfer(const journal::Transfer& transfer, const ReceiptOptions& options);

    const QTextDocument* document() const { return m_document.get(); }
    const ReceiptOptions& options() const { return m_options; }
    void setSavePathChooser(SavePathChooser chooser);

    // Writes the receipt as it stands (no COPY marking added: a PDF is a
    // record, not a second paper for the customer).
    bool savePdf(const QString& filePath);

public Q_SLOTS:
    void print();
    void preview();
    void quickPrint();
    void saveAsPdf();

Q_SIGNALS:
    void pdfSaved(const QString& filePath);
    void printed();

private:
    void rebuild();
    void prepareForPrinting();
    void printDone();
    void fitViewToPaper();
    void onLayoutChosen(int index);
    void onLanguageChosen(int index);
    QString suggestedPdfPath() const;
    bool printOn(QPrinter& printer);

    Settings& m_settings;
    ReceiptPrinting m_printing;
    journal::Transfer m_transfer;
    ReceiptOptions m_options;
    bool m_printedOnce = false;
    std::unique_ptr<QTextDocument> m_document;
    SavePathChooser m_chooser;

    QTextEdit* m_text = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_quickPrintButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_savePdfButton = nullptr;
};

} // namespace counterdesk::ui
