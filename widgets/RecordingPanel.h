#pragma once

#include <QList>
#include <QWidget>

#include "record/RecordingStatus.h"

class QLabel;
class QPushButton;

namespace wl::widgets {

// Recording on/off with the take's elapsed time and size, the disk's free space and the time
// left at the current rate, and each camera's ISO file state.
class RecordingPanel : public QWidget {
    Q_OBJECT

public:
    // (id, name) of each camera, in the director's order.
    explicit RecordingPanel(const QList<QPair<QString, QString>>& cameras,
                            QWidget* parent = nullptr);

    void setStatus(const record::RecordingStatus& status);
    QPushButton* toggleButton() const { return m_toggle; }
    // The text shown for each camera's ISO file ("recording", "off", …), for tests.
    QString isoText(const QString& cameraId) const;
    QString summaryText() const;

    static QString formatBytes(std::int64_t bytes);
    static QString formatDuration(std::int64_t seconds);

signals:
    void toggleRequested();

private:
    QList<QPair<QString, QString>> m_cameras;
    QPushButton* m_toggle = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_disk = nullptr;
    QList<QLabel*> m_iso;
};

} // namespace wl::widgets
