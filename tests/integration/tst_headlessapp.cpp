// The wedlive binary as an operator runs it: headless, configured by files and flags.
#include <csignal>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/ApiClient.h"
#include "support/FfmpegPublisher.h"
#include "support/HeadlessApp.h"

namespace {

using wl::test::HeadlessApp;

struct HttpResult {
    int status = 0;
    QJsonDocument json;
};

HttpResult get(quint16 port, const QString& path, const QString& token) {
    const auto reply = wl::test::ApiClient(port, token).get(path);
    return {reply.status, reply.document()};
}

QJsonObject cameraJson(quint16 port, const QString& token, const QString& id) {
    for (const auto value : get(port, QStringLiteral("/api/cameras"), token).json.array()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestHeadlessApp : public QObject {
    Q_OBJECT

private slots:
    void createsConfigurationAndServesTheApi() {
        QTemporaryDir dir;
        HeadlessApp app({});
        QVERIFY2(app.start(dir.path()), qPrintable(app.output()));

        // event.json was created with five cameras and strong keys; the token was stored.
        QFile eventFile(dir.filePath(QStringLiteral("event.json")));
        QVERIFY(eventFile.open(QIODevice::ReadOnly));
        const QJsonArray configured = QJsonDocument::fromJson(eventFile.readAll())
                                          .object()
                                          .value(QStringLiteral("cameras"))
                                          .toArray();
        QCOMPARE(configured.size(), 5);
        QFile tokenFile(dir.filePath(QStringLiteral("api-token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(tokenFile.readAll()).trimmed(), app.apiToken);
        QCOMPARE(tokenFile.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        QCOMPARE(get(app.httpPort, QStringLiteral("/api/status"), {}).status, 401);
        QCOMPARE(
            get(app.httpPort, QStringLiteral("/api/cameras"), QStringLiteral("wrong-token")).status,
            401);
        const HttpResult status = get(app.httpPort, QStringLiteral("/api/status"), app.apiToken);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.object().value(QStringLiteral("cameras_live")).toInt(), 0);
        QCOMPARE(status.json.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("waiting"));

        const HttpResult cameras = get(app.httpPort, QStringLiteral("/api/cameras"), app.apiToken);
        QCOMPARE(cameras.status, 200);
        const QJsonArray list = cameras.json.array();
        QCOMPARE(list.size(), 5);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("cam1"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
        QCOMPARE(first.value(QStringLiteral("stream_key")).toString(),
                 configured.at(0).toObject().value(QStringLiteral("stream_key")).toString());
        QCOMPARE(first.value(QStringLiteral("rtmp_url")).toString(),
                 QStringLiteral("rtmp://127.0.0.1:%1/live").arg(app.rtmpPort));

        // A camera publishes: the API and the log follow it.
        const QString key = first.value(QStringLiteral("stream_key")).toString();
        wl::test::FfmpegPublisher publisher(
            QStringLiteral("rtmp://127.0.0.1:%1/live/%2").arg(app.rtmpPort).arg(key),
            wl::test::makeSpec(320, 180, 30, 120, 440));
        publisher.start();
        QTRY_COMPARE_WITH_TIMEOUT(cameraJson(app.httpPort, app.apiToken, QStringLiteral("cam1"))
                                      .value(QStringLiteral("status"))
                                      .toString(),
                                  QStringLiteral("live"), 4000);
        QTRY_VERIFY_WITH_TIMEOUT(cameraJson(app.httpPort, app.apiToken, QStringLiteral("cam1"))
                                         .value(QStringLiteral("stats"))
                                         .toObject()
                                         .value(QStringLiteral("fps"))
                                         .toDouble() > 20.0,
                                 3000);
        const QJsonObject live = cameraJson(app.httpPort, app.apiToken, QStringLiteral("cam1"));
        QCOMPARE(
            live.value(QStringLiteral("stats")).toObject().value(QStringLiteral("width")).toInt(),
            320);
        QVERIFY(live.value(QStringLiteral("quality")).toInt() > 50);
        QVERIFY(publisher.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(app.output().contains(QStringLiteral("cam1 offline")), 3000);
        QVERIFY(app.output().contains(QStringLiteral("cam1 live")));
        QCOMPARE(app.stop(), 0);

        // A restart keeps the keys and the token.
        HeadlessApp again({});
        QVERIFY(again.start(dir.path()));
        QCOMPARE(again.apiToken, app.apiToken);
        QCOMPARE(cameraJson(again.httpPort, again.apiToken, QStringLiteral("cam1"))
                     .value(QStringLiteral("stream_key"))
                     .toString(),
                 key);
    }

    void tokenFromTheCommandLine() {
        QTemporaryDir dir;
        HeadlessApp app({QStringLiteral("--api-token"), QStringLiteral("given-token-123")});
        QVERIFY(app.start(dir.path()));
        QCOMPARE(app.apiToken, QStringLiteral("given-token-123"));
        QCOMPARE(get(app.httpPort, QStringLiteral("/api/status"), QStringLiteral("given-token-123"))
                     .status,
                 200);
    }

    void malformedConfigurationIsReportedAndKept() {
        QTemporaryDir dir;
        const QByteArray broken =
            "{\n  \"title\": \"Anna & Ravi\",\n  \"cameras\": [\n    {\"id\": \"cam1\",}\n  ]\n}\n";
        QFile file(dir.filePath(QStringLiteral("event.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
        file.close();

        QProcess process;
        process.start(QStringLiteral(WEDLIVE_APP_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--config-dir"), dir.path(),
                       QStringLiteral("--rtmp-port"), QStringLiteral("0"),
                       QStringLiteral("--http-port"), QStringLiteral("0")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("event.json:4:")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
    }

    void badArgumentsAreRefused() {
        QProcess process;
        process.start(
            QStringLiteral(WEDLIVE_APP_BINARY),
            {QStringLiteral("--headless"), QStringLiteral("--rtmp-port"), QStringLiteral("99999")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("--rtmp-port")));
    }

    void demoCamerasPublishThroughTheRealIngest() {
        QTemporaryDir dir;
        HeadlessApp app({QStringLiteral("--demo=2")});
        QVERIFY(app.start(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(app.output().contains(QStringLiteral("cam1 live")) &&
                                     app.output().contains(QStringLiteral("cam2 live")),
                                 8000);
        QTRY_VERIFY_WITH_TIMEOUT(cameraJson(app.httpPort, app.apiToken, QStringLiteral("cam2"))
                                         .value(QStringLiteral("stats"))
                                         .toObject()
                                         .value(QStringLiteral("fps"))
                                         .toDouble() > 20.0,
                                 4000);
        QCOMPARE(cameraJson(app.httpPort, app.apiToken, QStringLiteral("cam3"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("waiting"));
        QCOMPARE(app.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessApp)
#include "tst_headlessapp.moc"
