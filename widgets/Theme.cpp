#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace wl::widgets {

void Theme::apply(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette;
    palette.setColor(QPalette::Window, background());
    palette.setColor(QPalette::WindowText, text());
    palette.setColor(QPalette::Base, panel());
    palette.setColor(QPalette::AlternateBase, background());
    palette.setColor(QPalette::Text, text());
    palette.setColor(QPalette::Button, QColor(0x26, 0x2a, 0x31));
    palette.setColor(QPalette::ButtonText, text());
    palette.setColor(QPalette::ToolTipBase, panel());
    palette.setColor(QPalette::ToolTipText, text());
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, dimText());
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x5a, 0x5f, 0x68));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x5a, 0x5f, 0x68));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x5a, 0x5f, 0x68));
    app.setPalette(palette);
}

} // namespace wl::widgets
