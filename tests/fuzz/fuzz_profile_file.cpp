// Any bytes as a connection-profile file (ProfileFile::parse), as a support
// mail or a copied file may bring. Relative `endpoints =` paths resolve in a
// scratch folder that holds one valid and one broken override table, so the
// fuzzer can reach both. Besides "no crash": an accepted profile has what a
// client needs, and an error names a line that exists.
#include "FuzzTarget.h"
#include "eko/EndpointTable.h"
#include "profile/ProfileFile.h"

#include <QFile>
#include <QTemporaryDir>

using namespace counterdesk::profile;
using counterdesk::fuzz::require;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(),
            "the scratch file is written");
}

const QString& scratchDir()
{
    static QTemporaryDir dir;
    static const bool filled = [] {
        require(dir.isValid(), "a scratch folder exists");
        writeFile(dir.filePath(QStringLiteral("endpoints.json")),
                  R"({"base_url": "https://staging.eko.in/ekoapi/v3", "path_set": "legacy"})");
        writeFile(dir.filePath(QStringLiteral("broken.json")), R"({"paths": {"master": 7}})");
        return true;
    }();
    static const QString path = filled ? dir.path() : QString();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ProfileFileLoad load = ProfileFile::parse(text, scratchDir());

    require(!ProfileFile::errorName(load.error).isEmpty(), "every error has a machine name");
    require(load.line >= 0 && load.line <= text.count('\n') + 1, "an error names a line of the file");
    if (load.ok()) {
        require(counterdesk::eko::EndpointTable::isAllowedUrl(load.profile.baseUrl),
                "an accepted profile talks HTTPS, or plain HTTP only to loopback");
        require(!load.profile.initiatorId.isEmpty() && !load.profile.userCode.isEmpty(),
                "an accepted profile has an initiator and a user code");
        require(load.profile.timeoutSeconds >= 1 && load.profile.timeoutSeconds <= 300,
                "an accepted timeout is 1..300 s");
    }
    return 0;
}
