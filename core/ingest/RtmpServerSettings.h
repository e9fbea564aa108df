#pragma once

#include <QtGlobal>

namespace wl::ingest {

// Limits of the RTMP ingest. Bad or idle peers are cut off by these, never by luck.
struct RtmpServerSettings {
    int maxConnections = 256;            // further connections are closed at once
    int handshakeTimeoutMs = 5000;       // from accept to a publishing stream
    int idleTimeoutMs = 10000;           // no bytes from a connected peer for this long
    qint64 maxSendBufferBytes = 1 << 20; // a peer that does not read our replies is dropped
};

} // namespace wl::ingest
