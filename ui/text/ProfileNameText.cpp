#include "text/ProfileNameText.h"

#include "profile/BuiltInProfiles.h"

#include <QCoreApplication>

namespace counterdesk::ui {

QString shownProfileName(const QString& name)
{
    using profile::BuiltInProfiles;
    if (name == BuiltInProfiles::training().name)
        return QCoreApplication::translate("ProfileNameText", "Training");
    if (name == BuiltInProfiles::uat().name)
        return QCoreApplication::translate("ProfileNameText", "UAT");
    if (name == BuiltInProfiles::production().name)
        return QCoreApplication::translate("ProfileNameText", "Production");
    return name;
}

} // namespace counterdesk::ui
