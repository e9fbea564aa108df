#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "HotkeyMap.h"
#include "ShortcutsDialog.h"

using wl::widgets::HotkeyMap;
using wl::widgets::ShortcutsDialog;

class TestShortcutsDialog : public QObject {
    Q_OBJECT

private slots:
    void listsEveryActionWithItsKey() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wedlive.ini")), QSettings::IniFormat);
        HotkeyMap map;
        ShortcutsDialog dialog(map, settings);
        const auto actions = HotkeyMap::actions();
        QCOMPARE(dialog.table()->rowCount(), actions.size());
        for (const auto& action : actions)
            QCOMPARE(dialog.pendingKey(action.id), map.key(action.id));
    }

    void refusesADuplicateKeyAndSaves() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("wedlive.ini"));
        QSettings settings(ini, QSettings::IniFormat);
        HotkeyMap map;
        ShortcutsDialog dialog(map, settings);
        const auto actions = HotkeyMap::actions();
        QVERIFY(actions.size() >= 2);
        const auto& first = actions[0];
        const auto& second = actions[1];
        QVERIFY(!first.defaultKey.isEmpty());

        // The second action cannot take the first one's key.
        QVERIFY(!dialog.assign(second.id, first.defaultKey));
        QVERIFY2(dialog.message().contains(first.label), qPrintable(dialog.message()));
        QCOMPARE(dialog.pendingKey(second.id), second.defaultKey);
        QCOMPARE(dialog.pendingKey(first.id), first.defaultKey);

        const QKeySequence fresh(QStringLiteral("Ctrl+Shift+F9"));
        QVERIFY(dialog.assign(second.id, fresh));
        QCOMPARE(map.key(second.id), second.defaultKey); // not before Save
        dialog.save();
        QCOMPARE(map.key(second.id), fresh);
        QCOMPARE(map.key(first.id), first.defaultKey);

        QSettings reread(ini, QSettings::IniFormat);
        HotkeyMap loaded;
        loaded.load(reread);
        QCOMPARE(loaded.key(second.id), fresh);
        QCOMPARE(loaded.key(first.id), first.defaultKey);
    }

    void swapsKeysAndResetsToDefaults() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wedlive.ini")), QSettings::IniFormat);
        HotkeyMap map;
        ShortcutsDialog dialog(map, settings);
        const auto actions = HotkeyMap::actions();
        const auto& a = actions[0];
        const auto& b = actions[1];
        dialog.clearKey(a.id);
        QVERIFY(dialog.assign(b.id, a.defaultKey));
        QVERIFY(dialog.assign(a.id, b.defaultKey));
        dialog.save();
        QCOMPARE(map.key(a.id), b.defaultKey);
        QCOMPARE(map.key(b.id), a.defaultKey);

        dialog.resetToDefaults();
        dialog.save();
        for (const auto& action : actions)
            QCOMPARE(map.key(action.id), action.defaultKey);
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
