#include "HotkeyDispatcher.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

#include "HotkeyMap.h"

namespace wl::widgets {

namespace {
bool isTextEntry(const QWidget* widget) {
    if (qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
        qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget))
        return true;
    const auto* combo = qobject_cast<const QComboBox*>(widget);
    return combo && combo->isEditable();
}
} // namespace

HotkeyDispatcher::HotkeyDispatcher(QWidget& window, const HotkeyMap& map, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_map(map) {
    QCoreApplication::instance()->installEventFilter(this);
}

HotkeyDispatcher::~HotkeyDispatcher() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

QString HotkeyDispatcher::match(const QKeyEvent& event, const QObject* target) const {
    const auto* widget = qobject_cast<const QWidget*>(target);
    // Keys meant for a dialog or a popup of this window are theirs.
    if (!widget || widget->window() != &m_window)
        return {};
    int key = event.key();
    if (key == Qt::Key_Enter)
        key = Qt::Key_Return;
    if (key == 0 || key == Qt::Key_unknown || key == Qt::Key_Control || key == Qt::Key_Shift ||
        key == Qt::Key_Alt || key == Qt::Key_Meta)
        return {};
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    const bool commandKey =
        (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) ||
        (key >= Qt::Key_F1 && key <= Qt::Key_F35);
    if (!commandKey && isTextEntry(widget))
        return {};
    return m_map.actionFor(QKeySequence(QKeyCombination(modifiers, Qt::Key(key))));
}

bool HotkeyDispatcher::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto* keyEvent = static_cast<QKeyEvent*>(event);
    const QString action = match(*keyEvent, watched);
    if (action.isEmpty())
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the key so no shortcut takes it; the key press that follows comes here.
        event->accept();
        return true;
    }
    if (!keyEvent->isAutoRepeat())
        emit triggered(action);
    return true;
}

} // namespace wl::widgets
