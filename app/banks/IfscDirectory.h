// IfscDirectory: every bank branch in India by IFSC, offline.
//
// Made from Razorpay's public-domain IFSC dataset (scripts/update-ifsc-
// directory.sh). It lets the agent see the bank's name while typing the
// IFSC, catches a mistyped code before any call, and knows "sublet" codes:
// IFSCs a big bank leases to a small one, whose first four letters name the
// wrong bank. The directory can be older than a new branch, so a code it
// does not know is a warning to the agent, never a refusal: Eko decides.
//
// Read from the resource on first use (not at start-up), then shared; safe
// to call from any thread.
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace counterdesk::banks {

class IfscDirectory
{
public:
    struct Lookup
    {
        enum class Kind {
            Malformed,     // not an IFSC at all (money/Ifsc says why)
            UnknownBank,   // no bank has these four letters: most likely mistyped
            UnknownBranch, // the bank is known, this branch is not (mistyped, or newer than the data)
            Known,         // a branch in the directory
        };
        Kind kind = Kind::Malformed;
        QString bankCode;    // whose branch it is: the lessee's for a sublet
        QString bankName;    // that bank's name, as the dataset spells it
        bool sublet = false; // leased: the first four letters name another bank
    };

    // The directory compiled into the binary, read on the first call.
    static const IfscDirectory& builtIn();
    // Where the built-in data came from (npm ifsc version, date made),
    // read from its first lines only: for the About dialog.
    struct Source
    {
        QString version;
        QDate madeOn;
    };
    static Source builtInSource();
    // From the text format of scripts/ifsc-directory.py (tests, refreshes).
    static IfscDirectory fromText(const QByteArray& text);

    Lookup lookup(const QString& ifsc) const;
    // The bank's name for what the agent has typed so far (four letters or
    // more); empty while it names no bank. A full sublet IFSC names the lessee.
    QString bankNameFor(const QString& typed) const;

    QString sourceVersion() const { return m_version; } // the npm ifsc version
    QDate madeOn() const { return m_madeOn; }
    int bankCount() const { return static_cast<int>(m_banks.size()); }
    qsizetype branchCount() const;

private:
    struct Bank
    {
        QString name;
        std::vector<int> numbers; // numeric branch codes, ascending
        QStringList others;       // other branch codes, sorted
    };
    // The bank of a sublet IFSC, by the longest listed prefix; empty if none.
    QString lesseeOf(const QString& ifsc) const;

    QHash<QString, Bank> m_banks;
    QHash<QString, QString> m_sublets; // IFSC or its start -> bank code
    int m_longestSublet = 0;
    QString m_version;
    QDate m_madeOn;
};

} // namespace counterdesk::banks
