#include "LiveControls.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include "ProgramMonitor.h"
#include "Theme.h"

namespace wl::widgets {

namespace {
QPushButton* controlButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setToolTip(tip);
    button->setMinimumHeight(36);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}
} // namespace

LiveControls::LiveControls(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setMinimumHeight(30);
    m_goLive = controlButton(tr("Go Live"), tr("Start streaming to the viewers (L)"), this);
    m_pause = controlButton(tr("Pause"), tr("Show the pause slate to the viewers (P)"), this);
    m_resume = controlButton(tr("Resume"), tr("Back to the cameras (P)"), this);
    m_end = controlButton(tr("End"), tr("End the event for good (asks first)"), this);
    m_goLive->setStyleSheet(QStringLiteral("QPushButton:enabled { background-color: %1; "
                                           "color: white; font-weight: bold; }")
                                .arg(Theme::programTally().darker(130).name()));
    layout->addWidget(m_state, 0, 0, 1, 2);
    layout->addWidget(m_goLive, 1, 0, 1, 2);
    layout->addWidget(m_pause, 2, 0);
    layout->addWidget(m_resume, 2, 1);
    layout->addWidget(m_end, 3, 0, 1, 2);
    connect(m_goLive, &QPushButton::clicked, this, &LiveControls::goLiveRequested);
    connect(m_pause, &QPushButton::clicked, this, &LiveControls::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, &LiveControls::resumeRequested);
    connect(m_end, &QPushButton::clicked, this, &LiveControls::endRequested);
    setStatus(LiveStatus::Waiting);
}

void LiveControls::setStatus(LiveStatus status) {
    m_goLive->setEnabled(status == LiveStatus::Waiting);
    m_pause->setEnabled(status == LiveStatus::Live);
    m_resume->setEnabled(status == LiveStatus::Paused);
    m_end->setEnabled(status == LiveStatus::Live || status == LiveStatus::Paused);
    const QColor colour = status == LiveStatus::Live     ? Theme::programTally()
                          : status == LiveStatus::Paused ? Theme::warning()
                                                         : QColor(0x3a, 0x3f, 0x47);
    m_state->setText(ProgramMonitor::statusText(status));
    m_state->setStyleSheet(
        QStringLiteral("background-color: %1; color: white; font-weight: bold; font-size: 16px;")
            .arg(colour.name()));
}

} // namespace wl::widgets
