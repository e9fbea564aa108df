#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wl::test {

// Calls the app's REST API on loopback with its bearer token, waiting for each answer.
class ApiClient {
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonDocument document() const { return QJsonDocument::fromJson(body); }
    };

    ApiClient(quint16 port, QString token);

    Reply get(const QString& path) const;
    Reply post(const QString& path, const QJsonObject& body = {}) const;
    Reply put(const QString& path, const QByteArray& body) const;

    // Polls GET /api/cameras until every camera in `ids` is live; false after `timeoutMs`.
    bool waitForCamerasLive(const QStringList& ids, int timeoutMs = 30000) const;

private:
    Reply send(const QByteArray& verb, const QString& path, const QByteArray& body) const;

    quint16 m_port;
    QString m_token;
};

} // namespace wl::test
