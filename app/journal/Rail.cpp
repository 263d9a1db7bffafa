#include "Rail.h"

namespace counterdesk::journal {

QString railName(Rail rail)
{
    switch (rail) {
    case Rail::DigiKhata:
        return QStringLiteral("digikhata");
    case Rail::Levin:
        return QStringLiteral("levin");
    }
    return QStringLiteral("digikhata");
}

std::optional<Rail> railFromName(QStringView name)
{
    if (name == u"digikhata")
        return Rail::DigiKhata;
    if (name == u"levin")
        return Rail::Levin;
    return std::nullopt;
}

} // namespace counterdesk::journal
