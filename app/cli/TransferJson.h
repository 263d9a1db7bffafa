// TransferJson: a journal transfer as the CLI's --json object, and as the
// one line of its text output.
//
// Field names are fixed (scripts parse them); amounts are strings with two
// decimals ("110.00") so no JSON reader turns money into a float.
#pragma once

#include "journal/Transfer.h"

#include <QJsonObject>
#include <QString>

namespace counterdesk::cli {

class TransferJson
{
public:
    static QJsonObject toJson(const journal::Transfer& transfer);
    static QString toText(const journal::Transfer& transfer);
    // The exit code a transfer in this state means (see ExitCode.h).
    static int exitCodeFor(journal::TransferState state);
};

} // namespace counterdesk::cli
