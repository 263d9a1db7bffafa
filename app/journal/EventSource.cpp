#include "EventSource.h"

#include <array>

namespace counterdesk::journal {

namespace {
constexpr std::array kAll = {EventSource::Submit,    EventSource::InitiateResponse, EventSource::Inquiry,
                             EventSource::Reconcile, EventSource::Refund,           EventSource::User,
                             EventSource::Import};
} // namespace

QString sourceName(EventSource source)
{
    switch (source) {
    case EventSource::Submit:
        return QStringLiteral("submit");
    case EventSource::InitiateResponse:
        return QStringLiteral("initiate-response");
    case EventSource::Inquiry:
        return QStringLiteral("inquiry");
    case EventSource::Reconcile:
        return QStringLiteral("reconcile");
    case EventSource::Refund:
        return QStringLiteral("refund");
    case EventSource::User:
        return QStringLiteral("user");
    case EventSource::Import:
        return QStringLiteral("import");
    }
    return QStringLiteral("user");
}

std::optional<EventSource> sourceFromName(QStringView name)
{
    for (EventSource s : kAll) {
        if (name == sourceName(s))
            return s;
    }
    return std::nullopt;
}

bool isCheckAttempt(EventSource source)
{
    return source == EventSource::Inquiry || source == EventSource::Reconcile;
}

} // namespace counterdesk::journal
