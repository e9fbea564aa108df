#include "OutputsPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include "session/NetworkAddresses.h"

namespace wl::widgets {

namespace {

const QString kMuted = QStringLiteral("color: #8a8f98;");

} // namespace

OutputsPanel::OutputsPanel(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* linkRow = new QHBoxLayout();
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(QStringLiteral("viewerLink"));
    m_linkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linkLabel->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyViewerLink"));
    m_copy->setToolTip(tr("Copy the viewer link to share it with the guests"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, &OutputsPanel::copyLink);
    linkRow->addWidget(m_linkLabel, 1);
    linkRow->addWidget(m_copy);
    layout->addLayout(linkRow);

    m_viewers = new QLabel(this);
    m_viewers->setObjectName(QStringLiteral("viewerCount"));
    layout->addWidget(m_viewers);

    m_restreamLayout = new QVBoxLayout();
    m_noRestream = new QLabel(tr("No restream destinations"), this);
    m_noRestream->setStyleSheet(kMuted);
    m_restreamLayout->addWidget(m_noRestream);
    layout->addLayout(m_restreamLayout);

    m_hlsPush = new QLabel(this);
    m_hlsPush->setObjectName(QStringLiteral("hlsPushState"));
    layout->addWidget(m_hlsPush);

    setViewerLink(QString());
    setViewers(0);
    setOutputs(QJsonObject());
}

QString OutputsPanel::viewerUrl(quint16 httpPort) {
    const QList<QHostAddress> addresses = NetworkAddresses::lanAddresses();
    const QHostAddress address =
        addresses.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : addresses.first();
    return QStringLiteral("http://%1:%2/").arg(address.toString()).arg(httpPort);
}

QString OutputsPanel::stateText(const QString& state) {
    if (state == QLatin1String("idle"))
        return tr("idle");
    if (state == QLatin1String("connecting"))
        return tr("connecting");
    if (state == QLatin1String("live"))
        return tr("live");
    if (state == QLatin1String("reconnecting"))
        return tr("reconnecting");
    if (state == QLatin1String("failed"))
        return tr("failed");
    if (state == QLatin1String("off"))
        return tr("off");
    if (state == QLatin1String("unavailable"))
        return tr("unavailable");
    return state; // a state this panel does not know yet: shown as the API names it
}

void OutputsPanel::setViewerLink(const QString& url) {
    m_link = url;
    m_linkLabel->setText(url.isEmpty() ? tr("Viewer link: not serving") : url);
    m_copy->setEnabled(!url.isEmpty());
}

void OutputsPanel::setViewers(int viewers) {
    m_viewers->setText(tr("Viewers: %1").arg(viewers));
}

void OutputsPanel::copyLink() {
    if (!m_link.isEmpty())
        QGuiApplication::clipboard()->setText(m_link);
}

void OutputsPanel::setOutputs(const QJsonObject& outputs) {
    const QJsonArray restream = outputs.value(QStringLiteral("restream")).toArray();
    QSet<QString> seen;
    for (const auto value : restream) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(QStringLiteral("id")).toString();
        seen.insert(id);
        QLabel*& row = m_restreamRows[id];
        if (!row) {
            row = new QLabel(this);
            row->setObjectName(QStringLiteral("restream_") + id);
            row->setWordWrap(true);
            m_restreamLayout->addWidget(row);
        }
        const QString state = entry.value(QStringLiteral("state")).toString();
        QString text = tr("%1: %2 · %3 kbit/s")
                           .arg(entry.value(QStringLiteral("name")).toString(), stateText(state))
                           .arg(entry.value(QStringLiteral("bitrate_kbps")).toDouble(), 0, 'f', 0);
        const QString error = entry.value(QStringLiteral("error")).toString();
        if (!error.isEmpty())
            text += QLatin1Char('\n') + error;
        row->setText(text);
        row->setToolTip(entry.value(QStringLiteral("url")).toString());
    }
    for (auto it = m_restreamRows.begin(); it != m_restreamRows.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_restreamRows.erase(it);
    }
    m_noRestream->setVisible(m_restreamRows.isEmpty());

    const QJsonObject push = outputs.value(QStringLiteral("hls_push")).toObject();
    const QString pushState = push.value(QStringLiteral("state")).toString(QStringLiteral("off"));
    m_hlsPush->setText(tr("HLS push: %1").arg(stateText(pushState)));
    m_hlsPush->setToolTip(push.value(QStringLiteral("error")).toString());
}

QString OutputsPanel::restreamRowText(const QString& id) const {
    const QLabel* row = m_restreamRows.value(id);
    return row ? row->text() : QString();
}

} // namespace wl::widgets
