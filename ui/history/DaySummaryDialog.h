// DaySummaryDialog: counts and totals of one day per status and rail, the
// fees collected, and what is still unsettled; printable and savable as PDF.
// Reached from the history view ("End of day").
#pragma once

#include "DaySummary.h"

#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;
class QPrinter;
class QTableWidget;

namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::ui {

class DaySummaryDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks where to save the PDF; empty = cancelled. Tests answer at once.
    using SavePathChooser = std::function<QString(QWidget* parent, const QString& suggestedPath)>;

    DaySummaryDialog(const journal::Journal& journal, const QDate& day, QWidget* parent = nullptr);

    void setDay(const QDate& day);
    const DaySummary& summary() const { return m_summary; }
    void setSavePathChooser(SavePathChooser chooser) { m_chooser = std::move(chooser); }
    void setShopName(const QString& shop) { m_shop = shop; }

    bool savePdf(const QString& filePath) const;

public Q_SLOTS:
    void preview();
    void saveAsPdf();

private:
    void reload();
    void paint(QPrinter* printer) const;

    const journal::Journal& m_journal;
    DaySummary m_summary;
    QString m_shop;
    SavePathChooser m_chooser;
    QDateEdit* m_date = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_totals = nullptr;
};

} // namespace counterdesk::ui
