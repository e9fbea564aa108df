// event.json's "hls": defaults equal to the packager's, validation naming the field, the round
// trip, the mapping into HlsPackagerSettings; and PUT /api/outputs bodies applied to event.json.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "session/EngineSettings.h"
#include "session/EventConfig.h"
#include "session/OutputsRequest.h"

using namespace wl;

namespace {

Expected<EventConfig> parseWith(const QJsonObject& hls) {
    QJsonObject root = QJsonDocument::fromJson(EventConfig::createDefault().toJson()).object();
    root.insert(QStringLiteral("hls"), hls);
    return EventConfig::fromJson(QJsonDocument(root).toJson(), QStringLiteral("event.json"));
}

QString errorOf(const QJsonObject& hls) {
    auto parsed = parseWith(hls);
    return parsed ? QString() : QString::fromStdString(parsed.error().toString());
}

} // namespace

class TestHlsConfig : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreThePackagers() {
        const output::HlsPackagerSettings packager;
        const auto config = EventConfig::createDefault();
        QCOMPARE(config.hls.windowSegments, static_cast<int>(packager.windowSegments));
        QCOMPARE(config.hls.segmentSeconds, packager.segmentSeconds);
        QCOMPARE(config.hls.partMs, 333);
        // An event.json written before "hls" existed reads with the defaults.
        QJsonObject root = QJsonDocument::fromJson(config.toJson()).object();
        root.remove(QStringLiteral("hls"));
        auto old = EventConfig::fromJson(QJsonDocument(root).toJson(), QStringLiteral("e.json"));
        QVERIFY(old);
        QVERIFY(old->hls == HlsConfig{});
    }

    void roundTripsAndMapsIntoThePackager() {
        auto parsed =
            parseWith({{"window_segments", 10}, {"segment_seconds", 2}, {"part_ms", 500}});
        QVERIFY2(parsed, parsed ? "" : parsed.error().toString().c_str());
        auto again = EventConfig::fromJson(parsed->toJson(), QStringLiteral("event.json"));
        QVERIFY(again);
        QCOMPARE(again->hls.windowSegments, 10);
        QCOMPARE(again->hls.segmentSeconds, 2.0);
        QCOMPARE(again->hls.partMs, 500);
        const auto settings = EngineSettings::hlsPackager(*again, 1.0);
        QCOMPARE(settings.windowSegments, std::size_t{10});
        QCOMPARE(settings.segmentSeconds, 2.0);
        QCOMPARE(settings.partSeconds, 0.5);
        QCOMPARE(settings.lingerSegments, output::HlsPackagerSettings{}.lingerSegments);
        // Segments are cut at keyframes: never shorter than the encoder's GOP.
        QCOMPARE(EngineSettings::hlsPackager(*again, 3.0).segmentSeconds, 3.0);
    }

    void refusesOutOfRange() {
        QVERIFY(errorOf({{"window_segments", 2}}).contains("hls.window_segments"));
        QVERIFY(errorOf({{"window_segments", 1.5}}).contains("hls.window_segments"));
        QVERIFY(errorOf({{"segment_seconds", 0.5}}).contains("hls.segment_seconds"));
        QVERIFY(errorOf({{"part_ms", 100}}).contains("hls.part_ms"));
        QVERIFY(errorOf({{"part_ms", "fast"}}).contains("hls.part_ms"));
        QVERIFY(errorOf({{"segment_seconds", 1}, {"part_ms", 1500}}).contains("hls.part_ms"));
        QVERIFY(errorOf({{"segment_seconds", 4}, {"part_ms", 1500}}).isEmpty());
    }

    void requestMergesAndKeepsSecrets() {
        EventConfig current = EventConfig::createDefault();
        RestreamConfig youtube;
        youtube.id = QStringLiteral("yt");
        youtube.url = QStringLiteral("rtmp://a.example.org/live2");
        youtube.key = QStringLiteral("secret-key-0123456789");
        current.restream.append(youtube);
        current.hlsPush.password = QStringLiteral("pw");
        const QByteArray body =
            QJsonDocument(QJsonObject{
                              {"hls", QJsonObject{{"part_ms", 250}}},
                              {"hls_push", QJsonObject{{"username", "u"}}},
                              {"restream", QJsonArray{QJsonObject{
                                               {"id", "yt"}, {"url", "rtmp://b.example.org/x"}}}},
                          })
                .toJson();
        auto result = OutputsRequest::apply(body, current.toJson());
        QVERIFY2(result, result ? "" : result.error().toString().c_str());
        QCOMPARE(result->sections, (QStringList{QStringLiteral("hls"), QStringLiteral("hls_push"),
                                                QStringLiteral("restream")}));
        QCOMPARE(result->config.hls.partMs, 250);
        QCOMPARE(result->config.hls.windowSegments, current.hls.windowSegments);
        QCOMPARE(result->config.hlsPush.username, QStringLiteral("u"));
        QCOMPARE(result->config.hlsPush.password, QStringLiteral("pw"));
        QCOMPARE(result->config.restream.size(), 1);
        QCOMPARE(result->config.restream[0].url, QStringLiteral("rtmp://b.example.org/x"));
        QCOMPARE(result->config.restream[0].key, youtube.key);
        QCOMPARE(result->config.cameras.size(), current.cameras.size());
    }

    void requestErrorsNameTheField() {
        const QByteArray current = EventConfig::createDefault().toJson();
        const auto fieldOf = [&](const QByteArray& body) {
            auto result = OutputsRequest::apply(body, current);
            return result ? QStringLiteral("<ok>") : QString::fromStdString(result.error().context);
        };
        QCOMPARE(fieldOf("{\"hls\":{\"part_ms\":5}}"), QStringLiteral("hls.part_ms"));
        QCOMPARE(fieldOf("{\"hls\":3}"), QStringLiteral("hls"));
        QCOMPARE(fieldOf("{\"restream\":[{\"id\":\"a\",\"url\":\"http://x/\"}]}"),
                 QStringLiteral("restream[0].url"));
        QCOMPARE(fieldOf("{\"hls_push\":{\"enabled\":true}}"), QStringLiteral("hls_push.url"));
        QCOMPARE(fieldOf("{\"title\":\"x\"}"), QStringLiteral("title"));
        QCOMPARE(fieldOf("not json"), QString());
        QCOMPARE(fieldOf("{}"), QString());
        QCOMPARE(fieldOf("{\"hls\":{\"window_segments\":8}}"), QStringLiteral("<ok>"));
    }
};

QTEST_GUILESS_MAIN(TestHlsConfig)
#include "tst_hlsconfig.moc"
