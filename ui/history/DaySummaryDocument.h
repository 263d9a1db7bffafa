// DaySummaryDocument: the end-of-day summary as a printable document.
//
// Built with a QTextCursor, cell by cell, so no value is ever pasted into
// markup (a name or Eko's text cannot change the layout). Printed through
// QPrintPreviewDialog or written as a PDF by DaySummaryDialog.
#pragma once

#include "DaySummary.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QTextDocument;

namespace counterdesk::ui {

class DaySummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::DaySummaryDocument)
public:
    // `shop` heads the page (may be empty).
    static std::unique_ptr<QTextDocument> build(const DaySummary& summary, const QString& shop);
    static QString title(const QDate& day);
};

} // namespace counterdesk::ui
