// Result<T>: a value or a JournalError, plus a detail text for support logs.
//
// std::expected is C++23 and Debian 12's GCC lacks it, so this is the small
// subset the journal needs. detail() carries SQLite's own message; it is for
// logs and support, never shown as the agent's error text (the UI words the
// enum).
#pragma once

#include "journal/JournalError.h"

#include <QString>
#include <optional>
#include <utility>

namespace counterdesk::journal {

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(JournalError error, QString detail = {})
        : m_error(error)
        , m_detail(std::move(detail))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    JournalError error() const { return m_error; }
    const QString& detail() const { return m_detail; }

    // Precondition: ok().
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    JournalError m_error = JournalError::None;
    QString m_detail;
};

// Result of an operation that returns nothing but may fail.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(JournalError error, QString detail = {})
        : m_error(error)
        , m_detail(std::move(detail))
    {}

    bool ok() const { return m_error == JournalError::None; }
    explicit operator bool() const { return ok(); }
    JournalError error() const { return m_error; }
    const QString& detail() const { return m_detail; }

private:
    JournalError m_error = JournalError::None;
    QString m_detail;
};

} // namespace counterdesk::journal
