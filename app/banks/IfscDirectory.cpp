#include "IfscDirectory.h"

#include "money/Ifsc.h"

#include <QFile>
#include <algorithm>

namespace counterdesk::banks {

namespace {

std::vector<int> numbersFromDeltas(const QByteArray& field)
{
    std::vector<int> numbers;
    int value = 0;
    for (const QByteArray& delta : field.split(',')) {
        if (delta.isEmpty())
            continue;
        bool ok = false;
        const int step = delta.toInt(&ok);
        if (!ok || step < 0)
            continue; // a damaged entry: that branch is just not known
        value += step;
        numbers.push_back(value);
    }
    return numbers;
}

} // namespace

IfscDirectory IfscDirectory::fromText(const QByteArray& text)
{
    IfscDirectory d;
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.at(0) == "V" && f.size() >= 3) {
            d.m_version = QString::fromUtf8(f.at(1));
            d.m_madeOn = QDate::fromString(QString::fromLatin1(f.at(2)), Qt::ISODate);
        } else if (f.at(0) == "B" && f.size() >= 5) {
            Bank bank;
            bank.name = QString::fromUtf8(f.at(2));
            bank.numbers = numbersFromDeltas(f.at(3));
            for (const QByteArray& other : f.at(4).split(','))
                if (!other.isEmpty())
                    bank.others << QString::fromLatin1(other);
            bank.others.sort();
            d.m_banks.insert(QString::fromLatin1(f.at(1)), std::move(bank));
        } else if (f.at(0) == "S" && f.size() >= 3) {
            const QString prefix = QString::fromLatin1(f.at(1));
            d.m_sublets.insert(prefix, QString::fromLatin1(f.at(2)));
            d.m_longestSublet = std::max(d.m_longestSublet, static_cast<int>(prefix.size()));
        }
    }
    return d;
}

const IfscDirectory& IfscDirectory::builtIn()
{
    // A function-local static: read once, on first use, thread-safe.
    static const IfscDirectory directory = [] {
        QFile file(QStringLiteral(":/banks/ifsc-directory.txt"));
        return file.open(QIODevice::ReadOnly) ? fromText(file.readAll()) : IfscDirectory();
    }();
    return directory;
}

IfscDirectory::Source IfscDirectory::builtInSource()
{
    QFile file(QStringLiteral(":/banks/ifsc-directory.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (int n = 0; n < 10 && !file.atEnd(); ++n) {
        const QList<QByteArray> f = file.readLine().trimmed().split('\t');
        if (f.at(0) == "V" && f.size() >= 3)
            return {QString::fromUtf8(f.at(1)), QDate::fromString(QString::fromLatin1(f.at(2)), Qt::ISODate)};
    }
    return {};
}

qsizetype IfscDirectory::branchCount() const
{
    qsizetype n = 0;
    for (const Bank& bank : m_banks)
        n += static_cast<qsizetype>(bank.numbers.size()) + bank.others.size();
    return n;
}

QString IfscDirectory::lesseeOf(const QString& ifsc) const
{
    for (int length = std::min(m_longestSublet, static_cast<int>(ifsc.size())); length >= 4; --length) {
        const auto it = m_sublets.constFind(ifsc.left(length));
        if (it != m_sublets.constEnd())
            return *it;
    }
    return {};
}

IfscDirectory::Lookup IfscDirectory::lookup(const QString& text) const
{
    Lookup result;
    const IfscParseResult parsed = Ifsc::parse(text);
    if (!parsed.ok())
        return result;
    const Ifsc ifsc = *parsed.value;
    const auto bank = m_banks.constFind(ifsc.bankCode());
    if (bank == m_banks.constEnd()) {
        result.kind = Lookup::Kind::UnknownBank;
        return result;
    }
    const QString branch = ifsc.branchCode();
    bool numeric = false;
    const int number = branch.toInt(&numeric);
    const bool listed = numeric ? std::binary_search(bank->numbers.begin(), bank->numbers.end(), number)
                                : std::binary_search(bank->others.begin(), bank->others.end(), branch);
    result.kind = listed ? Lookup::Kind::Known : Lookup::Kind::UnknownBranch;
    result.bankCode = ifsc.bankCode();
    result.bankName = bank->name;
    const QString lessee = lesseeOf(ifsc.toString());
    if (!lessee.isEmpty() && lessee != ifsc.bankCode()) {
        result.sublet = true;
        result.bankCode = lessee;
        result.bankName = m_banks.value(lessee).name;
        if (result.bankName.isEmpty())
            result.bankName = lessee;
    }
    return result;
}

QString IfscDirectory::bankNameFor(const QString& typed) const
{
    const QString code = typed.trimmed().toUpper();
    if (code.size() < 4)
        return {};
    if (code.size() == 11) {
        const Lookup found = lookup(code);
        if (found.kind == Lookup::Kind::Known || found.kind == Lookup::Kind::UnknownBranch)
            return found.bankName;
    }
    return m_banks.value(code.left(4)).name;
}

} // namespace counterdesk::banks
