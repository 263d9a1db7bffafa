// ProfileFile: reads a connection profile from a small INI file, for the CLI
// and for support staff who mail a profile to a counter.
//
//   [profile]
//   name = Shop 12 UAT
//   base_url = https://staging.eko.in/ekoapi/v3
//   initiator_id = 9962981729
//   user_code = 20810200
//   timeout_s = 30
//   rail = digikhata            ; optional: digikhata | levin
//   latlong = 28.63,77.22       ; optional
//   endpoints = endpoints.json  ; optional override table, relative to this file
//
// A counter of a partner's counterdesk-gateway (docs/gateway.md) has no Eko
// identity of its own: the gateway sets initiator_id and user_code.
//
//   [profile]
//   kind = gateway
//   name = Partner gateway
//   base_url = https://gateway.partner.example/ekoapi/v3
//   counter_id = shop-12
//   ca_file = partner-ca.pem    ; optional: the partner's own CA, relative to this file
//
// Its counter secret comes from the keychain or COUNTERDESK_COUNTER_SECRET.
//
// Parsed by hand, line by line, rather than with QSettings: QSettings cannot
// say WHICH line is wrong, and a support call goes faster with "line 7:
// timeout_s must be a whole number of seconds". Secrets are refused here on
// purpose (a file gets mailed, copied and committed): a key line is an error
// naming the line, and its value is never kept.
#pragma once

#include "profile/ConnectionProfile.h"

#include <QByteArray>
#include <QString>

namespace counterdesk::profile {

enum class ProfileFileError {
    None,
    FileUnreadable,    // the file cannot be opened
    NotUtf8,           // the bytes are not UTF-8 text
    MissingEquals,     // a line that is neither a [section], a comment nor key = value
    UnknownSection,    // a section other than [profile]
    KeyOutsideSection, // key = value before [profile]
    UnknownKey,        // a key this version does not know
    DuplicateKey,      // the same key twice
    SecretInFile,      // developer_key/access_key/...: secrets live in the keychain only
    EmptyValue,        // key = (nothing)
    BadUrl,            // not an absolute http(s) URL with a host
    InsecureUrl,       // http:// to a host other than loopback
    BadTimeout,        // not a whole number of seconds in 1..300
    BadInitiatorId,    // not a 10-digit mobile
    BadUserCode,       // not 1-20 letters and digits
    BadLatlong,        // not "lat,long" in decimal degrees
    BadRail,           // not digikhata or levin
    BadEndpoints,      // the endpoint-table override is unreadable or invalid
    MissingSection,    // no [profile] section at all
    MissingKey,        // base_url, initiator_id or user_code is absent (key() says which)
    BadKind,           // kind is not gateway, uat, production or custom
    BadCounterId,      // not 1-64 letters, digits, '.', '_', ':' or '-'
    BadCaFile,         // ca_file cannot be read or holds no PEM certificate
    KeyNotForKind,     // initiator_id/user_code on a gateway profile, counter_id/ca_file on another
};

struct ProfileFileLoad
{
    ConnectionProfile profile;
    ProfileFileError error = ProfileFileError::None;
    int line = 0;   // 1-based line of the error; 0 when it concerns the whole file
    QString key;    // the key concerned, if any
    QString detail; // English, for support: e.g. the endpoint table's JSON path
    bool ok() const { return error == ProfileFileError::None; }
};

class ProfileFile
{
public:
    // baseDir resolves a relative `endpoints` path (the profile file's folder).
    static ProfileFileLoad parse(const QByteArray& text, const QString& baseDir);
    static ProfileFileLoad load(const QString& filePath);
    // Stable machine name ("BadTimeout") for --json output and logs.
    static QString errorName(ProfileFileError error);
    // Keys that look like a secret and are therefore refused.
    static bool isSecretKey(const QString& key);
};

} // namespace counterdesk::profile
