// ConnectionTestText: a connection check's result in the agent's words.
//
// A 403 gets REFERENCE.md §2.1's ranked causes in the order ConnectionCheck
// gives them (the clock first when the server's Date header shows this PC is
// off: that is the one cause the agent can fix at the counter).
#pragma once

#include "MessageWidget.h"
#include "profile/ConnectionCheck.h"

#include <QCoreApplication>
#include <QStringList>

namespace counterdesk::ui {

class ConnectionTestText
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::ConnectionTestText)
public:
    // One paragraph: the headline, then numbered causes or advice.
    static QString describe(const profile::ConnectionCheckResult& result);
    static MessageWidget::Type messageType(const profile::ConnectionCheckResult& result);
    static QString configError(profile::ClientConfigError error);

private:
    static QString headline(const profile::ConnectionCheckResult& result);
    static QStringList advice(const profile::ConnectionCheckResult& result);
    static QStringList forbiddenCauses(const profile::ConnectionCheckResult& result);
    static QString clockText(qint64 offsetMs);
};

} // namespace counterdesk::ui
