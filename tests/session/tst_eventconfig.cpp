#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "session/EventConfig.h"
#include "session/StreamKeyGenerator.h"

using wl::EventConfig;

class TestEventConfig : public QObject {
    Q_OBJECT

private slots:
    void defaultHasFiveSlotsWithDistinctStrongKeys() {
        const EventConfig config = EventConfig::createDefault();
        QCOMPARE(config.cameras.size(), 5);
        QSet<QString> keys;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(config.cameras[i].id, QStringLiteral("cam%1").arg(i + 1));
            QVERIFY(wl::StreamKeyGenerator::looksValid(config.cameras[i].streamKey));
            keys.insert(config.cameras[i].streamKey);
        }
        QCOMPARE(keys.size(), 5);
    }

    void keysDifferBetweenEvents() {
        QVERIFY(wl::StreamKeyGenerator::generate() != wl::StreamKeyGenerator::generate());
        QCOMPARE(wl::StreamKeyGenerator::generate().size(), 26);
    }

    void roundTripsThroughJson() {
        EventConfig config = EventConfig::createDefault();
        config.title = QStringLiteral("Anna & Ravi");
        config.cameras[1].name = QStringLiteral("Stage left");
        config.output.fps = 25;
        config.cameras[2].audioMode = QStringLiteral("always");
        config.cameras[2].gainDb = -6.5;
        config.cameras[2].delayMs = 400;
        config.switcher.transition = QStringLiteral("dip");
        config.switcher.failoverPriority = {QStringLiteral("cam3"), QStringLiteral("cam1")};
        config.recording.autoStartOnLive = false;
        const auto parsed = EventConfig::fromJson(config.toJson(), QStringLiteral("event.json"));
        QVERIFY2(parsed.hasValue(), parsed ? "" : parsed.error().toString().c_str());
        QCOMPARE(parsed->title, config.title);
        QCOMPARE(parsed->cameras.size(), 5);
        QCOMPARE(parsed->cameras[1].name, QStringLiteral("Stage left"));
        QCOMPARE(parsed->cameras[3].streamKey, config.cameras[3].streamKey);
        QCOMPARE(parsed->output.fps, 25);
        QCOMPARE(parsed->cameras[2].audioMode, QStringLiteral("always"));
        QCOMPARE(parsed->cameras[2].gainDb, -6.5);
        QCOMPARE(parsed->cameras[2].delayMs, 400);
        QCOMPARE(parsed->switcher.transition, QStringLiteral("dip"));
        QCOMPARE(parsed->switcher.failoverPriority,
                 (QStringList{QStringLiteral("cam3"), QStringLiteral("cam1")}));
        QCOMPARE(parsed->recording.autoStartOnLive, false);
    }

    void keepsUnknownFields() {
        QJsonObject root = QJsonDocument::fromJson(EventConfig::createDefault().toJson()).object();
        root.insert(QStringLiteral("future_setting"), QStringLiteral("kept"));
        const auto parsed =
            EventConfig::fromJson(QJsonDocument(root).toJson(), QStringLiteral("event.json"));
        QVERIFY(parsed.hasValue());
        const QJsonObject written = QJsonDocument::fromJson(parsed->toJson()).object();
        QCOMPARE(written.value(QStringLiteral("future_setting")).toString(),
                 QStringLiteral("kept"));
    }

    void syntaxErrorNamesLineAndColumn() {
        const QByteArray text = "{\n  \"title\": \"x\",\n  \"cameras\": [ oops ]\n}\n";
        const auto parsed = EventConfig::fromJson(text, QStringLiteral("event.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, wl::ErrorCode::ConfigInvalid);
        QVERIFY2(QString::fromStdString(parsed.error().context)
                     .startsWith(QStringLiteral("event.json:3:")),
                 parsed.error().context.c_str());
    }

    void fieldErrorsNameTheField_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        const QByteArray key = "\"abcdefghijkmnpqrstuvwxyz23\"";
        QTest::newRow("cameras not array")
            << QByteArray("{\"cameras\": 3}") << "event.json:cameras";
        QTest::newRow("bad id")
            << QByteArray("{\"cameras\":[{\"id\":\"cam9\",\"name\":\"A\",\"stream_key\":" + key +
                          "}]}")
            << "event.json:cameras[0].id";
        QTest::newRow("empty name")
            << QByteArray("{\"cameras\":[{\"id\":\"cam1\",\"name\":\" \",\"stream_key\":" + key +
                          "}]}")
            << "event.json:cameras[0].name";
        QTest::newRow("short key")
            << QByteArray("{\"cameras\":[{\"id\":\"cam1\",\"name\":\"A\",\"stream_key\":\"abc\"}]}")
            << "event.json:cameras[0].stream_key";
        QTest::newRow("duplicate key")
            << QByteArray("{\"cameras\":[{\"id\":\"cam1\",\"name\":\"A\",\"stream_key\":" + key +
                          "},{\"id\":\"cam2\",\"name\":\"B\",\"stream_key\":" + key + "}]}")
            << "event.json:cameras[1].stream_key";
        const QByteArray camera = "{\"id\":\"cam1\",\"name\":\"A\",\"stream_key\":" + key;
        QTest::newRow("delay") << QByteArray("{\"cameras\":[" + camera + ",\"delay_ms\":2000}]}")
                               << "event.json:cameras[0].delay_ms";
        QTest::newRow("audio mode")
            << QByteArray("{\"cameras\":[" + camera + ",\"audio\":\"loud\"}]}")
            << "event.json:cameras[0].audio";
        QTest::newRow("switcher mode")
            << QByteArray("{\"cameras\":[],\"switcher\":{\"mode\":\"chaos\"}}")
            << "event.json:switcher.mode";
        QTest::newRow("failover priority")
            << QByteArray("{\"cameras\":[],\"switcher\":{\"failover_priority\":[\"cam7\"]}}")
            << "event.json:switcher.failover_priority";
        QTest::newRow("recording flag")
            << QByteArray("{\"cameras\":[],\"recording\":{\"auto_start_on_live\":\"yes\"}}")
            << "event.json:recording.auto_start_on_live";
        QTest::newRow("fps") << QByteArray("{\"cameras\":[],\"output\":{\"fps\":24}}")
                             << "event.json:output.fps";
        QTest::newRow("preset") << QByteArray(
                                       "{\"cameras\":[],\"output\":{\"encoder_preset\":\"warp\"}}")
                                << "event.json:output.encoder_preset";
    }

    void fieldErrorsNameTheField() {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        const auto parsed = EventConfig::fromJson(json, QStringLiteral("event.json"));
        QVERIFY(!parsed);
        QCOMPARE(QString::fromStdString(parsed.error().context), place);
    }

    void missingFileIsCreatedWithFreshKeys() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/event.json"));
        const auto created = EventConfig::loadOrCreate(path);
        QVERIFY(created.hasValue());
        QVERIFY(QFile::exists(path));
        const auto reloaded = EventConfig::loadOrCreate(path);
        QVERIFY(reloaded.hasValue());
        QCOMPARE(reloaded->cameras[0].streamKey, created->cameras[0].streamKey);
    }

    void malformedFileIsReportedAndNeverOverwritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event.json"));
        const QByteArray broken = "{ \"title\": \"half written\", ";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        const auto loaded = EventConfig::loadOrCreate(path);
        QVERIFY(!loaded);
        QVERIFY(QString::fromStdString(loaded.error().context)
                    .startsWith(QStringLiteral("event.json:1:")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
    }
};

QTEST_GUILESS_MAIN(TestEventConfig)
#include "tst_eventconfig.moc"
