#include "OutputsPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wl::widgets {

OutputsPanel::OutputsPanel(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(
        tr("The viewer link and the streaming destinations appear here once outputs are set up."),
        this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #8a8f98;"));
    layout->addWidget(m_placeholder);
}

} // namespace wl::widgets
