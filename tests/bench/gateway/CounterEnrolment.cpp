#include "CounterEnrolment.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <memory>

namespace counterdesk::bench {

Enrolment enrolCounters(const QString& configFile, int count, int inParallel)
{
    Enrolment out;
    QElapsedTimer timer;
    timer.start();
    out.counters.resize(count);
    QEventLoop loop;
    int next = 0;
    int running = 0;
    std::function<void()> startNext = [&] {
        while (running < inParallel && next < count && out.error.isEmpty()) {
            const int index = next++;
            auto* process = new QProcess(&loop);
            ++running;
            QObject::connect(process, &QProcess::finished, &loop, [&, process, index](int exitCode) {
                const QJsonObject o = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
                out.counters[index] = {o.value(QStringLiteral("counter_id")).toString().toLatin1(),
                                       o.value(QStringLiteral("secret")).toString().toLatin1()};
                if ((exitCode != 0 || out.counters[index].id.isEmpty()) && out.error.isEmpty())
                    out.error = QStringLiteral("counter add failed: %1")
                                    .arg(QString::fromLocal8Bit(process->readAllStandardError()).trimmed());
                process->deleteLater();
                --running;
                startNext();
                if (running == 0)
                    loop.quit();
            });
            // A program that cannot start never finishes: end the wait with its error.
            QObject::connect(process, &QProcess::errorOccurred, &loop,
                             [&, process](QProcess::ProcessError e) {
                                 if (e != QProcess::FailedToStart)
                                     return;
                                 out.error = process->errorString();
                                 loop.quit();
                             });
            process->start(tests::GatewayHarness::executable(),
                           {QStringLiteral("counter"), QStringLiteral("add"),
                            QStringLiteral("load-%1").arg(index, 4, 10, QLatin1Char('0')),
                            QStringLiteral("--config"), configFile, QStringLiteral("--json")});
        }
    };
    startNext();
    if (running > 0)
        loop.exec();
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace counterdesk::bench
