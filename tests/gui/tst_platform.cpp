// Platform: the portable face of the OS-specific calls.
#include "TestRunner.h"
#include "platform/Platform.h"

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

namespace platform = counterdesk::platform;

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restrictToOwnerOnAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFile::ReadOther | QFile::ReadGroup));
        QVERIFY(platform::restrictToOwner(path));
        if (QSysInfo::productType() == QLatin1String("windows")) {
            return; // ACLs of the profile folder do the work there
        }
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void restrictToOwnerOnAMissingFileFails()
    {
        QTemporaryDir dir;
        QVERIFY(!platform::restrictToOwner(dir.filePath(QStringLiteral("missing"))));
    }

    void coreDumpsCanBeTurnedOff()
    {
        if (QSysInfo::productType() == QLatin1String("windows")) {
            QSKIP("Windows dumps are a machine policy");
        }
        QVERIFY(platform::disableCoreDumps());
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
