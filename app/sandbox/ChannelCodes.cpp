#include "ChannelCodes.h"

#include "eko/EndpointTable.h"

namespace counterdesk::sandbox::ChannelCodes {

namespace {
const eko::EndpointTable& table()
{
    static const eko::EndpointTable builtIn = eko::EndpointTable::builtIn();
    return builtIn;
}
} // namespace

std::optional<eko::Channel> channelFor(Rail rail, qint64 code)
{
    if (code < 0 || code > 99)
        return std::nullopt;
    return table().channelForCode(rail == Rail::Levin ? counterdesk::Rail::Levin
                                                      : counterdesk::Rail::DigiKhata,
                                  static_cast<int>(code));
}

bool allows(int availableChannel, eko::Channel channel)
{
    return table().availableChannels(QString::number(availableChannel)).contains(channel);
}

QString description(eko::Channel channel)
{
    return channel == eko::Channel::Neft ? QStringLiteral("NEFT") : QStringLiteral("IMPS");
}

} // namespace counterdesk::sandbox::ChannelCodes
