#include "profile/ProfileFile.h"

#include "domain/Rail.h"
#include "eko/EndpointTable.h"
#include "http/ServerTls.h"
#include "profile/ClientFactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace counterdesk::profile {
namespace {

ProfileFileLoad failure(ProfileFileError error, int line, const QString& key, const QString& detail = {})
{
    ProfileFileLoad load;
    load.error = error;
    load.line = line;
    load.key = key;
    load.detail = detail;
    return load;
}

// A value may be quoted (to keep spaces or a ';'); otherwise a " ;" or " #"
// starts a trailing comment, as in most INI dialects.
QString unquoteValue(const QString& raw)
{
    QString value = raw.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        return value.mid(1, value.size() - 2);
    static const QRegularExpression comment(QStringLiteral("\\s+[;#].*$"));
    value.remove(comment);
    return value.trimmed();
}

ProfileKind kindForHost(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("staging.eko.in"))
        return ProfileKind::Uat;
    if (host == QLatin1String("api.eko.in"))
        return ProfileKind::Production;
    return ProfileKind::Custom;
}

// Applies one known key; returns the error for a bad value.
ProfileFileError applyValue(ConnectionProfile& p, const QString& key, const QString& value,
                            const QString& baseDir, QString* detail)
{
    if (key == QLatin1String("name")) {
        p.name = value;
    } else if (key == QLatin1String("base_url")) {
        const QUrl url(value, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return ProfileFileError::BadUrl;
        if (!eko::EndpointTable::isAllowedUrl(url))
            return ProfileFileError::InsecureUrl;
        p.baseUrl = url;
        p.kind = kindForHost(url);
    } else if (key == QLatin1String("initiator_id")) {
        static const QRegularExpression mobile(QStringLiteral("^[6-9][0-9]{9}$"));
        if (!mobile.match(value).hasMatch())
            return ProfileFileError::BadInitiatorId;
        p.initiatorId = value;
    } else if (key == QLatin1String("user_code")) {
        static const QRegularExpression code(QStringLiteral("^[0-9A-Za-z]{1,20}$"));
        if (!code.match(value).hasMatch())
            return ProfileFileError::BadUserCode;
        p.userCode = value;
    } else if (key == QLatin1String("timeout_s")) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 300)
            return ProfileFileError::BadTimeout;
        p.timeoutSeconds = seconds;
    } else if (key == QLatin1String("latlong")) {
        static const QRegularExpression latlong(
            QStringLiteral("^-?[0-9]{1,2}(\\.[0-9]{1,8})?,-?[0-9]{1,3}(\\.[0-9]{1,8})?$"));
        if (!latlong.match(value).hasMatch())
            return ProfileFileError::BadLatlong;
        p.latlong = value;
    } else if (key == QLatin1String("rail")) {
        // The journal's names, in any case: the file is typed by hand.
        const std::optional<Rail> rail = railFromStoredName(value.toLower());
        if (!rail)
            return ProfileFileError::BadRail;
        p.rail = *rail;
    } else if (key == QLatin1String("kind")) {
        // Training is the built-in sandbox, never a file's.
        const std::optional<ProfileKind> kind = profileKindFromName(value);
        if (!kind || *kind == ProfileKind::Training)
            return ProfileFileError::BadKind;
        p.kind = *kind;
    } else if (key == QLatin1String("counter_id")) {
        if (!isValidCounterId(value))
            return ProfileFileError::BadCounterId;
        p.counterId = value;
    } else if (key == QLatin1String("ca_file")) {
        const QString path = QDir(baseDir).absoluteFilePath(value);
        if (!http::loadCertificates(path, detail))
            return ProfileFileError::BadCaFile;
        p.caFile = path;
    } else if (key == QLatin1String("endpoints")) {
        const QString path = QDir(baseDir).absoluteFilePath(value);
        const eko::EndpointTable base = eko::EndpointTable::builtIn();
        const eko::EndpointTableLoad table = eko::EndpointTable::fromFile(path, &base);
        if (!table.ok()) {
            *detail = table.where;
            return ProfileFileError::BadEndpoints;
        }
        p.endpointsFile = path;
    } else {
        return ProfileFileError::UnknownKey;
    }
    return ProfileFileError::None;
}

} // namespace

