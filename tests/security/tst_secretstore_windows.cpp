// SecretStore on Windows: the keys go to the Credential Manager (generic
// credentials), survive the store object, and are gone after remove().
// Built only for Windows; scripts/check-windows.sh runs it under Wine.
#include "TestRunner.h"
#include "secrets/SecretStore.h"

#include <QTest>
#include <optional>

using namespace counterdesk::secrets;

namespace {

const QString kService = QStringLiteral("CounterDeskTest");
const QString kProfile = QStringLiteral("WinTest");

} // namespace

class TestSecretStoreWindows : public QObject
{
    Q_OBJECT

    SecretRead readNow(SecretStore& store)
    {
        std::optional<SecretRead> result;
        store.read(kProfile, SecretKind::AccessKey, [&result](const SecretRead& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qWarning("the read did not finish");
        return result.value_or(SecretRead{});
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("COUNTERDESK_ACCESS_KEY");
        qunsetenv("COUNTERDESK_DEVELOPER_KEY");
    }

    void keyIsKeptByTheCredentialManager()
    {
        {
            SecretStore store(kService);
            std::optional<SecretWrite> written;
            store.write(kProfile, SecretKind::AccessKey, "win-access-key-42",
                        [&written](SecretWrite w) { written = w; });
            QTRY_VERIFY(written.has_value());
            QCOMPARE(*written, SecretWrite::Saved);
            QCOMPARE(store.backend(), SecretBackend::Keychain);
        }
        // A new store (a new run of the app) finds it in the Credential Manager.
        SecretStore again(kService);
        const SecretRead read = readNow(again);
        QCOMPARE(read.source, SecretSource::Keychain);
        QCOMPARE(read.value, QByteArray("win-access-key-42"));
    }

    void removeDeletesTheCredential()
    {
        SecretStore store(kService);
        std::optional<bool> removed;
        store.remove(kProfile, SecretKind::AccessKey, [&removed](bool ok) { removed = ok; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(*removed);
        SecretStore again(kService);
        const SecretRead read = readNow(again);
        QCOMPARE(read.source, SecretSource::None);
        QVERIFY(read.value.isEmpty());
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSecretStoreWindows)
#include "tst_secretstore_windows.moc"
