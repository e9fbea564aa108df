#include "BearerAuth.h"

#include "JsonReply.h"

namespace wl::serve {

BearerAuth::BearerAuth(QString token)
    : m_token(token.toUtf8()) {
}

bool BearerAuth::isAuthorized(const QHttpServerRequest& request) const {
    if (m_token.isEmpty())
        return false;
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray trimmed = value.trimmed();
        if (!trimmed.left(7).toLower().startsWith("bearer "))
            return false;
        const QByteArray presented = trimmed.mid(7).trimmed();
        unsigned char difference = presented.size() == m_token.size() ? 0 : 1;
        for (qsizetype i = 0; i < m_token.size(); ++i)
            difference |= static_cast<unsigned char>(m_token.at(i) ^
                                                     (i < presented.size() ? presented.at(i) : 0));
        return difference == 0;
    }
    return false;
}

HttpHandler BearerAuth::guard(HttpHandler handler) const {
    return [auth = *this, handler = std::move(handler)](const QHttpServerRequest& request,
                                                        QHttpServerResponder&& responder,
                                                        const PathCaptures& captures) {
        if (!auth.isAuthorized(request)) {
            sendJsonError(std::move(responder), QHttpServerResponder::StatusCode::Unauthorized,
                          QStringLiteral("unauthorized"),
                          QStringLiteral("send the API token as 'Authorization: Bearer <token>'"));
            return;
        }
        handler(request, std::move(responder), captures);
    };
}

} // namespace wl::serve
