#pragma once

#include <QDialog>
#include <QHostAddress>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace wl::widgets {

// "Connect a camera": where a phone (Larix) or OBS publishes to, for one camera slot. Shows the
// RTMP server URL for each LAN address of the laptop, the stream key, copy buttons, and a QR code
// of the full publish URL rtmp://<address>:<port>/live/<key>: Larix takes it as one connection
// URL (its last path element is the stream key); OBS wants server and key apart (two fields).
class ConnectCameraDialog : public QDialog {
    Q_OBJECT

public:
    ConnectCameraDialog(const QString& cameraName, const QString& streamKey,
                        const QList<QHostAddress>& addresses, quint16 rtmpPort,
                        QWidget* parent = nullptr);

    static QString serverUrl(const QHostAddress& address, quint16 port);
    static QString publishUrl(const QHostAddress& address, quint16 port, const QString& key);

    QString currentServerUrl() const;
    QString currentPublishUrl() const;
    const QString& streamKey() const { return m_streamKey; }
    // The QR code now shown (the publish URL of the chosen address).
    QImage qrImage() const { return m_qrImage; }
    void selectAddress(int index);

private:
    void refresh();
    QWidget* copyRow(QLineEdit* field);

    QString m_streamKey;
    QList<QHostAddress> m_addresses;
    quint16 m_port;
    QComboBox* m_addressBox = nullptr;
    QLineEdit* m_serverField = nullptr;
    QLineEdit* m_keyField = nullptr;
    QLineEdit* m_publishField = nullptr;
    QLabel* m_qrLabel = nullptr;
    QImage m_qrImage;
};

} // namespace wl::widgets
