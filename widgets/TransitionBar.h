#pragma once

#include <QTimer>
#include <QWidget>

#include "switcher/SwitcherTypes.h"

class QComboBox;
class QPushButton;
class QSlider;

namespace wl::widgets {

// CUT, AUTO with its type (mix / dip / wipe) and duration, FTB (blinking while black), the T-bar
// for manual transitions and the studio / direct switch. It only asks; the state it shows comes
// back from the engine through setSnapshot().
class TransitionBar : public QWidget {
    Q_OBJECT

public:
    explicit TransitionBar(QWidget* parent = nullptr);

    void setSnapshot(const switcher::SwitcherSnapshot& snapshot);
    // The transition AUTO runs, as chosen here.
    switcher::TransitionSpec transition() const;

    QPushButton* cutButton() const { return m_cut; }
    QPushButton* autoButton() const { return m_auto; }
    QPushButton* fadeToBlackButton() const { return m_ftb; }
    QSlider* tbar() const { return m_tbar; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* durationBox() const { return m_duration; }
    QPushButton* studioButton() const { return m_studio; }
    QPushButton* directButton() const { return m_direct; }
    bool ftbLit() const { return m_ftbLit; }

signals:
    void cutRequested();
    void autoRequested();
    void fadeToBlackRequested();
    void transitionChanged(const wl::switcher::TransitionSpec& transition);
    void tbarMoved(double position);
    void modeRequested(wl::switcher::SwitcherMode mode);

private:
    void setFtbLit(bool lit);

    QPushButton* m_cut = nullptr;
    QPushButton* m_auto = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_duration = nullptr;
    QPushButton* m_ftb = nullptr;
    QSlider* m_tbar = nullptr;
    QPushButton* m_studio = nullptr;
    QPushButton* m_direct = nullptr;
    QTimer m_blink;
    bool m_ftbLit = false;
    bool m_black = false;
    bool m_updating = false; // setSnapshot() is changing the controls: emit nothing
};

} // namespace wl::widgets
