#include "secrets/KeychainAccess.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace counterdesk::secrets {
namespace {

KeychainResult resultOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainResult::Ok;
    case QKeychain::EntryNotFound:
        return KeychainResult::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return KeychainResult::Unreachable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainResult::Failed;
    }
    return KeychainResult::Failed;
}

QKeychain::Job* makeJob(KeychainOp op, const QString& service, const QString& key, const QByteArray& value)
{
    QKeychain::Job* job = nullptr;
    switch (op) {
    case KeychainOp::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case KeychainOp::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setBinaryData(value);
        job = write;
        break;
    }
    case KeychainOp::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    return job;
}

} // namespace

void runKeychainOp(KeychainOp op, const QString& service, const QString& key, const QByteArray& value,
                   int timeoutMs, QObject* context, std::function<void(KeychainResult, QByteArray)> done)
{
    // `done` runs once: from the job, or from the timeout if the keychain
    // hangs (a locked Secret Service waiting for a prompt nobody sees).
    auto finished = std::make_shared<bool>(false);
    QKeychain::Job* job = makeJob(op, service, key, value);
    QObject::connect(job, &QKeychain::Job::finished, context, [finished, done, op](QKeychain::Job* j) {
        if (*finished)
            return;
        *finished = true;
        QByteArray read;
        if (op == KeychainOp::Read && j->error() == QKeychain::NoError)
            read = static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData();
        done(resultOf(j->error()), read);
    });
    QTimer::singleShot(timeoutMs, context, [finished, done] {
        if (*finished)
            return;
        *finished = true;
        done(KeychainResult::Unreachable, {});
    });
    job->start();
}

} // namespace counterdesk::secrets
