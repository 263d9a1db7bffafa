// The replay runner: feeds every file of the given corpus directories (or the
// given files) to the harness once, so the normal test suite re-checks every
// saved input - seeds and past crashes - in seconds, without libFuzzer and
// with any compiler. A crash or broken promise aborts, which fails the test;
// an empty or missing corpus fails too, so a test that checks nothing cannot
// pass.
#include "FuzzTarget.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdio>
#include <vector>

namespace {

QStringList inputsOf(const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {info.absoluteFilePath()};
    QStringList files;
    const QDir dir(path);
    for (const QFileInfo& entry : dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name))
        files.append(entry.absoluteFilePath());
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        for (const QString& file : inputsOf(path)) {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "fuzz replay: cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray bytes = in.readAll();
            // A copy in its own allocation, so AddressSanitizer sees a read
            // past the end exactly as libFuzzer's buffer would show it.
            const std::vector<std::uint8_t> exact(bytes.cbegin(), bytes.cend());
            LLVMFuzzerTestOneInput(exact.data(), exact.size());
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "fuzz replay: no inputs found\n");
        return 1;
    }
    std::printf("fuzz replay: %d inputs, no crash\n", replayed);
    return 0;
}
