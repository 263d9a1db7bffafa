// Keyring: whether an OS keychain can be reached at all, asked before a
// QtKeychain job is started.
//
// On Linux QtKeychain talks to the Secret Service over the D-Bus session bus;
// with no session bus (CI, ssh, a service account) libsecret may try to
// auto-launch one or wait for a timeout. Checking for the bus first lets the
// console say "keychain unavailable: keys kept for this session only" at once.
#pragma once

namespace counterdesk::platform {

// Windows/macOS: true (Credential Manager / Keychain are always there).
// Linux: a D-Bus session bus address is set or $XDG_RUNTIME_DIR/bus exists.
bool keyringLikelyReachable();

} // namespace counterdesk::platform
