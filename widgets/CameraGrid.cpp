#include "CameraGrid.h"

#include <QResizeEvent>

#include "CameraTile.h"

namespace wl::widgets {

CameraGrid::CameraGrid(const QList<QPair<QString, QString>>& cameras, QWidget* parent)
    : QWidget(parent) {
    for (int i = 0; i < cameras.size(); ++i) {
        auto* tile = new CameraTile(i + 1, cameras.at(i).first, this);
        tile->setName(cameras.at(i).second);
        m_tiles.append(tile);
        connect(tile, &CameraTile::clicked, this, &CameraGrid::clicked);
        connect(tile, &CameraTile::doubleClicked, this, &CameraGrid::doubleClicked);
    }
    setMinimumSize(2 * 192 + kSpacing, 3 * 108 + 2 * kSpacing);
}

void CameraGrid::resizeEvent(QResizeEvent*) {
    // The largest 16:9 tiles that fit two across and three down, the block centred: pictures
    // fill their tiles instead of being pillarboxed.
    const int rows = m_tiles.size() > 4 ? 3 : (m_tiles.size() + 1) / 2;
    if (rows == 0)
        return;
    int tileWidth = (width() - kSpacing) / 2;
    const int byHeight = (height() - (rows - 1) * kSpacing) / rows * 16 / 9;
    tileWidth = std::max(1, std::min(tileWidth, byHeight));
    const int tileHeight = tileWidth * 9 / 16;
    const int left = (width() - 2 * tileWidth - kSpacing) / 2;
    const int top = (height() - rows * tileHeight - (rows - 1) * kSpacing) / 2;
    for (int i = 0; i < m_tiles.size(); ++i) {
        const int row = i / 2;
        // The fifth sits centred on its own row.
        const int x = i == 4 ? (width() - tileWidth) / 2 : left + (i % 2) * (tileWidth + kSpacing);
        m_tiles.at(i)->setGeometry(x, top + row * (tileHeight + kSpacing), tileWidth, tileHeight);
    }
}

CameraTile* CameraGrid::tile(const QString& cameraId) const {
    for (CameraTile* tile : m_tiles) {
        if (tile->cameraId() == cameraId)
            return tile;
    }
    return nullptr;
}

} // namespace wl::widgets
