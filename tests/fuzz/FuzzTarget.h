// FuzzTarget: what every harness in tests/fuzz defines, and the one way a
// harness reports a broken promise.
//
// Each harness is one LLVMFuzzerTestOneInput. With COUNTERDESK_FUZZ=ON it is
// linked with libFuzzer (fuzz_<name>); in every build it is also linked with
// FuzzReplayMain.cpp (fuzz_replay_<name>), which feeds it the saved corpus,
// so each finding kept as a corpus file stays a regression test.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace counterdesk::fuzz {

// A property the code promises for every input does not hold: say which and
// abort, which libFuzzer and the replay test both count as a crash.
void require(bool holds, const char* promise);

} // namespace counterdesk::fuzz
