#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "HotkeyMap.h"

using wl::widgets::HotkeyMap;

class TestHotkeyMap : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreTheDocumentedKeys() {
        HotkeyMap map;
        for (int n = 1; n <= 5; ++n) {
            QCOMPARE(map.key(HotkeyMap::kSelectPrefix + QString::number(n)),
                     QKeySequence(QString::number(n)));
            QCOMPARE(map.key(HotkeyMap::kCutToPrefix + QString::number(n)),
                     QKeySequence(QStringLiteral("Ctrl+%1").arg(n)));
        }
        QCOMPARE(map.key(HotkeyMap::kCut), QKeySequence(QStringLiteral("Space")));
        QCOMPARE(map.key(HotkeyMap::kAuto), QKeySequence(QStringLiteral("Return")));
        QCOMPARE(map.key(HotkeyMap::kFadeToBlack), QKeySequence(QStringLiteral("F")));
        QCOMPARE(map.key(HotkeyMap::kToggleRecording), QKeySequence(QStringLiteral("R")));
        QCOMPARE(map.key(HotkeyMap::kPauseResume), QKeySequence(QStringLiteral("P")));
        QCOMPARE(map.key(HotkeyMap::kGoLive), QKeySequence(QStringLiteral("L")));
        QVERIFY(map.key(HotkeyMap::kEndLive).isEmpty());
        QCOMPARE(map.actionFor(QKeySequence(QStringLiteral("Ctrl+3"))),
                 HotkeyMap::kCutToPrefix + QStringLiteral("3"));
    }

    void everyActionHasALabelAndAUniqueId() {
        QSet<QString> ids;
        for (const auto& action : HotkeyMap::actions()) {
            QVERIFY(!action.label.isEmpty());
            QVERIFY2(!ids.contains(action.id), qPrintable(action.id));
            ids.insert(action.id);
        }
        QCOMPARE(ids.size(), 18);
    }

    void aKeyMovesToItsNewAction() {
        HotkeyMap map;
        QSignalSpy changed(&map, &HotkeyMap::changed);
        map.setKey(HotkeyMap::kEndLive, QKeySequence(QStringLiteral("L")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(map.actionFor(QKeySequence(QStringLiteral("L"))), HotkeyMap::kEndLive);
        QVERIFY(map.key(HotkeyMap::kGoLive).isEmpty());
        map.setKey(QStringLiteral("no.such.action"), QKeySequence(QStringLiteral("X")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(map.actionFor(QKeySequence(QStringLiteral("X"))).isEmpty());
    }

    void keysSurviveSaveAndLoad() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ui.ini"));
        {
            HotkeyMap map;
            map.setKey(HotkeyMap::kCut, QKeySequence(QStringLiteral("C")));
            map.setKey(HotkeyMap::kFadeToBlack, QKeySequence());
            QSettings settings(file, QSettings::IniFormat);
            map.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        HotkeyMap loaded;
        QSignalSpy changed(&loaded, &HotkeyMap::changed);
        loaded.load(settings);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(loaded.key(HotkeyMap::kCut), QKeySequence(QStringLiteral("C")));
        QVERIFY(loaded.key(HotkeyMap::kFadeToBlack).isEmpty()); // "no key" is kept, not defaulted
        QCOMPARE(loaded.key(HotkeyMap::kGoLive), QKeySequence(QStringLiteral("L")));
    }
};

QTEST_GUILESS_MAIN(TestHotkeyMap)
#include "tst_hotkeymap.moc"
