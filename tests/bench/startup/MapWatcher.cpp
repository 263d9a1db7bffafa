#include "MapWatcher.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <poll.h>
#include <xcb/xcb.h>

namespace {

// xcb hands out malloc()ed replies and events.
struct FreeDeleter
{
    void operator()(void* p) const { std::free(p); }
};
template <typename T> using XcbPointer = std::unique_ptr<T, FreeDeleter>;

} // namespace

MapWatcher::MapWatcher(const std::string& display)
{
    int screenNumber = 0;
    xcb_connection_t* connection = xcb_connect(display.c_str(), &screenNumber);
    if (xcb_connection_has_error(connection)) {
        xcb_disconnect(connection);
        return;
    }
    m_connection = connection;
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_connection));
    for (int i = 0; i < screenNumber && screens.rem > 0; ++i) {
        xcb_screen_next(&screens);
    }
    const std::uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(m_connection, screens.data->root, XCB_CW_EVENT_MASK, &mask);
    static constexpr char pidAtomName[] = "_NET_WM_PID";
    const XcbPointer<xcb_intern_atom_reply_t> atom(xcb_intern_atom_reply(
        m_connection, xcb_intern_atom(m_connection, 0, sizeof pidAtomName - 1, pidAtomName), nullptr));
    m_pidAtom = atom ? atom->atom : 0;
}

MapWatcher::~MapWatcher()
{
    if (m_connection) {
        xcb_disconnect(m_connection);
    }
}

std::optional<MapWatcher::MappedWindow> MapWatcher::waitForWindowOf(pid_t pid, Clock::time_point deadline)
{
    if (!m_connection) {
        return std::nullopt;
    }
    xcb_flush(m_connection);
    while (Clock::now() < deadline) {
        const XcbPointer<xcb_generic_event_t> event(xcb_poll_for_event(m_connection));
        const Clock::time_point readAt = Clock::now();
        if (!event) {
            if (xcb_connection_has_error(m_connection)) {
                return std::nullopt;
            }
            // Sleep on the connection until the server says something: the
            // event is read the moment it arrives.
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - readAt);
            pollfd descriptor{xcb_get_file_descriptor(m_connection), POLLIN, 0};
            poll(&descriptor, 1, static_cast<int>(std::max<std::int64_t>(1, left.count())));
            continue;
        }
        if ((event->response_type & 0x7f) != XCB_MAP_NOTIFY) {
            continue;
        }
        const auto* mapped = reinterpret_cast<const xcb_map_notify_event_t*>(event.get());
        if (mapped->override_redirect || windowPid(mapped->window) != pid) {
            continue;
        }
        const XcbPointer<xcb_get_geometry_reply_t> geometry(
            xcb_get_geometry_reply(m_connection, xcb_get_geometry(m_connection, mapped->window), nullptr));
        return MappedWindow{readAt, geometry ? geometry->width : 0, geometry ? geometry->height : 0};
    }
    return std::nullopt;
}

long MapWatcher::windowPid(unsigned window) const
{
    const XcbPointer<xcb_get_property_reply_t> reply(xcb_get_property_reply(
        m_connection, xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1),
        nullptr));
    if (!reply || xcb_get_property_value_length(reply.get()) != sizeof(std::uint32_t)) {
        return -1;
    }
    return *static_cast<const std::uint32_t*>(xcb_get_property_value(reply.get()));
}
