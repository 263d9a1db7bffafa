// Rail: which Eko PPI product carried the transfer.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace counterdesk::journal {

enum class Rail {
    DigiKhata,
    Levin,
};

// "digikhata" / "levin": the text stored in the journal.
QString railName(Rail rail);
std::optional<Rail> railFromName(QStringView name);

} // namespace counterdesk::journal
