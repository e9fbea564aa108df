#pragma once

#include <QHostAddress>
#include <QList>

namespace wl {

// Addresses cameras on the venue network can reach this laptop at.
class NetworkAddresses {
public:
    // The IPv4 addresses of interfaces that are up, not loopback; loopback last as a fallback.
    static QList<QHostAddress> lanAddresses();
    // The address to advertise in publish URLs: the bind address if it is a specific one,
    // otherwise the first LAN address.
    static QHostAddress advertised(const QHostAddress& bindAddress);
};

} // namespace wl
