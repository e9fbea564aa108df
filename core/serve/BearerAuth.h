#pragma once

#include <QHttpServerRequest>
#include <QString>

namespace wl::serve {

// Checks "Authorization: Bearer <token>" in constant time (no timing hint about the token).
class BearerAuth {
public:
    explicit BearerAuth(QString token);
    bool isAuthorized(const QHttpServerRequest& request) const;

private:
    QByteArray m_token;
};

} // namespace wl::serve
