#include "CameraTilesWindow.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include "CameraTile.h"
#include "session/Session.h"

namespace wl::widgets {

CameraTilesWindow::CameraTilesWindow(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setWindowTitle(tr("WedLive Switcher — %1").arg(session.config().title));
    setStyleSheet(QStringLiteral("background-color: #0d0f12;"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout();
    layout->addLayout(grid, 4);

    const auto cameras = session.cameras().cameras();
    for (int i = 0; i < cameras.size(); ++i) {
        const auto& camera = cameras.at(i);
        auto* tile = new CameraTile(i + 1, camera->id(), this);
        tile->setName(camera->name());
        tile->setStatus(camera->status());
        m_tiles.insert(camera->id(), tile);
        if (i < 4) {
            grid->addWidget(tile, i / 2, i % 2);
        } else {
            // The fifth camera sits centred on its own row.
            auto* row = new QHBoxLayout();
            row->addStretch(1);
            row->addWidget(tile, 2);
            row->addStretch(1);
            layout->addLayout(row, 2);
        }
    }
    connect(&session, &Session::cameraStatusChanged, this,
            [this](const QString& id, sources::CameraStatus status) {
                if (CameraTile* tile = m_tiles.value(id))
                    tile->setStatus(status);
            });
    session.previews().add(this);
    resize(1100, 900);
}

CameraTilesWindow::~CameraTilesWindow() {
    m_session.previews().remove(this);
}

void CameraTilesWindow::previewReady(const QString& cameraId, const QImage& image) {
    if (CameraTile* tile = m_tiles.value(cameraId))
        tile->setImage(image);
}

} // namespace wl::widgets
