// ConnectionTestText: a connection test's result in the agent's words.
//
// A 403 gets REFERENCE.md §2.1's ranked causes, with the clock moved to the
// front when the server's Date header shows this PC is off: that is the one
// cause the agent can fix at the counter.
#pragma once

#include "ConnectionTester.h"
#include "MessageWidget.h"

#include <QCoreApplication>
#include <QStringList>

namespace counterdesk::ui {

class ConnectionTestText
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::ConnectionTestText)
public:
    // One paragraph: the headline, then numbered causes or advice.
    static QString describe(const ConnectionTestResult& result);
    static MessageWidget::Type messageType(const ConnectionTestResult& result);
    static QString configError(profile::ClientConfigError error);

private:
    static QString headline(const ConnectionTestResult& result);
    static QStringList advice(const ConnectionTestResult& result);
    static QStringList forbiddenCauses(const ConnectionTestResult& result);
    static QString clockText(qint64 offsetMs);
};

} // namespace counterdesk::ui
