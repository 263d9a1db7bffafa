#include "domain/Rail.h"

namespace counterdesk {

QString railWireName(Rail rail)
{
    switch (rail) {
    case Rail::DigiKhata:
        return QStringLiteral("ppi-digikhata");
    case Rail::Levin:
        return QStringLiteral("ppi-levin");
    }
    return {};
}

std::optional<Rail> railFromWireName(QStringView name)
{
    if (name == u"ppi-digikhata")
        return Rail::DigiKhata;
    if (name == u"ppi-levin")
        return Rail::Levin;
    return std::nullopt;
}

QString railStoredName(Rail rail)
{
    switch (rail) {
    case Rail::DigiKhata:
        return QStringLiteral("digikhata");
    case Rail::Levin:
        return QStringLiteral("levin");
    }
    return QStringLiteral("digikhata");
}

std::optional<Rail> railFromStoredName(QStringView name)
{
    if (name == u"digikhata")
        return Rail::DigiKhata;
    if (name == u"levin")
        return Rail::Levin;
    return std::nullopt;
}

} // namespace counterdesk
