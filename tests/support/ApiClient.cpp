#include "ApiClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace wl::test {

ApiClient::ApiClient(quint16 port, QString token)
    : m_port(port)
    , m_token(std::move(token)) {
}

ApiClient::Reply ApiClient::get(const QString& path) const {
    return send("GET", path, {});
}

ApiClient::Reply ApiClient::post(const QString& path, const QJsonObject& body) const {
    return send("POST", path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiClient::Reply ApiClient::put(const QString& path, const QByteArray& body) const {
    return send("PUT", path, body);
}

bool ApiClient::waitForCamerasLive(const QStringList& ids, int timeoutMs) const {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        int live = 0;
        for (const auto value : get(QStringLiteral("/api/cameras")).document().array()) {
            const auto camera = value.toObject();
            if (ids.contains(camera.value(QStringLiteral("id")).toString()) &&
                camera.value(QStringLiteral("status")).toString() == QLatin1String("live"))
                ++live;
        }
        if (live == ids.size())
            return true;
        QTest::qWait(200);
    }
    return false;
}

ApiClient::Reply ApiClient::send(const QByteArray& verb, const QString& path,
                                 const QByteArray& body) const {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    delete reply;
    return result;
}

} // namespace wl::test
