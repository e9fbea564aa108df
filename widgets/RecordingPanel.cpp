#include "RecordingPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include "Theme.h"

namespace wl::widgets {

namespace {
QString fileStateText(record::FileState state) {
    switch (state) {
    case record::FileState::Waiting:
        return RecordingPanel::tr("waiting");
    case record::FileState::Recording:
        return RecordingPanel::tr("recording");
    case record::FileState::Finishing:
        return RecordingPanel::tr("finishing");
    case record::FileState::Done:
        return RecordingPanel::tr("done");
    case record::FileState::Failed:
        break;
    }
    return RecordingPanel::tr("failed");
}

QColor fileStateColour(record::FileState state) {
    switch (state) {
    case record::FileState::Recording:
        return Theme::programTally();
    case record::FileState::Failed:
        return Theme::warning();
    case record::FileState::Waiting:
    case record::FileState::Finishing:
    case record::FileState::Done:
        break;
    }
    return Theme::dimText();
}
} // namespace

RecordingPanel::RecordingPanel(const QList<QPair<QString, QString>>& cameras, QWidget* parent)
    : QWidget(parent)
    , m_cameras(cameras) {
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QPushButton(tr("● Record"), this);
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::NoFocus);
    m_toggle->setMinimumHeight(36);
    m_toggle->setToolTip(tr("Recording on / off (R)"));
    m_toggle->setStyleSheet(
        QStringLiteral("QPushButton:checked { background-color: %1; color: white; "
                       "font-weight: bold; }")
            .arg(Theme::programTally().name()));
    // The engine decides: the button shows the recorder's state, not the click.
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        m_toggle->setChecked(!m_toggle->isChecked());
        emit toggleRequested();
    });
    m_summary = new QLabel(this);
    m_disk = new QLabel(this);
    m_disk->setWordWrap(true);
    layout->addWidget(m_toggle, 0, 0, 1, 2);
    layout->addWidget(m_summary, 1, 0, 1, 2);
    layout->addWidget(m_disk, 2, 0, 1, 2);
    for (int i = 0; i < cameras.size(); ++i) {
        auto* name =
            new QLabel(QStringLiteral("%1  %2").arg(i + 1).arg(cameras.at(i).second), this);
        auto* state = new QLabel(this);
        state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        layout->addWidget(name, 3 + i, 0);
        layout->addWidget(state, 3 + i, 1);
        m_iso.append(state);
    }
    setStatus({});
}

QString RecordingPanel::formatBytes(std::int64_t bytes) {
    const double b = static_cast<double>(bytes);
    if (b >= 1e9)
        return tr("%1 GB").arg(b / 1e9, 0, 'f', 2);
    if (b >= 1e6)
        return tr("%1 MB").arg(b / 1e6, 0, 'f', 1);
    return tr("%1 kB").arg(b / 1e3, 0, 'f', 0);
}

QString RecordingPanel::formatDuration(std::int64_t seconds) {
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void RecordingPanel::setStatus(const record::RecordingStatus& status) {
    const bool recording = status.state == record::RecordingState::Recording;
    m_toggle->setChecked(recording);
    m_toggle->setText(recording ? tr("● Recording — stop") : tr("● Record"));
    QString state;
    switch (status.state) {
    case record::RecordingState::Idle:
        state = tr("Not recording");
        break;
    case record::RecordingState::Recording:
        state = tr("Take %1").arg(status.take);
        break;
    case record::RecordingState::Stopping:
        state = tr("Finishing files");
        break;
    case record::RecordingState::Error:
        state = tr("Stopped on an error");
        break;
    }
    m_summary->setText(tr("%1   %2   %3")
                           .arg(state, formatDuration(status.elapsedUs / 1'000'000),
                                formatBytes(status.totalBytes)));
    QString disk = status.diskFreeBytes
                       ? tr("Disk: %1 free").arg(formatBytes(*status.diskFreeBytes))
                       : tr("Disk: free space unknown");
    if (status.minutesLeft)
        disk += tr(", about %1 left")
                    .arg(formatDuration(static_cast<std::int64_t>(*status.minutesLeft * 60)));
    m_disk->setText(disk);
    m_disk->setStyleSheet(
        status.diskLow
            ? QStringLiteral("color: %1; font-weight: bold;").arg(Theme::warning().name())
            : QString());

    for (int i = 0; i < m_cameras.size(); ++i) {
        // The newest part of the camera's file in this take tells its state.
        const record::RecordedFileStatus* newest = nullptr;
        for (const auto& file : status.files) {
            if (file.cameraId == m_cameras.at(i).first && (!newest || file.part >= newest->part))
                newest = &file;
        }
        QLabel* label = m_iso.at(i);
        label->setText(newest ? tr("ISO %1").arg(fileStateText(newest->state)) : tr("ISO off"));
        label->setStyleSheet(
            QStringLiteral("color: %1;")
                .arg((newest ? fileStateColour(newest->state) : Theme::dimText()).name()));
    }
}

QString RecordingPanel::isoText(const QString& cameraId) const {
    for (int i = 0; i < m_cameras.size(); ++i) {
        if (m_cameras.at(i).first == cameraId)
            return m_iso.at(i)->text();
    }
    return {};
}

QString RecordingPanel::summaryText() const {
    return m_summary->text() + QLatin1Char('\n') + m_disk->text();
}

} // namespace wl::widgets
