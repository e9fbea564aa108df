#pragma once

#include <QWidget>

#include "session/LiveStatus.h"

class QLabel;
class QPushButton;

namespace wl::widgets {

// Go Live / Pause / Resume / End, enabled by the event's state. It only asks: the main window
// confirms End and the live controller decides.
class LiveControls : public QWidget {
    Q_OBJECT

public:
    explicit LiveControls(QWidget* parent = nullptr);

    void setStatus(LiveStatus status);
    QPushButton* goLiveButton() const { return m_goLive; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* endButton() const { return m_end; }

signals:
    void goLiveRequested();
    void pauseRequested();
    void resumeRequested();
    void endRequested();

private:
    QLabel* m_state = nullptr;
    QPushButton* m_goLive = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_end = nullptr;
};

} // namespace wl::widgets
