// EventSource: what caused a journal event. Stored as text for support.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace counterdesk::journal {

enum class EventSource {
    Submit,           // "submit": the SUBMITTING row, before the POST
    InitiateResponse, // "initiate-response": the Initiate answer, or its absence
    Inquiry,          // "inquiry": a Transaction Inquiry asked by the flow or the agent
    Reconcile,        // "reconcile": an inquiry made by the background reconciler
    Refund,           // "refund": the refund OTP / refund calls
    User,             // "user": an agent or support decision recorded by hand
    Import,           // "import": history brought in by importHistory()
};

QString sourceName(EventSource source);
std::optional<EventSource> sourceFromName(QStringView name);

// Inquiry-type sources count as a check attempt for the reconciler's back-off.
bool isCheckAttempt(EventSource source);

} // namespace counterdesk::journal
