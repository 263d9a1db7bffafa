// The "counterdesk.eko" logging category, and the redaction helpers every log
// line of this part goes through: keys and OTPs never appear, mobiles and
// accounts only by their last digits.
#pragma once

#include <QLoggingCategory>
#include <QString>

namespace counterdesk::eko {

Q_DECLARE_LOGGING_CATEGORY(lcEko)

// "******7988": enough for support to match a line to a customer.
QString maskTail(const QString& value, int keep = 4);

// A URL path with every run of 10+ digits (mobiles in /sender/{id}) masked;
// Eko tids are 10 digits too and get masked; support matches them by client_ref_id.
QString redactedPath(const QString& path);

} // namespace counterdesk::eko
