#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>

namespace wl::test {

// A minimal HTTP/1.1 client over one QTcpSocket on the calling thread, spinning its event loop
// while it waits (so a server on the same thread keeps working). Unlike QNetworkAccessManager it
// starts no thread, which keeps ThreadSanitizer reports about our code only.
class RawHttpClient {
public:
    struct Response {
        int status = 0;                        // 0: no complete answer in time
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    RawHttpClient(QHostAddress address, quint16 port);

    // Sends `method path` with the extra header lines ("Name: value"), waits up to timeoutMs.
    Response request(const QByteArray& method, const QByteArray& path,
                     const QList<QByteArray>& headerLines = {}, int timeoutMs = 5000) const;

private:
    QHostAddress m_address;
    quint16 m_port;
};

} // namespace wl::test
