// SecretStore without a keychain (the CI case): it must say SessionOnly, keep
// written keys in memory only, write no file, and let the environment win.
#include "TestRunner.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk::secrets;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void noKeychainMeansSessionOnly();
    void environmentWins();
    void removeForgets();
    void writesNoFile();

private:
    SecretRead readNow(SecretStore& store, const QString& profile, SecretKind kind);
    QTemporaryDir m_home;
};

void TestSecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
}

void TestSecretStore::init()
{
    qunsetenv("COUNTERDESK_ACCESS_KEY");
    qunsetenv("COUNTERDESK_DEVELOPER_KEY");
}

SecretRead TestSecretStore::readNow(SecretStore& store, const QString& profile, SecretKind kind)
{
    std::optional<SecretRead> result;
    store.read(profile, kind, [&result](const SecretRead& r) { result = r; });
    [&] {
        QTRY_VERIFY(result.has_value());
    }();
    return result.value_or(SecretRead{});
}

void TestSecretStore::noKeychainMeansSessionOnly()
{
    SecretStore store(QStringLiteral("CounterDeskTest"));
    QCOMPARE(store.backend(), SecretBackend::Unknown);
    std::optional<SecretWrite> written;
    store.write(QStringLiteral("UAT"), SecretKind::AccessKey, "my-access-key-123",
                [&written](SecretWrite w) { written = w; });
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, SecretWrite::SessionOnly);
    QCOMPARE(store.backend(), SecretBackend::SessionOnly);
    const SecretRead read = readNow(store, QStringLiteral("UAT"), SecretKind::AccessKey);
    QCOMPARE(read.value, QByteArray("my-access-key-123"));
    QCOMPARE(read.source, SecretSource::Session);
    // Another profile's key is not there.
    QCOMPARE(readNow(store, QStringLiteral("Production"), SecretKind::AccessKey).source, SecretSource::None);
    // A new store (a restart) has forgotten it: nothing was persisted.
    SecretStore restarted(QStringLiteral("CounterDeskTest"));
    QCOMPARE(readNow(restarted, QStringLiteral("UAT"), SecretKind::AccessKey).source, SecretSource::None);
}

void TestSecretStore::environmentWins()
{
    SecretStore store(QStringLiteral("CounterDeskTest"));
    store.forceSessionOnly();
    std::optional<SecretWrite> written;
    store.write(QStringLiteral("UAT"), SecretKind::DeveloperKey, "typed",
                [&written](SecretWrite w) { written = w; });
    QTRY_VERIFY(written.has_value());
    qputenv("COUNTERDESK_DEVELOPER_KEY", "from-env");
    const SecretRead read = readNow(store, QStringLiteral("UAT"), SecretKind::DeveloperKey);
    QCOMPARE(read.value, QByteArray("from-env"));
    QCOMPARE(read.source, SecretSource::Environment);
    QCOMPARE(SecretStore::fromEnvironment(SecretKind::DeveloperKey), QByteArray("from-env"));
}

void TestSecretStore::removeForgets()
{
    SecretStore store(QStringLiteral("CounterDeskTest"));
    store.forceSessionOnly();
    std::optional<SecretWrite> written;
    store.write(QStringLiteral("UAT"), SecretKind::AccessKey, "abc",
                [&written](SecretWrite w) { written = w; });
    QTRY_VERIFY(written.has_value());
    std::optional<bool> removed;
    store.remove(QStringLiteral("UAT"), SecretKind::AccessKey, [&removed](bool ok) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);
    QCOMPARE(readNow(store, QStringLiteral("UAT"), SecretKind::AccessKey).source, SecretSource::None);
}

void TestSecretStore::writesNoFile()
{
    {
        SecretStore store(QStringLiteral("CounterDeskTest"));
        std::optional<SecretWrite> written;
        store.write(QStringLiteral("UAT"), SecretKind::AccessKey, "never-on-disk-7781",
                    [&written](SecretWrite w) { written = w; });
        QTRY_VERIFY(written.has_value());
    }
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("never-on-disk-7781"), qPrintable(f.fileName()));
    }
}

COUNTERDESK_TEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
