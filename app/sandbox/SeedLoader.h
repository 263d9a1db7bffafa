// SeedLoader: fills a SandboxState from a seed JSON file (the built-in
// :/sandbox/seed.json or --seed FILE).
//
// The seed is data, not code, so trainers can make their own customers
// without a rebuild; errors name the offending entry so a bad file is quick
// to fix.
#pragma once

#include <QString>

namespace counterdesk::sandbox {

class SandboxState;

namespace SeedLoader {

inline constexpr char BuiltInSeed[] = ":/sandbox/seed.json";

// Replaces the state's contents. Returns false with an English reason.
bool load(const QString& path, SandboxState& state, QString* error);
bool loadFromJson(const QByteArray& json, SandboxState& state, QString* error);

// One line per seeded sender: "9000000001  ppi-digikhata  Ramesh Kumar - note".
QString describe(const QString& path);

} // namespace SeedLoader
} // namespace counterdesk::sandbox
