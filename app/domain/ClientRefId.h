// ClientRefId: our unique reference for a request, at most 20 characters.
//
// Shape (like Eko's SDKs): base-36 millisecond stamp + 7 random base-36
// characters, lowercase, 15 characters today. The stamp makes refs sortable
// and practically unique across restarts; the random part separates refs made
// in the same millisecond or on two counters.
#pragma once

#include <QString>

namespace counterdesk {

class ClientRefId
{
public:
    static constexpr int kMaxLength = 20;

    static QString generate();
    static QString generate(qint64 epochMs);
    static bool isValid(const QString& ref); // 1..20 of [0-9A-Za-z_-]
};

} // namespace counterdesk
