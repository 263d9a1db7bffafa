// Signer: Eko's per-request secret-key (REFERENCE.md §2.1).
//
//   secret-key = base64(HMAC-SHA256(key = base64 TEXT of access_key,
//                                   message = ms timestamp as decimal text))
//
// The key is the Base64 *text*, used as bytes; decoding it back (or using the
// raw access key) is the most common cause of a 403, which is why
// signWithRawKey() exists: the unit tests show it gives the other value.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace counterdesk::eko {

struct SignedHeaders
{
    QByteArray timestamp; // 13 digits, sent as secret-key-timestamp
    QByteArray secretKey; // sent as secret-key
};

class Signer
{
public:
    // Header names, exactly as Eko expects them (note the underscore).
    static constexpr char kDeveloperKeyHeader[] = "developer_key";
    static constexpr char kSecretKeyHeader[] = "secret-key";
    static constexpr char kTimestampHeader[] = "secret-key-timestamp";
    static constexpr char kContentTypeHeader[] = "content-type";

    static QByteArray secretKey(QByteArrayView accessKey, qint64 timestampMs);
    static SignedHeaders sign(QByteArrayView accessKey, qint64 timestampMs);
    // The wrong way, kept only so a test can prove the right way differs.
    static QByteArray signWithRawKey(QByteArrayView accessKey, qint64 timestampMs);
};

} // namespace counterdesk::eko
