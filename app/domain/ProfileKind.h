// ProfileKind: what a connection profile talks to.
//
// Training talks to the in-process sandbox (no money moves); the others to a
// real Eko host. The kind is stored on every journal row, so a receipt or
// the history knows a training transfer by fact, not by the profile's name.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace counterdesk {

enum class ProfileKind { Training, Uat, Production, Custom, Gateway };

QList<ProfileKind> allProfileKinds();
// "training", "uat", "production", "custom", "gateway": the text kept in settings and
// in the journal. Never change these.
QString profileKindName(ProfileKind kind);
// Case-insensitive (settings files are hand-edited); nullopt when unknown.
std::optional<ProfileKind> profileKindFromName(QStringView name);

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::ProfileKind)
