#pragma once

#include <QList>
#include <QWidget>

namespace wl::widgets {

class CameraTile;

// The camera tiles in the 2×2+1 layout: four in two rows, the fifth centred on its own row.
class CameraGrid : public QWidget {
    Q_OBJECT

public:
    // (id, name) of each camera in the director's order; the first is number 1.
    explicit CameraGrid(const QList<QPair<QString, QString>>& cameras, QWidget* parent = nullptr);

    const QList<CameraTile*>& tiles() const { return m_tiles; }
    // nullptr for an unknown id. The list is fixed after construction: any thread may look up.
    CameraTile* tile(const QString& cameraId) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    void clicked(const QString& cameraId);
    void doubleClicked(const QString& cameraId);

private:
    static constexpr int kSpacing = 6;
    QList<CameraTile*> m_tiles;
};

} // namespace wl::widgets
