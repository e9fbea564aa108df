#pragma once

#include <QHash>
#include <QWidget>

#include "sources/PreviewSink.h"

namespace wl {
class Session;
}

namespace wl::widgets {

class CameraTile;

// A plain window with the live camera tiles in the 2×2+1 layout (the full director UI builds on
// it later). Receives preview images through the core's preview sink.
class CameraTilesWindow : public QWidget, public sources::PreviewSink {
    Q_OBJECT

public:
    explicit CameraTilesWindow(Session& session, QWidget* parent = nullptr);
    ~CameraTilesWindow() override;

    void previewReady(const QString& cameraId, const QImage& image) override;
    CameraTile* tile(const QString& cameraId) const { return m_tiles.value(cameraId); }

private:
    Session& m_session;
    QHash<QString, CameraTile*> m_tiles; // fixed after construction: safe to read from any thread
};

} // namespace wl::widgets
