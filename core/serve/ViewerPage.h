#pragma once

#include <QByteArray>
#include <QString>

namespace wl::serve {

class HttpServer;

// The viewer web page, packed into the app as the Qt resource ":/viewer" (HTML, CSS, JS and
// hls.js from npm). "/" and "/watch" serve the page with the event title filled in (no-cache);
// "/viewer/<file>" serves its assets, which the page links with a content hash so they are
// cached as immutable.
class ViewerPage {
public:
    static void install(HttpServer& server, const QString& title);

    // The page with the title and the asset version filled in; empty if the resource is missing.
    static QByteArray renderIndex(const QString& title);
    // "text/javascript; charset=utf-8" etc. by file extension; empty for types we do not serve.
    static QByteArray mimeType(const QString& fileName);
    // A short hash of every asset, so that a new build changes every asset URL.
    static QByteArray assetVersion();
};

} // namespace wl::serve
