// The HLS push against a real WebDAV origin: nginx (Debian's nginx-light, dav module) started on
// a loopback port with a temporary configuration and root. Real fMP4 segments (made by the ffmpeg
// CLI) appear one by one as the packager would publish them; the pushed playlist is played back
// from nginx with ffprobe; nginx is stopped and restarted: the pusher reports the outage, never
// holds up the producer, and resumes at the live edge with a playlist naming only files nginx has.
#include <mutex>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "output/HlsPusher.h"
#include "support/FfmpegPublisher.h"
#include "support/NginxDav.h"

using namespace wl;
using namespace wl::output;
using wl::test::NginxDav;

namespace {

constexpr int kSegments = 16;

// Segments that "the packager" has finished; the test makes more appear over time.
class SegmentFeed : public HlsPushSource {
public:
    void load(const QString& dir) {
        QFile init(QDir(dir).filePath(QStringLiteral("init.mp4")));
        init.open(QIODevice::ReadOnly);
        m_init = init.readAll();
        QFile list(QDir(dir).filePath(QStringLiteral("source.m3u8")));
        list.open(QIODevice::ReadOnly);
        const QString text = QString::fromUtf8(list.readAll());
        const QRegularExpression entry(QStringLiteral("#EXTINF:([0-9.]+),\\s*\\n(\\S+)"));
        for (auto match = entry.globalMatch(text); match.hasNext();) {
            const auto found = match.next();
            HlsPushSegment segment;
            segment.sequence = static_cast<std::uint64_t>(m_all.size());
            segment.name = QStringLiteral("run1-%1.m4s").arg(segment.sequence);
            segment.durationSeconds = found.captured(1).toDouble();
            QFile file(QDir(dir).filePath(found.captured(2)));
            file.open(QIODevice::ReadOnly);
            segment.bytes = file.readAll();
            m_all.push_back(segment);
        }
    }
    std::size_t available() const { return m_all.size(); }

    // Publishes the next segment, as the packager would: a new immutable view.
    void advance(bool end = false) {
        auto view = std::make_shared<HlsPushView>();
        view->started = true;
        view->initName = QStringLiteral("run1-init.mp4");
        view->initSegment = m_init;
        std::lock_guard lock(m_mutex);
        if (m_made < m_all.size())
            ++m_made;
        const std::size_t first = m_made > 6 ? m_made - 6 : 0;
        for (std::size_t i = first; i < m_made; ++i)
            view->segments.push_back(m_all[i]);
        view->ended = end;
        m_view = view;
    }

    std::shared_ptr<const HlsPushView> pushView() const override {
        std::lock_guard lock(m_mutex);
        return m_view;
    }

private:
    QByteArray m_init;
    std::vector<HlsPushSegment> m_all;
    mutable std::mutex m_mutex;
    std::size_t m_made = 0;
    std::shared_ptr<const HlsPushView> m_view;
};

bool makeSegments(const QString& dir) {
    QProcess ffmpeg;
    ffmpeg.setWorkingDirectory(dir);
    ffmpeg.start(
        QStringLiteral("ffmpeg"),
        QStringLiteral("-hide_banner -loglevel error -f lavfi -i testsrc2=size=320x180:rate=30 "
                       "-f lavfi -i sine=frequency=440:sample_rate=48000 -t %1 "
                       "-c:v libx264 -preset ultrafast -g 30 -keyint_min 30 -sc_threshold 0 "
                       "-pix_fmt yuv420p -c:a aac -f hls -hls_time 1 -hls_list_size 0 "
                       "-hls_segment_type fmp4 -hls_fmp4_init_filename init.mp4 "
                       "-hls_segment_filename seg%d.m4s source.m3u8")
            .arg(kSegments)
            .split(QLatin1Char(' ')));
    return ffmpeg.waitForFinished(120000) && ffmpeg.exitCode() == 0;
}

QJsonObject ffprobe(const QString& url) {
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
                   QStringLiteral("-show_format"), QStringLiteral("-of"), QStringLiteral("json"),
                   url});
    process.waitForFinished(60000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QStringList listedSegments(const QByteArray& playlist) {
    QStringList names;
    for (const auto& line : playlist.split('\n')) {
        if (line.endsWith(".m4s"))
            names << QString::fromUtf8(line);
    }
    return names;
}

} // namespace

