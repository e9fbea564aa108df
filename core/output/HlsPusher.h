#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include <QElapsedTimer>
#include <QObject>

#include "HlsPushPlan.h"
#include "HlsPushSettings.h"
#include "HlsPushSource.h"
#include "ReconnectBackoff.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace wl::output {

// Pushes the HLS output to an external HTTP origin: PUT of the init segment, each segment and
// the playlist, DELETE of segments that left it (HlsPushPlan decides), one request at a time,
// with basic or bearer authentication. A failed request waits out a backoff and the plan is asked
// again, so after an outage pushing resumes at the live edge. It only reads the packager's
// immutable views: an origin outage never holds up the program, the local origin or the
// recordings, and nothing piles up here.
//
// Qt's event-driven HTTP client (QNetworkAccessManager) does the requests: PUT, DELETE, headers
// and per-request timeouts without blocking a thread. Lives on a QThread the Session owns: move
// it there, then invoke start() on that thread.
class HlsPusher : public QObject {
    Q_OBJECT

public:
    struct Stats {
        std::string state = "idle"; // idle | pushing | retrying | ended
        std::string lastError;
        std::uint64_t segmentsPushed = 0;
        std::uint64_t segmentsSkipped = 0; // behind the live edge after an outage
        std::uint64_t bytesPushed = 0;
        std::uint64_t requestsFailed = 0;
        std::int64_t lastPushedSequence = -1;
        std::int64_t lastSuccessAgeMs = -1; // -1 before the first success
    };

    HlsPusher(HlsPushSettings settings, const HlsPushSource& source, QObject* parent = nullptr);
    ~HlsPusher() override;

    // On the pusher's thread: creates the HTTP client and starts polling the source.
    void start();
    // Any thread.
    Stats stats() const;

private:
    void pump();
    void finished(QNetworkReply* reply);
    void setState(const char* state, const std::string& error = {});

    const HlsPushSettings m_settings;
    const HlsPushSource& m_source;
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_timer = nullptr;
    HlsPushPlan m_plan;
    ReconnectBackoff m_backoff;
    std::optional<HlsPushOperation> m_inFlight;
    QElapsedTimer m_clock;
    qint64 m_retryAtMs = 0;
    qint64 m_lastSuccessMs = -1;

    mutable std::mutex m_mutex;
    Stats m_stats;
};

} // namespace wl::output
