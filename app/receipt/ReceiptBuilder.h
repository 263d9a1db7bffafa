// ReceiptBuilder: turns a journal transfer into the customer's receipt.
//
// The document is built with a QTextCursor, never from HTML: every value
// (names, bank, channel_desc, tid from the server) goes in through
// insertText(), so "<b>" or "&amp;" in a name prints as typed and nothing a
// server sends can change the receipt's layout. The same document is shown on
// screen (ui/receipt/ReceiptView), printed and written to PDF
// (ReceiptRenderer).
#pragma once

#include "journal/Transfer.h"
#include "receipt/ReceiptOptions.h"

#include <QString>
#include <QTextCharFormat>
#include <memory>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace counterdesk {

enum class ReceiptWord;

class ReceiptBuilder
{
public:
    // The resource name of the QR code image inside the document.
    static const QString kQrResource;

    static std::unique_ptr<QTextDocument> build(const journal::Transfer& transfer,
                                                const ReceiptOptions& options);

private:
    ReceiptBuilder(const journal::Transfer& transfer, const ReceiptOptions& options, QTextDocument& document);

    void buildAll();
    void addHeader();
    void addMarkings();
    void addDetails();
    void addQrCode();
    void addFooter();

    void addCentred(const QString& text, qreal pointSize, bool bold);
    void addBoxed(const QString& heading, const QString& note);
    void addRule();
    void addRow(ReceiptWord label, const QString& value, bool bold = false);
    void addWideRow(const QString& text);
    QString word(ReceiptWord w) const;
    QTextCharFormat charFormat(qreal pointSize, bool bold) const;

    const journal::Transfer& m_transfer;
    const ReceiptOptions& m_options;
    QTextDocument& m_document;
    qreal m_base = 9.0;
    QTextTable* m_table = nullptr;
};

} // namespace counterdesk
