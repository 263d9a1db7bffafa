#include "FuzzTarget.h"

#include <cstdio>
#include <cstdlib>

namespace counterdesk::fuzz {

void require(bool holds, const char* promise)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
    std::abort();
}

} // namespace counterdesk::fuzz
