// MapWatcher: waits, on an X display, for a program's first top-level window
// to be mapped, from the X server's own MapNotify event (no polling, so the
// figure is not rounded to a poll interval). Plain C++ and xcb, no Qt.
//
// With no window manager every top-level window is a child of the root
// window, so SubstructureNotify on the root reports each map. Popups
// (override-redirect) are not the window the agent waits for and are skipped.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>

struct xcb_connection_t;

class MapWatcher
{
public:
    using Clock = std::chrono::steady_clock;

    explicit MapWatcher(const std::string& display);
    ~MapWatcher();
    MapWatcher(const MapWatcher&) = delete;
    MapWatcher& operator=(const MapWatcher&) = delete;

    bool isConnected() const { return m_connection != nullptr; }

    struct MappedWindow
    {
        Clock::time_point readAt; // as the MapNotify event was read
        int width = 0;
        int height = 0;
    };
    // The first normal top-level window of `pid` (its _NET_WM_PID, which Qt
    // sets before mapping) mapped from now on; nothing when `deadline`
    // passes first.
    std::optional<MappedWindow> waitForWindowOf(pid_t pid, Clock::time_point deadline);

private:
    long windowPid(unsigned window) const;

    xcb_connection_t* m_connection = nullptr;
    unsigned m_pidAtom = 0;
};
