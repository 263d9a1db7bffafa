// waitForCall: the network tests' one way to wait for a PendingCall's
// finished(Result) (the UI would connect instead). Empty after timeoutMs.
#pragma once

#include "eko/PendingCall.h"

#include <QEventLoop>
#include <QTimer>
#include <optional>

namespace counterdesk::tests {

inline std::optional<eko::Result> waitForCall(eko::PendingCall* call, int timeoutMs = 15000)
{
    std::optional<eko::Result> result;
    QEventLoop loop;
    QObject::connect(call, &eko::PendingCall::finished, &loop, [&](const eko::Result& r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

} // namespace counterdesk::tests
