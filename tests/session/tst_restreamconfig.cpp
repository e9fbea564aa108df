// event.json's "restream" list: validation with errors that name the field, the round trip, and
// the stream key never shown in full.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "session/EventConfig.h"

using namespace wl;

namespace {

QJsonObject destination(const QString& id, const QString& url, const QString& key) {
    return QJsonObject{{"id", id}, {"name", id.toUpper()}, {"url", url}, {"key", key}};
}

Expected<EventConfig> parseWith(const QJsonArray& restream) {
    QJsonObject root = QJsonDocument::fromJson(EventConfig::createDefault().toJson()).object();
    root.insert(QStringLiteral("restream"), restream);
    return EventConfig::fromJson(QJsonDocument(root).toJson(), QStringLiteral("event.json"));
}

QString errorOf(const QJsonArray& restream) {
    auto parsed = parseWith(restream);
    return parsed ? QString() : QString::fromStdString(parsed.error().toString());
}

} // namespace

class TestRestreamConfig : public QObject {
    Q_OBJECT

private slots:
    void aNewEventHasNoDestinations() {
        const auto config = EventConfig::createDefault();
        QVERIFY(config.restream.isEmpty());
        auto parsed = EventConfig::fromJson(config.toJson(), QStringLiteral("event.json"));
        QVERIFY(parsed);
        QVERIFY(parsed->restream.isEmpty());
    }

    void parsesAndRoundTrips() {
        QJsonObject second = destination("facebook", "rtmps://live-api-s.facebook.com:443/rtmp/",
                                         "FB-1234567890-abcdef");
        second.insert(QStringLiteral("enabled"), false);
        auto parsed = parseWith(
            {destination("youtube", "rtmp://a.rtmp.youtube.com/live2", "abcd-efgh-ijkl-mnop"),
             second});
        QVERIFY2(parsed, parsed ? "" : parsed.error().toString().c_str());
        QCOMPARE(parsed->restream.size(), 2);
        QCOMPARE(parsed->restream[0].id, QStringLiteral("youtube"));
        QCOMPARE(parsed->restream[0].name, QStringLiteral("YOUTUBE"));
        QVERIFY(parsed->restream[0].enabled);
        QVERIFY(!parsed->restream[1].enabled);
        auto again = EventConfig::fromJson(parsed->toJson(), QStringLiteral("event.json"));
        QVERIFY(again);
        QCOMPARE(again->restream.size(), 2);
        QCOMPARE(again->restream[1].key, QStringLiteral("FB-1234567890-abcdef"));
        QCOMPARE(again->restream[1].url,
                 QStringLiteral("rtmps://live-api-s.facebook.com:443/rtmp/"));
    }

    void refusesWhatCannotWork_data() {
        QTest::addColumn<QJsonArray>("restream");
        QTest::addColumn<QString>("expected");
        const auto good = [](const QString& id) {
            return destination(id, QStringLiteral("rtmp://127.0.0.1/live"), QStringLiteral("k"));
        };
        QTest::newRow("not a list")
            << QJsonArray{QJsonValue(3)} << QStringLiteral("restream[0]: must be an object");
        QTest::newRow("four") << QJsonArray{good("a"), good("b"), good("c"), good("d")}
                              << QStringLiteral("at most 3 destinations");
        QTest::newRow("duplicate id")
            << QJsonArray{good("a"), good("a")} << QStringLiteral("restream[1].id: duplicate");
        QTest::newRow("bad id") << QJsonArray{good("You Tube")} << QStringLiteral("restream[0].id");
        QTest::newRow("no id") << QJsonArray{good("")} << QStringLiteral("restream[0].id");
        QTest::newRow("http url") << QJsonArray{destination(
                                         "a", QStringLiteral("http://example.org/live"), "k")}
                                  << QStringLiteral("restream[0].url: must be an rtmp");
        QTest::newRow("no host") << QJsonArray{destination("a", QStringLiteral("rtmp:///live"),
                                                           "k")}
                                 << QStringLiteral("restream[0].url");
        QTest::newRow("key with a space")
            << QJsonArray{destination("a", QStringLiteral("rtmp://h/live"), "ab cd")}
            << QStringLiteral("restream[0].key: must be printable");
        QTest::newRow("key with a slash")
            << QJsonArray{destination("a", QStringLiteral("rtmp://h/live"), "ab/cd")}
            << QStringLiteral("restream[0].key");
        QJsonObject notBool = good("a");
        notBool.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
        QTest::newRow("enabled not a boolean")
            << QJsonArray{notBool} << QStringLiteral("restream[0].enabled");
    }

    void refusesWhatCannotWork() {
        QFETCH(QJsonArray, restream);
        QFETCH(QString, expected);
        // "place: message" expected; the error reads "code: message (event.json:place)".
        const QString error = errorOf(restream);
        for (const QString& part : expected.split(QStringLiteral(": ")))
            QVERIFY2(error.contains(part), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("event.json")), qPrintable(error));
    }

    void theTargetNeverShowsTheKey() {
        RestreamConfig config;
        config.id = QStringLiteral("yt");
        config.url = QStringLiteral("rtmp://user:secret@a.rtmp.youtube.com/live2");
        config.key = QStringLiteral("abcd-efgh-ijkl-mnop");
        const auto target = config.toTarget();
        QCOMPARE(target.publishUrl(),
                 std::string("rtmp://user:secret@a.rtmp.youtube.com/live2/abcd-efgh-ijkl-mnop"));
        QCOMPARE(target.publicUrl(), std::string("rtmp://***@a.rtmp.youtube.com/live2"));
        QCOMPARE(target.maskedKey(), std::string("abcd\u2026"));
        config.key = QStringLiteral("short");
        QCOMPARE(config.toTarget().maskedKey(), std::string("\u2026"));
        config.url = QStringLiteral("rtmp://h/app/");
        QCOMPARE(config.toTarget().publishUrl(), std::string("rtmp://h/app/short"));
    }
};

QTEST_GUILESS_MAIN(TestRestreamConfig)
#include "tst_restreamconfig.moc"
