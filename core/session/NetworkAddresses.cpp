#include "NetworkAddresses.h"

#include <QNetworkInterface>

namespace wl {

QList<QHostAddress> NetworkAddresses::lanAddresses() {
    QList<QHostAddress> addresses;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() == QAbstractSocket::IPv4Protocol && !ip.isLoopback())
                addresses.append(ip);
        }
    }
    addresses.append(QHostAddress(QHostAddress::LocalHost));
    return addresses;
}

QHostAddress NetworkAddresses::advertised(const QHostAddress& bindAddress) {
    if (bindAddress != QHostAddress::Any && bindAddress != QHostAddress::AnyIPv4 &&
        bindAddress != QHostAddress::AnyIPv6 && !bindAddress.isNull())
        return bindAddress;
    return lanAddresses().constFirst();
}

} // namespace wl
