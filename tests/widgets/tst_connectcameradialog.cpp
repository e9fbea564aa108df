#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "ConnectCameraDialog.h"
#include "QrCode.h"
#include "session/StreamKeyGenerator.h"

using wl::widgets::ConnectCameraDialog;

namespace {
// Decodes the QR code in `image` with zbarimg (zbar-tools), a decoder independent of ours.
QString decode(const QImage& image, const QString& folder) {
    const QString png = folder + QStringLiteral("/qr.png");
    if (!image.save(png))
        return QStringLiteral("<not saved>");
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    if (!zbar.waitForFinished(20000) || zbar.exitCode() != 0)
        return QStringLiteral("<zbarimg failed: %1>").arg(zbar.exitCode());
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}
} // namespace

class TestConnectCameraDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
                 "zbarimg is missing: run scripts/setup-deps.sh (zbar-tools)");
    }

    void qrCodeDecodesToThePublishUrlWithTheKey() {
        QTemporaryDir dir;
        const QString key = wl::StreamKeyGenerator::generate();
        const QList<QHostAddress> addresses{QHostAddress(QStringLiteral("192.168.1.23")),
                                            QHostAddress(QStringLiteral("10.0.0.7"))};
        ConnectCameraDialog dialog(QStringLiteral("Stage left"), key, addresses, 1935);
        QCOMPARE(dialog.currentServerUrl(), QStringLiteral("rtmp://192.168.1.23:1935/live"));
        QCOMPARE(dialog.currentPublishUrl(),
                 QStringLiteral("rtmp://192.168.1.23:1935/live/") + key);

        const QString decoded = decode(dialog.qrImage(), dir.path());
        QCOMPARE(decoded, dialog.currentPublishUrl());
        const QUrl url(decoded);
        QCOMPARE(url.scheme(), QStringLiteral("rtmp"));
        QCOMPARE(url.host(), QStringLiteral("192.168.1.23"));
        QCOMPARE(url.port(), 1935);
        QCOMPARE(url.path().section(QLatin1Char('/'), -1), key); // the last element is the key

        dialog.selectAddress(1); // the other network: the code follows
        QCOMPARE(decode(dialog.qrImage(), dir.path()),
                 QStringLiteral("rtmp://10.0.0.7:1935/live/") + key);
    }

    void qrCodeKeepsCaseAndRejectsNothingUsable() {
        QTemporaryDir dir;
        const QString text = QStringLiteral("rtmp://192.168.0.2:19350/live/AbCdEf-gh_IJ");
        QCOMPARE(decode(wl::widgets::QrCode::render(text.toUtf8(), 4), dir.path()), text);
        QVERIFY(wl::widgets::QrCode::render(QByteArray()).isNull());
        QVERIFY(wl::widgets::QrCode::render(QByteArray(8000, 'x')).isNull()); // too long for QR
    }
};

QTEST_MAIN(TestConnectCameraDialog)
#include "tst_connectcameradialog.moc"
