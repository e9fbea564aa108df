#include "HotkeyMap.h"

#include <QSettings>

namespace wl::widgets {

namespace {
const QString kSettingsGroup = QStringLiteral("hotkeys");
}

HotkeyMap::HotkeyMap(QObject* parent)
    : QObject(parent) {
    resetToDefaults();
}

QList<HotkeyAction> HotkeyMap::actions() {
    QList<HotkeyAction> list;
    for (int n = 1; n <= kCameraCount; ++n)
        list.append({kSelectPrefix + QString::number(n),
                     tr("Camera %1: preview (studio) or cut (direct)").arg(n),
                     QKeySequence(Qt::Key_0 + n)});
    for (int n = 1; n <= kCameraCount; ++n)
        list.append({kCutToPrefix + QString::number(n), tr("Camera %1: cut to program").arg(n),
                     QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n))});
    list.append({kCut, tr("Cut preview to program"), QKeySequence(Qt::Key_Space)});
    list.append({kAuto, tr("Auto transition"), QKeySequence(Qt::Key_Return)});
    list.append({kFadeToBlack, tr("Fade to black / back"), QKeySequence(Qt::Key_F)});
    list.append({kToggleMode, tr("Switch studio / direct mode"), QKeySequence()});
    list.append({kToggleRecording, tr("Recording on / off"), QKeySequence(Qt::Key_R)});
    list.append({kPauseResume, tr("Pause / resume the live stream"), QKeySequence(Qt::Key_P)});
    list.append({kGoLive, tr("Go live"), QKeySequence(Qt::Key_L)});
    list.append({kEndLive, tr("End the live stream (asks first)"), QKeySequence()});
    return list;
}

QKeySequence HotkeyMap::key(const QString& id) const {
    return m_keys.value(id);
}

void HotkeyMap::setKey(const QString& id, const QKeySequence& sequence) {
    if (!m_keys.contains(id) || m_keys.value(id) == sequence)
        return;
    if (!sequence.isEmpty()) {
        for (auto it = m_keys.begin(); it != m_keys.end(); ++it) {
            if (it.key() != id && it.value() == sequence)
                it.value() = QKeySequence();
        }
    }
    m_keys[id] = sequence;
    emit changed();
}

QString HotkeyMap::actionFor(const QKeySequence& sequence) const {
    if (sequence.isEmpty())
        return {};
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it.value() == sequence)
            return it.key();
    }
    return {};
}

void HotkeyMap::resetToDefaults() {
    m_keys.clear();
    for (const HotkeyAction& action : actions())
        m_keys.insert(action.id, action.defaultKey);
    emit changed();
}

void HotkeyMap::load(QSettings& settings) {
    settings.beginGroup(kSettingsGroup);
    for (const HotkeyAction& action : actions()) {
        if (settings.contains(action.id))
            m_keys[action.id] = QKeySequence::fromString(settings.value(action.id).toString(),
                                                         QKeySequence::PortableText);
        else
            m_keys[action.id] = action.defaultKey;
    }
    settings.endGroup();
    emit changed();
}

void HotkeyMap::save(QSettings& settings) const {
    settings.beginGroup(kSettingsGroup);
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        settings.setValue(it.key(), it.value().toString(QKeySequence::PortableText));
    settings.endGroup();
}

} // namespace wl::widgets