class TestHlsPusher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_media.isValid());
        QVERIFY(makeSegments(m_media.path()));
        m_feed.load(m_media.path());
        QVERIFY2(m_feed.available() >= 14, qPrintable(QString::number(m_feed.available())));
    }

    void pushesPlaysAndResumesAtTheLiveEdgeAfterAnOutage() {
        QTemporaryDir originDir;
        const quint16 port = test::freeTcpPort();
        NginxDav origin(originDir.path(), port);
        QVERIFY2(origin.start(), qPrintable(origin.log()));

        HlsPushSettings settings;
        settings.baseUrl = origin.url(QStringLiteral("/live/wedding"));
        settings.windowSegments = 4;
        settings.lingerSegments = 1;
        settings.backoffMax = std::chrono::milliseconds(2000);
        QThread thread;
        thread.setObjectName(QStringLiteral("wl-hlspush"));
        // Ends the thread however the test leaves (a failed check returns early).
        const std::unique_ptr<QThread, void (*)(QThread*)> threadStop(&thread, [](QThread* t) {
            t->quit();
            t->wait();
        });
        auto* pusher = new HlsPusher(settings, m_feed);
        pusher->moveToThread(&thread);
        connect(&thread, &QThread::finished, pusher, &QObject::deleteLater);
        thread.start();
        QMetaObject::invokeMethod(pusher, &HlsPusher::start, Qt::QueuedConnection);

        // Segments 0..4 appear at about real time; each reaches the origin with a playlist.
        for (int i = 0; i < 5; ++i) {
            m_feed.advance();
            QTest::qWait(300);
        }
        QVERIFY(waitForListed(origin, QStringLiteral("run1-4.m4s")));
        QCOMPARE(origin.get(QStringLiteral("/live/wedding/run1-init.mp4")).first, 200);
        const auto live = ffprobe(origin.url(QStringLiteral("/live/wedding/output_main.m3u8")));
        QVERIFY2(codecs(live).contains(QStringLiteral("h264")),
                 QJsonDocument(live).toJson().constData());
        QVERIFY(codecs(live).contains(QStringLiteral("aac")));
        QCOMPARE(pusher->stats().state, std::string("pushing"));

        // The origin goes away: producing the next segments never waits for it.
        origin.stop();
        for (int i = 5; i < 11; ++i) {
            m_feed.advance();
            QTest::qWait(300);
        }
        QVERIFY(waitFor([&] { return pusher->stats().state == "retrying"; }));
        const auto down = pusher->stats();
        QVERIFY(down.requestsFailed > 0);
        QVERIFY2(!down.lastError.empty(), down.lastError.c_str());
        QVERIFY2(down.lastPushedSequence <= 5,
                 qPrintable(QString::number(down.lastPushedSequence)));

        // Back: pushing resumes at the live edge; the playlist names only files it has.
        QVERIFY2(origin.start(), qPrintable(origin.log()));
        for (int i = 11; i < 13; ++i) {
            m_feed.advance();
            QTest::qWait(300);
        }
        QVERIFY(waitForListed(origin, QStringLiteral("run1-12.m4s")));
        const auto back = pusher->stats();
        QCOMPARE(back.state, std::string("pushing"));
        QVERIFY2(back.segmentsSkipped >= 3, qPrintable(QString::number(back.segmentsSkipped)));
        const auto playlist = origin.get(QStringLiteral("/live/wedding/output_main.m3u8")).second;
        const QStringList listed = listedSegments(playlist);
        QVERIFY2(!listed.contains(QStringLiteral("run1-6.m4s")), playlist.constData());
        for (const QString& name : listed)
            QVERIFY2(origin.get(QStringLiteral("/live/wedding/") + name).first == 200,
                     qPrintable(name));
        // What left the playlist lingers one segment, then is deleted from the origin.
        QVERIFY(
            waitFor([&] { return !QFile::exists(origin.root() + "/live/wedding/run1-0.m4s"); }));

        // The end: EXT-X-ENDLIST, and the whole pushed playlist plays from nginx.
        m_feed.advance(true);
        QVERIFY(waitFor([&] {
            return origin.get(QStringLiteral("/live/wedding/output_main.m3u8"))
                .second.contains("#EXT-X-ENDLIST");
        }));
        QVERIFY(waitFor([&] { return pusher->stats().state == "ended"; }));
        const auto ended = ffprobe(origin.url(QStringLiteral("/live/wedding/output_main.m3u8")));
        const double duration = ended.value(QStringLiteral("format"))
                                    .toObject()
                                    .value("duration")
                                    .toString()
                                    .toDouble();
        const auto finalList =
            listedSegments(origin.get(QStringLiteral("/live/wedding/output_main.m3u8")).second);
        QVERIFY2(
            std::abs(duration - finalList.size()) < 1.0,
            qPrintable(QStringLiteral("%1 s for %2 segments").arg(duration).arg(finalList.size())));
    }

private:
    static QStringList codecs(const QJsonObject& probe) {
        QStringList names;
        for (const auto stream : probe.value(QStringLiteral("streams")).toArray())
            names << stream.toObject().value(QStringLiteral("codec_name")).toString();
        return names;
    }

    template <typename Predicate>
    static bool waitFor(Predicate done, int timeoutMs = 20000) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (done())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    static bool waitForListed(const NginxDav& origin, const QString& name) {
        return waitFor([&] {
            return listedSegments(
                       origin.get(QStringLiteral("/live/wedding/output_main.m3u8")).second)
                .contains(name);
        });
    }

    QTemporaryDir m_media;
    SegmentFeed m_feed;
};

QTEST_GUILESS_MAIN(TestHlsPusher)
#include "tst_hlspusher.moc"
