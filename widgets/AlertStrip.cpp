#include "AlertStrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "Theme.h"

namespace wl::widgets {

namespace {
QColor severityColour(AlertStrip::Severity severity) {
    switch (severity) {
    case AlertStrip::Severity::Info:
        return QColor(0x1f, 0x5f, 0x3a);
    case AlertStrip::Severity::Warning:
        return QColor(0x7a, 0x55, 0x00);
    case AlertStrip::Severity::Error:
        break;
    }
    return QColor(0x8a, 0x1c, 0x1c);
}
} // namespace

AlertStrip::AlertStrip(QWidget* parent)
    : QFrame(parent) {
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void AlertStrip::addAlert(Severity severity, const QString& text) {
    auto* row = new QWidget(this);
    row->setAutoFillBackground(true);
    QPalette palette = row->palette();
    palette.setColor(QPalette::Window, severityColour(severity));
    palette.setColor(QPalette::WindowText, Qt::white);
    row->setPalette(palette);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(10, 3, 4, 3);
    auto* label = new QLabel(QStringLiteral("%1   %2").arg(
                                 QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text),
                             row);
    QFont font = label->font();
    font.setBold(severity != Severity::Info);
    label->setFont(font);
    auto* dismiss = new QToolButton(row);
    dismiss->setText(QStringLiteral("×"));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    dismiss->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(label, 1);
    layout->addWidget(dismiss);
    connect(dismiss, &QToolButton::clicked, this, [this, row] { removeRow(row); });

    m_layout->insertWidget(0, row);
    m_rows.prepend({row, text});
    while (m_rows.size() > kMaxRows)
        removeRow(m_rows.last().widget);
    show();
}

void AlertStrip::removeRow(QWidget* widget) {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == widget) {
            m_rows.removeAt(i);
            widget->deleteLater();
            break;
        }
    }
    if (m_rows.isEmpty())
        hide();
}

void AlertStrip::clear() {
    while (!m_rows.isEmpty())
        removeRow(m_rows.first().widget);
}

QStringList AlertStrip::texts() const {
    QStringList list;
    for (const Row& row : m_rows)
        list.append(row.text);
    return list;
}

} // namespace wl::widgets
