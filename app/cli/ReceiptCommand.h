// `counterdesk-cli receipt REF --pdf FILE`: the customer's receipt of a
// journal transfer as a PDF, built by app/receipt exactly as the GUI prints it.
#pragma once

#include <QString>

namespace counterdesk::cli {

class CliContext;

struct ReceiptArguments
{
    QString clientRefId;
    QString pdfFile;
    QString layout;   // "58mm", "80mm", "a4", "letter"; empty = the counter's setting
    QString language; // "en", "hi"; empty = the counter's setting
    bool copy = false;
};

class ReceiptCommand
{
public:
    static int run(CliContext& context, const ReceiptArguments& arguments);
};

} // namespace counterdesk::cli
