// The viewer page served from the app's resources: routes, MIME types, cache headers, the title
// filled in safely, and the whole page (HTML, CSS, scripts with hls.js) within its weight budget.
#include <QRegularExpression>
#include <QTest>

#include "serve/HttpServer.h"
#include "serve/ViewerPage.h"
#include "support/RawHttpClient.h"

using wl::serve::HttpServer;
using wl::serve::ViewerPage;
using wl::test::RawHttpClient;

namespace {
constexpr qsizetype kPageBudgetBytes = 600 * 1024;
}

class TestViewerPage : public QObject {
    Q_OBJECT

private:
    HttpServer m_server;
    quint16 m_port = 0;

    RawHttpClient::Response get(const QByteArray& path) {
        return RawHttpClient(QHostAddress::LocalHost, m_port).request("GET", path);
    }

private slots:
    void initTestCase() {
        ViewerPage::install(m_server, QStringLiteral("Anna & Ben <3"));
        m_port = m_server.start(QHostAddress::LocalHost, 0).value();
    }

    void pageAtRootAndWatch() {
        for (const QByteArray& path : {QByteArray("/"), QByteArray("/watch")}) {
            const auto page = get(path);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
            QCOMPARE(page.headers.value("cache-control"), QByteArray("no-cache"));
            QVERIFY(page.body.contains("<title>Anna &amp; Ben &lt;3</title>"));
            QVERIFY(!page.body.contains("{{"));
        }
    }

    void assetsHaveTypesAndLongCaching() {
        const auto js = get("/viewer/viewer.js?v=1");
        QCOMPARE(js.status, 200);
        QCOMPARE(js.headers.value("content-type"), QByteArray("text/javascript; charset=utf-8"));
        QVERIFY(js.headers.value("cache-control").contains("immutable"));
        const auto css = get("/viewer/viewer.css");
        QCOMPARE(css.headers.value("content-type"), QByteArray("text/css; charset=utf-8"));
        const auto hls = get("/viewer/hls.light.min.js");
        QCOMPARE(hls.status, 200);
        QVERIFY(hls.body.contains("lowLatencyMode"));
    }

    void unknownFilesAre404() {
        QCOMPARE(get("/viewer/nothing.js").status, 404);
        QCOMPARE(get("/viewer/index.html").status, 404);
        QCOMPARE(get("/viewer/../viewer/viewer.js").status, 404);
        QCOMPARE(get("/viewer/").status, 404);
        QCOMPARE(get("/watch/more").status, 404);
    }

    // Everything the page loads: itself and each stylesheet and script it links.
    void pageWithItsAssetsStaysWithinBudget() {
        const auto page = get("/");
        qsizetype total = page.body.size();
        const QRegularExpression links(QStringLiteral("(?:src|href)=\"(viewer/[^\"]+)\""));
        int assets = 0;
        for (const auto& match : links.globalMatch(QString::fromUtf8(page.body))) {
            const auto asset = get("/" + match.captured(1).toUtf8());
            QCOMPARE(asset.status, 200);
            total += asset.body.size();
            ++assets;
        }
        QCOMPARE(assets, 3); // viewer.css, hls.light.min.js, viewer.js
        qInfo() << "viewer page weight:" << total << "bytes of" << kPageBudgetBytes;
        QVERIFY2(total <= kPageBudgetBytes, qPrintable(QString::number(total)));
    }
};

QTEST_GUILESS_MAIN(TestViewerPage)
#include "tst_viewerpage.moc"
