#include "cli/ReceiptCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "receipt/ReceiptBuilder.h"
#include "receipt/ReceiptLayout.h"
#include "receipt/ReceiptRenderer.h"
#include "receipt/ReceiptSettings.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextDocument>

namespace counterdesk::cli {
int ReceiptCommand::run(CliContext& context, const ReceiptArguments& a)
{
    std::optional<ReceiptLayout> layout;
    if (!a.layout.isEmpty()) {
        layout = ReceiptPaper::fromName(a.layout.toLower());
        if (!layout)
            return context.fail(
                ExitUsage,
                QCoreApplication::translate("ReceiptCommand", "--layout must be 58mm, 80mm, a4 or letter"));
    }
    // --lang was checked with the command line (en or hi); empty = the counter's setting.
    std::optional<DisplayLanguage> language;
    if (a.language == QLatin1String("en"))
        language = DisplayLanguage::English;
    else if (a.language == QLatin1String("hi"))
        language = DisplayLanguage::Hindi;

    journal::Transfer found;
    if (const int code = context.findTransfer(a.clientRefId, found); code != ExitOk)
        return code;

    const Settings settings;
    ReceiptOptions options = ReceiptSettings::options(settings, found, a.copy);
    if (layout)
        options.layout = *layout;
    if (language)
        options.language = *language;
    const std::unique_ptr<QTextDocument> document = ReceiptBuilder::build(found, options);
    if (!ReceiptRenderer::writePdf(*document, options.layout, a.pdfFile))
        return context.fail(
            ExitOutputFile,
            QCoreApplication::translate("ReceiptCommand", "cannot write the PDF %1").arg(a.pdfFile));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), a.pdfFile},
                                      {QStringLiteral("client_ref_id"), a.clientRefId},
                                      {QStringLiteral("layout"), ReceiptPaper::name(options.layout)},
                                      {QStringLiteral("state"), journal::stateName(found.state)}});
    } else {
        context.out() << QCoreApplication::translate("ReceiptCommand", "Receipt of %1 written to %2")
                             .arg(a.clientRefId, a.pdfFile)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace counterdesk::cli
