#include "profile/ConnectionProfile.h"

// The profile kind's names moved to domain/ProfileKind.cpp; ConnectionProfile
// itself is a plain struct.
