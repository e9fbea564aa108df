#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QMap>

#include "HotkeyMap.h"

class QKeySequenceEdit;
class QLabel;
class QSettings;
class QTableWidget;

namespace wl::widgets {

// The keyboard shortcuts: every HotkeyMap action with its key; pick a row, press the new key in
// the editor and assign it. One key does one thing: a key another action already has is refused
// with a message naming that action (clear it there first). "Reset to defaults" restores the
// built-in keys. Nothing reaches the HotkeyMap and QSettings until Save.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(HotkeyMap& map, QSettings& settings, QWidget* parent = nullptr);

    // Each returns whether the edit was accepted (shown in the table, not yet saved).
    bool assign(const QString& actionId, const QKeySequence& key);
    void clearKey(const QString& actionId);
    void resetToDefaults();
    // Writes the keys into the map and the settings.
    void save();

    QKeySequence pendingKey(const QString& actionId) const { return m_keys.value(actionId); }
    QString message() const;
    QTableWidget* table() const { return m_table; }
    QKeySequenceEdit* editor() const { return m_editor; }

private:
    void fillTable();
    QString selectedId() const;
    QString labelOf(const QString& actionId) const;
    void showError(const QString& text);

    HotkeyMap& m_map;
    QSettings& m_settings;
    const QList<HotkeyAction> m_actions;
    QMap<QString, QKeySequence> m_keys; // as edited

    QTableWidget* m_table = nullptr;
    QKeySequenceEdit* m_editor = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace wl::widgets
