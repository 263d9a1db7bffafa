// JournalOptions: how Journal::open() sets up its connection.
#pragma once

#include <QDateTime>
#include <chrono>
#include <functional>

namespace counterdesk::journal {

struct JournalOptions
{
    // How long a writer waits for another connection's lock before
    // reporting JournalError::Locked.
    std::chrono::milliseconds busyTimeout{5000};
    // Source of "now" (UTC); tests pin it. Empty: the system clock.
    std::function<QDateTime()> clock;
};

} // namespace counterdesk::journal
