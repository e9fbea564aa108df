#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "CameraGrid.h"
#include "CameraTile.h"
#include "Theme.h"

using wl::sources::CameraStatus;
using wl::widgets::CameraGrid;
using wl::widgets::CameraTile;
using wl::widgets::Theme;

namespace {
QImage solid(QColor colour) {
    QImage image(480, 270, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

// The tile as painted: its grab, with the queued repaint of setImage() done.
QImage render(CameraTile& tile) {
    QCoreApplication::processEvents();
    return tile.grab().toImage();
}

// How far a painted pixel is from a colour (largest channel difference).
int distance(QRgb pixel, QColor colour) {
    return std::max({std::abs(qRed(pixel) - colour.red()), std::abs(qGreen(pixel) - colour.green()),
                     std::abs(qBlue(pixel) - colour.blue())});
}
} // namespace

class TestCameraTile : public QObject {
    Q_OBJECT

private slots:
    void programTallyIsARedBorder() {
        CameraTile tile(2, QStringLiteral("cam2"));
        tile.resize(480, 270);
        tile.setName(QStringLiteral("Stage"));
        tile.setStatus(CameraStatus::Live);
        tile.setImage(solid(Qt::white));
        tile.setTally(CameraTile::Tally::Program);
        const QImage image = render(tile);
        // Every side of the border, and the picture inside it.
        for (const QPoint& point :
             {QPoint(1, 135), QPoint(477, 135), QPoint(240, 1), QPoint(240, 268)})
            QVERIFY2(distance(image.pixel(point), Theme::programTally()) < 8,
                     qPrintable(QStringLiteral("(%1,%2)").arg(point.x()).arg(point.y())));
        QVERIFY(distance(image.pixel(240, 135), Qt::white) < 8);
    }

    void previewTallyIsAGreenBorder() {
        CameraTile tile(1, QStringLiteral("cam1"));
        tile.resize(480, 270);
        tile.setStatus(CameraStatus::Live);
        tile.setImage(solid(Qt::white));
        tile.setTally(CameraTile::Tally::Preview);
        const QImage image = render(tile);
        QVERIFY(distance(image.pixel(2, 135), Theme::previewTally()) < 8);
        QVERIFY(distance(image.pixel(240, 2), Theme::previewTally()) < 8);
        tile.setTally(CameraTile::Tally::None);
        const QImage idle = render(tile);
        QVERIFY(distance(idle.pixel(2, 135), Theme::previewTally()) > 40);
        QVERIFY(distance(idle.pixel(2, 135), Theme::programTally()) > 40);
    }

    void offlineDimsTheLastPicture() {
        CameraTile tile(3, QStringLiteral("cam3"));
        tile.resize(480, 270);
        tile.setStatus(CameraStatus::Live);
        tile.setImage(solid(Qt::white));
        const QPoint inside(100, 90); // in the picture, clear of the text and the meter
        QVERIFY(distance(render(tile).pixel(inside), Qt::white) < 8);
        tile.setStatus(CameraStatus::Offline);
        const QRgb dimmed = render(tile).pixel(inside);
        QVERIFY2(qGray(dimmed) < 128, qPrintable(QString::number(qGray(dimmed))));
        QVERIFY(qGray(dimmed) > 20); // still the picture underneath, not black
    }

    void waitingShowsNoPicture() {
        CameraTile tile(4, QStringLiteral("cam4"));
        tile.resize(480, 270);
        tile.setImage(solid(Qt::white));
        QCOMPARE(tile.status(), CameraStatus::Waiting);
        QVERIFY(distance(render(tile).pixel(100, 90), Theme::videoBackground()) < 8);
        QCOMPARE(tile.healthText(), CameraTile::tr("no signal"));
    }

    void isoDotAndHealthLine() {
        CameraTile tile(5, QStringLiteral("cam5"));
        tile.resize(480, 270);
        tile.setStatus(CameraStatus::Live);
        wl::sources::CameraStats stats;
        stats.width = 1920;
        stats.height = 1080;
        stats.fps = 30;
        stats.bitrateKbps = 4500;
        stats.quality = 100;
        tile.setStats(stats, 120);
        QVERIFY(tile.healthText().contains(QStringLiteral("1920×1080")));
        QVERIFY(tile.healthText().contains(QStringLiteral("120 ms")));
        const QImage off = render(tile);
        tile.setIsoRecording(true);
        const QImage on = render(tile);
        // The dot sits at the right end of the top bar.
        bool redDot = false;
        for (int x = 430; x < 470; ++x)
            redDot = redDot || distance(on.pixel(x, 13), Theme::programTally()) < 30;
        QVERIFY(redDot);
        QVERIFY(off != on);
    }

    void refusedSwitchFlashes() {
        CameraTile tile(1, QStringLiteral("cam1"));
        tile.resize(480, 270);
        tile.setTally(CameraTile::Tally::Program);
        tile.flashRefused();
        QVERIFY(tile.isFlashing());
        QCOMPARE(tile.borderColour(), Theme::warning());
        QTRY_VERIFY_WITH_TIMEOUT(!tile.isFlashing(), 5000);
        QCOMPARE(tile.borderColour(), Theme::programTally());
    }

    void clicksReportTheCamera() {
        CameraTile tile(1, QStringLiteral("cam1"));
        tile.resize(480, 270);
        QSignalSpy clicked(&tile, &CameraTile::clicked);
        QSignalSpy doubleClicked(&tile, &CameraTile::doubleClicked);
        QTest::mouseClick(&tile, Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("cam1"));
        QTest::mouseDClick(&tile, Qt::LeftButton);
        QCOMPARE(doubleClicked.count(), 1);
    }

    void gridIsTwoByTwoWithTheFifthCentred() {
        QList<QPair<QString, QString>> cameras;
        for (int i = 1; i <= 5; ++i)
            cameras.append({QStringLiteral("cam%1").arg(i), QStringLiteral("Camera %1").arg(i)});
        CameraGrid grid(cameras);
        grid.resize(1000, 600);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const auto& tiles = grid.tiles();
        QCOMPARE(tiles.size(), 5);
        QCOMPARE(tiles[0]->y(), tiles[1]->y());
        QCOMPARE(tiles[2]->y(), tiles[3]->y());
        QVERIFY(tiles[2]->y() > tiles[0]->y());
        QVERIFY(tiles[4]->y() > tiles[2]->y());
        QCOMPARE(tiles[0]->x(), tiles[2]->x());
        const int gridCentre = grid.width() / 2;
        const int fifthCentre = tiles[4]->geometry().center().x();
        QVERIFY2(std::abs(fifthCentre - gridCentre) <= 4, qPrintable(QString::number(fifthCentre)));
        QCOMPARE(tiles[4]->width(), tiles[0]->width());
    }
};

QTEST_MAIN(TestCameraTile)
#include "tst_cameratile.moc"
