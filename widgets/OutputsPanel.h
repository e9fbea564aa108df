#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace wl::widgets {

// The viewers' outputs for the director: the viewer link to share (with a Copy button), how many
// are watching, each restream destination (name, state, bitrate) and the HLS push's state. It only
// shows what MainWindow hands it from the same snapshots GET /api/outputs renders.
class OutputsPanel : public QWidget {
    Q_OBJECT

public:
    explicit OutputsPanel(QWidget* parent = nullptr);

    void setViewerLink(const QString& url);
    QString viewerLink() const { return m_link; }
    void setViewers(int viewers);
    // The object GET /api/outputs answers: {"restream": [...], "hls_push": {...}}.
    void setOutputs(const QJsonObject& outputs);

    // The row's text of a restream destination, empty if there is none with this id (tests).
    QString restreamRowText(const QString& id) const;

    // "http://<address>:<port>/": the first LAN address, else loopback.
    static QString viewerUrl(quint16 httpPort);
    // The translated name of a state the outputs API reports ("live", "failed", ...).
    static QString stateText(const QString& state);

public slots:
    void copyLink();

private:
    QLabel* m_linkLabel = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_viewers = nullptr;
    QVBoxLayout* m_restreamLayout = nullptr;
    QLabel* m_noRestream = nullptr;
    QLabel* m_hlsPush = nullptr;
    QMap<QString, QLabel*> m_restreamRows; // by destination id
    QString m_link;
};

} // namespace wl::widgets
