// PUT /api/outputs against the real app: a valid body is saved to event.json (other sections and
// unknown keys kept, secrets never echoed) and shown by GET; a bad field is refused with its name
// and the file left as it was; no token, no change; /api/status shows each output's state; the
// saved settings are the running ones after a restart.
#include <initializer_list>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "support/ApiClient.h"
#include "support/HeadlessApp.h"
#include "support/TestEventConfig.h"

using wl::test::ApiClient;
using wl::test::HeadlessApp;

namespace {

const QString kSecretKey = QStringLiteral("restreamSecretKey0123456789");

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject readJson(const QString& path) {
    return QJsonDocument::fromJson(readFile(path)).object();
}

QStringList strings(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

// The value at a path of keys and array indices ("restream", "0", "id").
QJsonValue at(const QJsonValue& root, std::initializer_list<const char*> keys) {
    QJsonValue value = root;
    for (const char* key : keys) {
        bool isIndex = false;
        const int index = QString::fromLatin1(key).toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(QLatin1String(key));
    }
    return value;
}

} // namespace

class TestOutputsApi : public QObject {
    Q_OBJECT

private slots:
    void putSavesValidatesAndAppliesAtRestart() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString eventPath = QDir(dir.path()).filePath(QStringLiteral("event.json"));
        // A key from a newer version must survive the API's save.
        QVERIFY(wl::test::prepareEventConfig(dir.path(), [](QJsonObject& root) {
            root.insert(QStringLiteral("future_section"), QJsonObject{{QStringLiteral("x"), 1}});
        }));
        const QJsonObject root = readJson(eventPath);

        HeadlessApp app({});
        QVERIFY2(app.start(dir.path()), qPrintable(app.errors()));
        const ApiClient api(app.httpPort, app.apiToken);

        auto outputs = api.get(QStringLiteral("/api/outputs"));
        QCOMPARE(outputs.status, 200);
        QCOMPARE(at(outputs.json(), {"hls", "window_segments"}).toInt(), 6);
        QVERIFY(strings(at(outputs.json(), {"restart_needed"})).isEmpty());

        auto status = api.get(QStringLiteral("/api/status"));
        QCOMPARE(status.status, 200);
        QCOMPARE(at(status.json(), {"outputs", "hls_push"}).toString(), QStringLiteral("off"));
        QVERIFY(at(status.json(), {"outputs", "restream"}).isArray());

        const QByteArray before = readFile(eventPath);
        const QByteArray valid =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("hls"), QJsonObject{{QStringLiteral("window_segments"), 9},
                                                        {QStringLiteral("part_ms"), 500}}},
                    {QStringLiteral("restream"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("id"), QStringLiteral("yt")},
                         {QStringLiteral("url"), QStringLiteral("rtmp://127.0.0.1:9/live")},
                         {QStringLiteral("key"), kSecretKey},
                         {QStringLiteral("enabled"), false}}}}})
                .toJson();

        const ApiClient anonymous(app.httpPort, QString());
        QCOMPARE(anonymous.put(QStringLiteral("/api/outputs"), valid).status, 401);
        QCOMPARE(readFile(eventPath), before);

        auto bad = api.put(QStringLiteral("/api/outputs"),
                           "{\"hls\":{\"window_segments\":12,\"part_ms\":50}}");
        QCOMPARE(bad.status, 400);
        QCOMPARE(at(bad.json(), {"field"}).toString(), QStringLiteral("hls.part_ms"));
        QVERIFY(at(bad.json(), {"message"}).toString().contains(QStringLiteral("hls.part_ms")));
        QCOMPARE(readFile(eventPath), before);
        auto badList = api.put(QStringLiteral("/api/outputs"),
                               "{\"restream\":[{\"id\":\"x\",\"url\":\"ftp://h/\"}]}");
        QCOMPARE(badList.status, 400);
        QCOMPARE(at(badList.json(), {"field"}).toString(), QStringLiteral("restream[0].url"));
        QCOMPARE(readFile(eventPath), before);

        auto put = api.put(QStringLiteral("/api/outputs"), valid);
        QCOMPARE(put.status, 200);
        QVERIFY2(!put.body.contains(kSecretKey.toUtf8()), put.body.constData());
        QCOMPARE(at(put.json(), {"hls", "window_segments"}).toInt(), 9);
        QCOMPARE(at(put.json(), {"hls", "part_ms"}).toInt(), 500);
        QCOMPARE(strings(at(put.json(), {"restart_needed"})),
                 (QStringList{QStringLiteral("hls"), QStringLiteral("restream")}));
        QCOMPARE(at(put.json(), {"configured", "restream", "0", "id"}).toString(),
                 QStringLiteral("yt"));

        const QJsonObject saved = readJson(eventPath);
        QCOMPARE(at(saved, {"hls", "window_segments"}).toInt(), 9);
        QCOMPARE(at(saved, {"hls", "part_ms"}).toInt(), 500);
        QCOMPARE(at(saved, {"restream", "0", "key"}).toString(), kSecretKey);
        QCOMPARE(at(saved, {"future_section", "x"}).toInt(), 1);
        QCOMPARE(at(saved, {"cameras"}), at(root, {"cameras"}));

        auto again = api.get(QStringLiteral("/api/outputs"));
        QCOMPARE(again.status, 200);
        QCOMPARE(at(again.json(), {"hls", "window_segments"}).toInt(), 9);
        QVERIFY(!again.body.contains(kSecretKey.toUtf8()));
        QCOMPARE(app.stop(), 0);

        // The next session runs with what was saved.
        HeadlessApp next({});
        QVERIFY2(next.start(dir.path()), qPrintable(next.errors()));
        const ApiClient nextApi(next.httpPort, next.apiToken);
        auto restarted = nextApi.get(QStringLiteral("/api/outputs"));
        QCOMPARE(at(restarted.json(), {"hls", "window_segments"}).toInt(), 9);
        QVERIFY(strings(at(restarted.json(), {"restart_needed"})).isEmpty());
        auto nextStatus = nextApi.get(QStringLiteral("/api/status"));
        const QJsonArray restream = at(nextStatus.json(), {"outputs", "restream"}).toArray();
        QCOMPARE(restream.size(), 1);
        QCOMPARE(at(restream, {"0", "id"}).toString(), QStringLiteral("yt"));
        QCOMPARE(at(restream, {"0", "state"}).toString(), QStringLiteral("idle"));
        QVERIFY(!nextStatus.body.contains(kSecretKey.toUtf8()));
        QCOMPARE(next.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutputsApi)
#include "tst_outputsapi.moc"
