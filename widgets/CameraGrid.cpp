#include "CameraGrid.h"

#include <QGridLayout>

#include "CameraTile.h"

namespace wl::widgets {

CameraGrid::CameraGrid(const QList<QPair<QString, QString>>& cameras, QWidget* parent)
    : QWidget(parent) {
    // Four columns, each tile two wide: the fifth spans the middle two and sits centred.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < cameras.size(); ++i) {
        auto* tile = new CameraTile(i + 1, cameras.at(i).first, this);
        tile->setName(cameras.at(i).second);
        m_tiles.append(tile);
        connect(tile, &CameraTile::clicked, this, &CameraGrid::clicked);
        connect(tile, &CameraTile::doubleClicked, this, &CameraGrid::doubleClicked);
        if (i < 4)
            grid->addWidget(tile, i / 2, (i % 2) * 2, 1, 2);
        else
            grid->addWidget(tile, 2, 1, 1, 2);
    }
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    for (int row = 0; row < 3; ++row)
        grid->setRowStretch(row, 1);
}

CameraTile* CameraGrid::tile(const QString& cameraId) const {
    for (CameraTile* tile : m_tiles) {
        if (tile->cameraId() == cameraId)
            return tile;
    }
    return nullptr;
}

} // namespace wl::widgets
