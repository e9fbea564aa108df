#pragma once

#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

class QSettings;

namespace wl::widgets {

// One thing the director can do from the keyboard: a stable id (saved in settings), the text
// the shortcuts dialog shows, and the key it has out of the box.
struct HotkeyAction {
    QString id;
    QString label;
    QKeySequence defaultKey;
};

// The director's keyboard map: every action with its current key. The shortcuts dialog edits it,
// the main window dispatches key presses through it; keys are saved in QSettings ("hotkeys/<id>",
// an empty value means "no key", a missing value means the default).
class HotkeyMap : public QObject {
    Q_OBJECT

public:
    // Action ids. Camera actions end in the camera's number (1-5).
    static inline const QString kSelectPrefix = QStringLiteral("camera.select.");
    static inline const QString kCutToPrefix = QStringLiteral("camera.cut.");
    static inline const QString kCut = QStringLiteral("switcher.cut");
    static inline const QString kAuto = QStringLiteral("switcher.auto");
    static inline const QString kFadeToBlack = QStringLiteral("switcher.ftb");
    static inline const QString kToggleMode = QStringLiteral("switcher.mode");
    static inline const QString kToggleRecording = QStringLiteral("recording.toggle");
    static inline const QString kPauseResume = QStringLiteral("live.pauseResume");
    static inline const QString kGoLive = QStringLiteral("live.go");
    static inline const QString kEndLive = QStringLiteral("live.end");
    static constexpr int kCameraCount = 5;

    explicit HotkeyMap(QObject* parent = nullptr);

    // Every action in display order, with its default key.
    static QList<HotkeyAction> actions();

    // The current key of `id` (empty when unassigned or unknown).
    QKeySequence key(const QString& id) const;
    // Assigns `sequence` to `id`; an action that had the same key loses it (one key, one action).
    void setKey(const QString& id, const QKeySequence& sequence);
    // The action bound to `sequence`, or an empty string.
    QString actionFor(const QKeySequence& sequence) const;
    void resetToDefaults();

    void load(QSettings& settings);
    void save(QSettings& settings) const;

signals:
    void changed();

private:
    QMap<QString, QKeySequence> m_keys;
};

} // namespace wl::widgets
