#include "Announcement.h"

#include <QAccessible>
#include <QLabel>

namespace counterdesk::ui {

namespace {
std::function<void(const QString&)>& observer()
{
    static std::function<void(const QString&)> instance;
    return instance;
}
} // namespace

void observeAnnouncementsForTesting(std::function<void(const QString&)> observe)
{
    observer() = std::move(observe);
}

void setAnnounced(QLabel* label, const QString& text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    if (text.isEmpty())
        return;
    // Rich text would be read with its tags: the spoken name is plain.
    label->setAccessibleName(label->textFormat() == Qt::PlainText ? text : QString());
    QAccessibleEvent alert(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (observer())
        observer()(text);
}

} // namespace counterdesk::ui