bool ProfileFile::isSecretKey(const QString& key)
{
    static const QRegularExpression secret(QStringLiteral("key|secret|password|passwd|token|pin|otp"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

ProfileFileLoad ProfileFile::parse(const QByteArray& text, const QString& baseDir)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(text);
    if (decoder.hasError())
        return failure(ProfileFileError::NotUtf8, 0, {});

    ProfileFileLoad load;
    load.profile.name = QStringLiteral("Custom");
    load.profile.kind = ProfileKind::Custom;
    bool inProfile = false;
    bool sawSection = false;
    QSet<QString> seen;
    QHash<QString, int> lineOf;
    ProfileKind explicitKind = ProfileKind::Custom;
    const QStringList lines = decoded.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i + 1);
        QString line = lines.at(i).trimmed();
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const QString section = line.endsWith(u']') ? line.mid(1, line.size() - 2).trimmed() : QString();
            if (section.compare(QLatin1String("profile"), Qt::CaseInsensitive) != 0)
                return failure(ProfileFileError::UnknownSection, lineNo, section);
            inProfile = true;
            sawSection = true;
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return failure(ProfileFileError::MissingEquals, lineNo, {});
        const QString key = line.left(eq).trimmed().toLower();
        // Checked before anything else so a secret is refused even outside
        // the section, and its value is never looked at.
        if (isSecretKey(key))
            return failure(ProfileFileError::SecretInFile, lineNo, key);
        if (!inProfile)
            return failure(ProfileFileError::KeyOutsideSection, lineNo, key);
        if (seen.contains(key))
            return failure(ProfileFileError::DuplicateKey, lineNo, key);
        seen.insert(key);
        lineOf.insert(key, lineNo);
        const QString value = unquoteValue(line.mid(eq + 1));
        if (value.isEmpty())
            return failure(ProfileFileError::EmptyValue, lineNo, key);
        QString detail;
        const ProfileFileError error = applyValue(load.profile, key, value, baseDir, &detail);
        if (error != ProfileFileError::None)
            return failure(error, lineNo, key, detail);
        if (key == QLatin1String("kind"))
            explicitKind = load.profile.kind;
    }
    if (!sawSection)
        return failure(ProfileFileError::MissingSection, 0, {});
    // An explicit kind wins over the one base_url's host suggests.
    if (seen.contains(QStringLiteral("kind")))
        load.profile.kind = explicitKind;
    // A gateway counter names no Eko identity (the gateway sets it), and an
    // Eko profile has no counter credential: a key of the other kind would be
    // silently unused, so it is refused where it stands.
    const bool gateway = load.profile.isGateway();
    const QStringList otherKinds =
        gateway ? QStringList{QStringLiteral("initiator_id"), QStringLiteral("user_code")}
                : QStringList{QStringLiteral("counter_id"), QStringLiteral("ca_file")};
    for (const QString& key : otherKinds) {
        if (seen.contains(key))
            return failure(ProfileFileError::KeyNotForKind, lineOf.value(key), key);
    }
    const QStringList required = gateway
                                     ? QStringList{QStringLiteral("base_url"), QStringLiteral("counter_id")}
                                     : QStringList{QStringLiteral("base_url"), QStringLiteral("initiator_id"),
                                                   QStringLiteral("user_code")};
    for (const QString& key : required) {
        if (!seen.contains(key))
            return failure(ProfileFileError::MissingKey, 0, key);
    }
    return load;
}

ProfileFileLoad ProfileFile::load(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ProfileFileError::FileUnreadable, 0, {}, file.errorString());
    return parse(file.readAll(), QFileInfo(filePath).absolutePath());
}

QString ProfileFile::errorName(ProfileFileError error)
{
    switch (error) {
    case ProfileFileError::None:
        return QStringLiteral("None");
    case ProfileFileError::FileUnreadable:
        return QStringLiteral("FileUnreadable");
    case ProfileFileError::NotUtf8:
        return QStringLiteral("NotUtf8");
    case ProfileFileError::MissingEquals:
        return QStringLiteral("MissingEquals");
    case ProfileFileError::UnknownSection:
        return QStringLiteral("UnknownSection");
    case ProfileFileError::KeyOutsideSection:
        return QStringLiteral("KeyOutsideSection");
    case ProfileFileError::UnknownKey:
        return QStringLiteral("UnknownKey");
    case ProfileFileError::DuplicateKey:
        return QStringLiteral("DuplicateKey");
    case ProfileFileError::SecretInFile:
        return QStringLiteral("SecretInFile");
    case ProfileFileError::EmptyValue:
        return QStringLiteral("EmptyValue");
    case ProfileFileError::BadUrl:
        return QStringLiteral("BadUrl");
    case ProfileFileError::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    case ProfileFileError::BadTimeout:
        return QStringLiteral("BadTimeout");
    case ProfileFileError::BadInitiatorId:
        return QStringLiteral("BadInitiatorId");
    case ProfileFileError::BadUserCode:
        return QStringLiteral("BadUserCode");
    case ProfileFileError::BadLatlong:
        return QStringLiteral("BadLatlong");
    case ProfileFileError::BadRail:
        return QStringLiteral("BadRail");
    case ProfileFileError::BadEndpoints:
        return QStringLiteral("BadEndpoints");
    case ProfileFileError::MissingSection:
        return QStringLiteral("MissingSection");
    case ProfileFileError::MissingKey:
        return QStringLiteral("MissingKey");
    case ProfileFileError::BadKind:
        return QStringLiteral("BadKind");
    case ProfileFileError::BadCounterId:
        return QStringLiteral("BadCounterId");
    case ProfileFileError::BadCaFile:
        return QStringLiteral("BadCaFile");
    case ProfileFileError::KeyNotForKind:
        return QStringLiteral("KeyNotForKind");
    }
    return QStringLiteral("Unknown");
}

} // namespace counterdesk::profile
