// Rail: which Eko PPI product carries a transfer - DigiKhata or Levin.
//
// One enum for the whole app, with its two spellings: the wire name Eko's
// paths and the endpoint table use ("ppi-digikhata") and the name stored in
// the journal ("digikhata"). The stored names are a file format: never
// change them.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace counterdesk {

enum class Rail {
    DigiKhata,
    Levin,
};

QString railWireName(Rail rail); // "ppi-digikhata" / "ppi-levin"
std::optional<Rail> railFromWireName(QStringView name);

QString railStoredName(Rail rail); // "digikhata" / "levin"
std::optional<Rail> railFromStoredName(QStringView name);

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::Rail)
