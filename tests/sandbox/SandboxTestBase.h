// SandboxTestBase: starts a SandboxServer on 127.0.0.1, port 0, for a test
// class, and puts it back to the seed before every test function so tests
// do not depend on each other's transfers.
#pragma once

#include "SandboxTestClient.h"

#include <QObject>
#include <QTest>
#include <memory>

namespace counterdesk::sandbox::test {

class SandboxTestBase : public QObject
{
    Q_OBJECT
protected:
    SandboxServer m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    bool startServer(SandboxOptions options = {})
    {
        QString error;
        if (!m_server.start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        m_client = std::make_unique<SandboxTestClient>(m_server);
        return true;
    }
    void resetServer()
    {
        m_server.clearFaults();
        m_server.setClockOffsetMs(0);
        QVERIFY(m_server.resetState());
        m_client = std::make_unique<SandboxTestClient>(m_server); // fresh keys and clock
    }
};

} // namespace counterdesk::sandbox::test
