#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include "serve/ApiBackend.h"
#include "serve/ApiRoutes.h"
#include "serve/HttpServer.h"
#include "support/RawHttpClient.h"

namespace {

class FixedBackend : public wl::serve::ApiBackend {
public:
    QJsonObject statusJson() const override { return {{QStringLiteral("cameras_live"), 2}}; }
    QJsonArray camerasJson() const override {
        return {QJsonObject{{QStringLiteral("id"), QStringLiteral("cam1")}}};
    }
};

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray challenge;
};

} // namespace

class TestHttpApi : public QObject {
    Q_OBJECT

private:
    FixedBackend m_backend;
    wl::serve::HttpServer m_server;
    quint16 m_port = 0;

    Reply request(const QByteArray& verb, const QString& path, const QByteArray& token = {}) {
        QList<QByteArray> headers;
        if (!token.isEmpty())
            headers.append("Authorization: Bearer " + token);
        const auto response = wl::test::RawHttpClient(QHostAddress::LocalHost, m_port)
                                  .request(verb, path.toUtf8(), headers);
        return Reply{response.status, response.body, response.headers.value("content-type"),
                     response.headers.value("www-authenticate")};
    }

private slots:
    void initTestCase() {
        wl::serve::ApiRoutes::install(m_server, m_backend,
                                      wl::serve::BearerAuth(QStringLiteral("s3cret-token")));
        auto port = m_server.start(QHostAddress::LocalHost, 0);
        QVERIFY(port.hasValue());
        m_port = *port;
    }

    void statusWithTokenIsJson() {
        const Reply reply = request("GET", QStringLiteral("/api/status"), "s3cret-token");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(reply.body)
                     .object()
                     .value(QStringLiteral("cameras_live"))
                     .toInt(),
                 2);
    }

    void camerasWithTokenIsJsonArray() {
        const Reply reply = request("GET", QStringLiteral("/api/cameras"), "s3cret-token");
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).array().size(), 1);
    }

    void missingOrWrongTokenIs401Json_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("status, none") << QStringLiteral("/api/status") << QByteArray();
        QTest::newRow("cameras, wrong")
            << QStringLiteral("/api/cameras") << QByteArray("s3cret-tokem");
        QTest::newRow("cameras, prefix") << QStringLiteral("/api/cameras") << QByteArray("s3cret");
        QTest::newRow("unknown, none") << QStringLiteral("/api/nothing") << QByteArray();
    }

    void missingOrWrongTokenIs401Json() {
        QFETCH(QString, path);
        QFETCH(QByteArray, token);
        const Reply reply = request("GET", path, token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.challenge, QByteArray("Bearer"));
        QCOMPARE(
            QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString(),
            QStringLiteral("unauthorized"));
    }

    void unknownApiPathIsJson404() {
        const Reply reply = request("GET", QStringLiteral("/api/nothing/here"), "s3cret-token");
        QCOMPARE(reply.status, 404);
        QCOMPARE(
            QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString(),
            QStringLiteral("not_found"));
    }

    void wrongMethodIs405() {
        QCOMPARE(request("POST", QStringLiteral("/api/status"), "s3cret-token").status, 405);
    }

    void unknownPathIs404() { QCOMPARE(request("GET", QStringLiteral("/nowhere")).status, 404); }

    void traversalIsRefused() {
        // Sent raw: QUrl would normalise the dots away before they reach the server.
        // The server runs on this thread's event loop, so wait by spinning it, not by blocking.
        QTcpSocket socket;
        QByteArray response;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { response += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 3000);
        socket.write("GET /api/../api/status HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                     "s3cret-token\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(response.contains("\r\n\r\n"), 3000);
        QVERIFY2(response.startsWith("HTTP/1.1 404"), response.constData());
    }

    void keepAliveServesSeveralRequestsOnOneConnection() {
        QTcpSocket socket;
        QByteArray response;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { response += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 3000);
        for (int i = 0; i < 3; ++i)
            socket.write("GET /api/status HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                         "s3cret-token\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(response.count("HTTP/1.1 200"), 3, 3000);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
