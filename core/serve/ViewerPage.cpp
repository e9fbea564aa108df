#include "ViewerPage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include "HttpServer.h"

namespace wl::serve {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

const QString kResourceDir = QStringLiteral(":/viewer");

QByteArray readResource(const QString& name) {
    QFile file(kResourceDir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void sendBody(QHttpServerResponder&& responder, const QByteArray& body, const QByteArray& type,
              const QByteArray& cacheControl) {
    responder.writeStatusLine(Status::Ok);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), type);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    responder.writeHeader(QByteArrayLiteral("X-Content-Type-Options"),
                          QByteArrayLiteral("nosniff"));
    responder.writeBody(body);
}

void sendNotFound(QHttpServerResponder&& responder) {
    responder.write(QByteArrayLiteral("Not found\n"),
                    QByteArrayLiteral("text/plain; charset=utf-8"), Status::NotFound);
}

} // namespace

QByteArray ViewerPage::mimeType(const QString& fileName) {
    if (fileName.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (fileName.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (fileName.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (fileName.endsWith(QLatin1String(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    return {};
}

QByteArray ViewerPage::assetVersion() {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList names = QDir(kResourceDir).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names)
        hash.addData(readResource(name));
    return hash.result().toHex().left(12);
}

QByteArray ViewerPage::renderIndex(const QString& title) {
    QByteArray page = readResource(QStringLiteral("index.html"));
    if (page.isEmpty())
        return {};
    const QString shown = title.trimmed().isEmpty() ? QStringLiteral("Live") : title;
    page.replace(QByteArrayLiteral("{{TITLE}}"), shown.toHtmlEscaped().toUtf8());
    page.replace(QByteArrayLiteral("{{VERSION}}"), assetVersion());
    return page;
}

void ViewerPage::install(HttpServer& server, const QString& title) {
    // Rendered once: the title and the assets do not change while the app runs.
    const QByteArray index = renderIndex(title);
    const auto page = [index](const QHttpServerRequest&, QHttpServerResponder&& responder,
                              const PathCaptures&) {
        if (index.isEmpty())
            return sendNotFound(std::move(responder));
        sendBody(std::move(responder), index, mimeType(QStringLiteral("index.html")),
                 QByteArrayLiteral("no-cache"));
    };
    server.addRoute(Method::Get, QStringLiteral("/"), page);
    server.addRoute(Method::Get, QStringLiteral("/watch"), page);
    server.addRoute(Method::Get, QStringLiteral("/viewer/{file}"),
                    [](const QHttpServerRequest&, QHttpServerResponder&& responder,
                       const PathCaptures& captures) {
                        const QString name = captures.value(0);
                        const QByteArray type = mimeType(name);
                        const QByteArray body =
                            type.isEmpty() || name == QLatin1String("index.html")
                                ? QByteArray()
                                : readResource(name);
                        if (body.isEmpty())
                            return sendNotFound(std::move(responder));
                        // Linked with ?v=<asset version>: a new build means new URLs.
                        sendBody(std::move(responder), body, type,
                                 QByteArrayLiteral("public, max-age=31536000, immutable"));
                    });
}

} // namespace wl::serve
