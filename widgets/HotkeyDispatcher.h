#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace wl::widgets {

class HotkeyMap;

// Turns key presses anywhere in one window into hotkey actions, whatever widget has the focus:
// an application event filter sees the key before the focused widget (a slider, a button, a
// combo box) or a shortcut can take it. Only a text field keeps plain keys (digits, letters,
// Space, Enter) so that typing works; keys with Ctrl/Alt and function keys still act there.
// Held keys repeat nothing: one press, one action.
class HotkeyDispatcher : public QObject {
    Q_OBJECT

public:
    HotkeyDispatcher(QWidget& window, const HotkeyMap& map, QObject* parent = nullptr);
    ~HotkeyDispatcher() override;

    // The action `event` means in `target`, or an empty string.
    QString match(const QKeyEvent& event, const QObject* target) const;

signals:
    void triggered(const QString& actionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget& m_window;
    const HotkeyMap& m_map;
};

} // namespace wl::widgets
