// Announcement: a status a screen reader should speak when it changes (OTP
// sent, money sent, pending, a problem), told through QAccessible as an
// Alert. render() functions run often, so only a new text is announced.
#pragma once

#include <QString>
#include <functional>

class QLabel;

namespace counterdesk::ui {

// Sets `text` on `label`; when it differs from what the label showed,
// announces it (QAccessible::Alert on the label, with the text as its name).
void setAnnounced(QLabel* label, const QString& text);

// Tests only: called with each announced text. Qt delivers accessibility
// events only while a screen reader is attached, which a test run has not.
void observeAnnouncementsForTesting(std::function<void(const QString&)> observer);

} // namespace counterdesk::ui
