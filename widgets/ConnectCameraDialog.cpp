#include "ConnectCameraDialog.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include "QrCode.h"

namespace wl::widgets {

ConnectCameraDialog::ConnectCameraDialog(const QString& cameraName, const QString& streamKey,
                                         const QList<QHostAddress>& addresses, quint16 rtmpPort,
                                         QWidget* parent)
    : QDialog(parent)
    , m_streamKey(streamKey)
    , m_addresses(addresses)
    , m_port(rtmpPort) {
    setWindowTitle(tr("Connect a camera — %1").arg(cameraName));
    if (m_addresses.isEmpty())
        m_addresses.append(QHostAddress(QHostAddress::LocalHost));

    m_addressBox = new QComboBox(this);
    for (const QHostAddress& address : m_addresses)
        m_addressBox->addItem(address.toString());
    m_serverField = new QLineEdit(this);
    m_keyField = new QLineEdit(m_streamKey, this);
    m_publishField = new QLineEdit(this);
    for (QLineEdit* field : {m_serverField, m_keyField, m_publishField})
        field->setReadOnly(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Laptop address"), m_addressBox);
    form->addRow(tr("Server URL"), copyRow(m_serverField));
    form->addRow(tr("Stream key"), copyRow(m_keyField));
    form->addRow(tr("Full URL"), copyRow(m_publishField));

    m_qrLabel = new QLabel(this);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    auto* scanHint = new QLabel(tr("Scan with the phone (Larix Broadcaster: Settings → "
                                   "Connections → New connection → scan QR)."),
                                this);
    scanHint->setWordWrap(true);

    auto* obs = new QLabel(tr("<b>OBS</b><ol><li>Settings → Stream: Service “Custom…”.</li>"
                              "<li>Server: the server URL above.</li>"
                              "<li>Stream Key: the stream key above.</li>"
                              "<li>Output: 1080p or 720p, keyframe interval 1 s, then "
                              "Start Streaming.</li></ol>"),
                           this);
    auto* larix = new QLabel(tr("<b>Larix Broadcaster</b><ol><li>Settings → Connections → "
                                "New connection.</li>"
                                "<li>Scan the QR code, or type the full URL as the URL.</li>"
                                "<li>Use the same Wi-Fi as this laptop, then tap the red "
                                "button.</li></ol>"),
                             this);
    for (QLabel* steps : {obs, larix}) {
        steps->setWordWrap(true);
        steps->setTextFormat(Qt::RichText);
    }

    // Addresses and QR code side by side; the two set-up recipes below them, side by side.
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(scanHint);
    left->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addWidget(m_qrLabel, 0, Qt::AlignTop);
    auto* steps = new QHBoxLayout;
    steps->addWidget(obs, 1, Qt::AlignTop);
    steps->addWidget(larix, 1, Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(steps);
    layout->addWidget(buttons);
    setMinimumWidth(860);

    connect(m_addressBox, &QComboBox::currentIndexChanged, this, &ConnectCameraDialog::refresh);
    refresh();
}

QWidget* ConnectCameraDialog::copyRow(QLineEdit* field) {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* copy = new QPushButton(tr("Copy"), row);
    copy->setToolTip(tr("Copy to the clipboard"));
    connect(copy, &QPushButton::clicked, field,
            [field] { QApplication::clipboard()->setText(field->text()); });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    return row;
}

QString ConnectCameraDialog::serverUrl(const QHostAddress& address, quint16 port) {
    return QStringLiteral("rtmp://%1:%2/live").arg(address.toString()).arg(port);
}

QString ConnectCameraDialog::publishUrl(const QHostAddress& address, quint16 port,
                                        const QString& key) {
    return serverUrl(address, port) + QLatin1Char('/') + key;
}

QString ConnectCameraDialog::currentServerUrl() const {
    return m_serverField->text();
}

QString ConnectCameraDialog::currentPublishUrl() const {
    return m_publishField->text();
}

void ConnectCameraDialog::selectAddress(int index) {
    m_addressBox->setCurrentIndex(index);
}

void ConnectCameraDialog::refresh() {
    const int index = std::max(0, m_addressBox->currentIndex());
    const QHostAddress address = m_addresses.value(index);
    m_serverField->setText(serverUrl(address, m_port));
    m_publishField->setText(publishUrl(address, m_port, m_streamKey));
    // Wide enough to read the whole URL and key: they are typed into phones by hand.
    const int width = m_publishField->fontMetrics().horizontalAdvance(m_publishField->text()) + 16;
    for (QLineEdit* field : {m_serverField, m_keyField, m_publishField})
        field->setMinimumWidth(width);
    m_qrImage = QrCode::render(m_publishField->text().toUtf8(), 6);
    m_qrLabel->setPixmap(QPixmap::fromImage(m_qrImage));
}

} // namespace wl::widgets
