#include <atomic>
#include <thread>

#include <QTest>

#include "session/CameraConfig.h"
#include "sources/CameraRegistry.h"

using namespace wl;
using wl::sources::CameraRegistry;

namespace {
CameraConfig camera(int n) {
    return {QStringLiteral("cam%1").arg(n), QStringLiteral("Camera %1").arg(n),
            QStringLiteral("key-%1-abcdefghijklmnopqrstuvw").arg(n)};
}
QStringList ids(const CameraRegistry& registry) {
    QStringList result;
    for (const auto& c : registry.cameras())
        result << c->id();
    return result;
}
} // namespace

class TestCameraRegistry : public QObject {
    Q_OBJECT

private slots:
    void addsUpToFiveAndRefusesClashes() {
        CameraRegistry registry({camera(1), camera(2)}, {});
        QVERIFY(registry.addCamera(camera(3)));
        QVERIFY(!registry.addCamera(camera(3))); // id taken
        CameraConfig sameKey = camera(4);
        sameKey.streamKey = camera(1).streamKey;
        QVERIFY(!registry.addCamera(sameKey));
        QVERIFY(registry.addCamera(camera(4)));
        QVERIFY(registry.addCamera(camera(5)));
        CameraConfig sixth = camera(5);
        sixth.id = QStringLiteral("cam6");
        sixth.streamKey = QStringLiteral("another-key-abcdefghijklmnop");
        QVERIFY(!registry.addCamera(sixth));
        QCOMPARE(registry.cameras().size(), 5);
        QVERIFY(registry.cameraByStreamKey(camera(4).streamKey));
    }

    void removesRenamesRekeysAndReorders() {
        CameraRegistry registry({camera(1), camera(2), camera(3)}, {});
        const auto held = registry.cameraById(QStringLiteral("cam2"));
        QCOMPARE(registry.removeCamera(QStringLiteral("cam2")), held);
        QVERIFY(!registry.cameraByStreamKey(camera(2).streamKey)); // its key routes nowhere now
        QCOMPARE(held->id(), QStringLiteral("cam2"));              // still valid for its holder
        QVERIFY(!registry.removeCamera(QStringLiteral("cam2")));

        CameraConfig renamed = camera(3);
        renamed.name = QStringLiteral("Balcony");
        renamed.streamKey = QStringLiteral("fresh-key-abcdefghijklmnopqr");
        QVERIFY(registry.updateCamera(renamed));
        QCOMPARE(registry.cameraById(QStringLiteral("cam3"))->name(), QStringLiteral("Balcony"));
        QVERIFY(!registry.cameraByStreamKey(camera(3).streamKey));
        QVERIFY(registry.cameraByStreamKey(renamed.streamKey));
        renamed.streamKey = camera(1).streamKey; // cam1's key: refused
        QVERIFY(!registry.updateCamera(renamed));

        registry.reorder({QStringLiteral("cam3")});
        QCOMPARE(ids(registry), (QStringList{QStringLiteral("cam3"), QStringLiteral("cam1")}));
    }

    void editsWhileOtherThreadsLookUp() {
        CameraRegistry registry({camera(1), camera(2)}, {});
        std::atomic<bool> stop{false};
        std::atomic<int> lookups{0};
        std::thread reader([&] {
            while (!stop) {
                for (const auto& c : registry.cameras())
                    (void)c->name();
                (void)registry.cameraByStreamKey(camera(1).streamKey);
                ++lookups;
            }
        });
        for (int i = 0; i < 500; ++i) {
            QVERIFY(registry.addCamera(camera(3)));
            registry.reorder({QStringLiteral("cam3"), QStringLiteral("cam2")});
            QVERIFY(registry.removeCamera(QStringLiteral("cam3")));
        }
        stop = true;
        reader.join();
        QVERIFY(lookups > 0);
        QCOMPARE(ids(registry), (QStringList{QStringLiteral("cam2"), QStringLiteral("cam1")}));
    }
};

QTEST_MAIN(TestCameraRegistry)
#include "tst_cameraregistry.moc"
