#include "domain/MoneyCallTicket.h"

#include <utility>

namespace counterdesk {

MoneyCallTicket::MoneyCallTicket(Kind kind, qint64 transferId, QString clientRefId, QString tid)
    : m_kind(kind)
    , m_transferId(transferId)
    , m_clientRefId(std::move(clientRefId))
    , m_tid(std::move(tid))
{}

MoneyCallTicket::MoneyCallTicket(MoneyCallTicket&& other) noexcept
    : m_kind(std::exchange(other.m_kind, Kind::None))
    , m_transferId(std::exchange(other.m_transferId, 0))
    , m_clientRefId(std::exchange(other.m_clientRefId, QString()))
    , m_tid(std::exchange(other.m_tid, QString()))
{}

MoneyCallTicket& MoneyCallTicket::operator=(MoneyCallTicket&& other) noexcept
{
    if (this != &other) {
        m_kind = std::exchange(other.m_kind, Kind::None);
        m_transferId = std::exchange(other.m_transferId, 0);
        m_clientRefId = std::exchange(other.m_clientRefId, QString());
        m_tid = std::exchange(other.m_tid, QString());
    }
    return *this;
}

} // namespace counterdesk
