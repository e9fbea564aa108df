// event.json's "hls_push": validation, the round trip, and credentials kept out of display.
#include <QJsonDocument>
#include <QTest>

#include "session/EventConfig.h"

using namespace wl;

namespace {

Expected<EventConfig> parseWith(const QJsonObject& hlsPush) {
    QJsonObject root = QJsonDocument::fromJson(EventConfig::createDefault().toJson()).object();
    root.insert(QStringLiteral("hls_push"), hlsPush);
    return EventConfig::fromJson(QJsonDocument(root).toJson(), QStringLiteral("event.json"));
}

} // namespace

class TestHlsPushConfig : public QObject {
    Q_OBJECT

private slots:
    void offByDefault() {
        const auto config = EventConfig::createDefault();
        QVERIFY(!config.hlsPush.enabled);
        QCOMPARE(config.hlsPush.authKind(), QStringLiteral("none"));
        QVERIFY(EventConfig::fromJson(config.toJson(), QStringLiteral("event.json")));
    }

    void parsesRoundTripsAndHidesCredentials() {
        auto parsed = parseWith({{"enabled", true},
                                 {"url", "https://user:pw@cdn.example.org/wedding/"},
                                 {"username", "wedlive"},
                                 {"password", "s3cret-pass"}});
        QVERIFY2(parsed, parsed ? "" : parsed.error().toString().c_str());
        QVERIFY(parsed->hlsPush.enabled);
        QCOMPARE(parsed->hlsPush.authKind(), QStringLiteral("basic"));
        QCOMPARE(parsed->hlsPush.displayUrl(), QStringLiteral("https://cdn.example.org/wedding/"));
        const auto settings = parsed->hlsPush.toSettings();
        QCOMPARE(settings.password, QStringLiteral("s3cret-pass"));
        auto again = EventConfig::fromJson(parsed->toJson(), QStringLiteral("event.json"));
        QVERIFY(again);
        QCOMPARE(again->hlsPush.password, QStringLiteral("s3cret-pass"));
        QCOMPARE(again->hlsPush.url, QStringLiteral("https://user:pw@cdn.example.org/wedding/"));

        auto bearer = parseWith(
            {{"enabled", true}, {"url", "http://127.0.0.1:8080/live"}, {"bearer_token", "tok"}});
        QVERIFY(bearer);
        QCOMPARE(bearer->hlsPush.authKind(), QStringLiteral("bearer"));
        QCOMPARE(bearer->hlsPush.toSettings().bearerToken, QStringLiteral("tok"));
    }

    void refusesWhatCannotWork() {
        const auto errorOf = [](const QJsonObject& object) {
            auto parsed = parseWith(object);
            return parsed ? QString() : QString::fromStdString(parsed.error().toString());
        };
        QVERIFY(errorOf({{"enabled", true}}).contains("hls_push.url"));
        QVERIFY(errorOf({{"enabled", true}, {"url", "rtmp://h/live"}}).contains("http://"));
        QVERIFY(errorOf({{"enabled", "yes"}}).contains("hls_push.enabled"));
        QVERIFY(errorOf({{"url", "http://h/"}, {"username", "a:b"}}).contains("hls_push.username"));
        QVERIFY(errorOf({{"url", 5}}).contains("event.json:hls_push.url"));
    }
};

QTEST_GUILESS_MAIN(TestHlsPushConfig)
#include "tst_hlspushconfig.moc"
