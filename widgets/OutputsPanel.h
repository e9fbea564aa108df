#pragma once

#include <QWidget>

class QLabel;

namespace wl::widgets {

// Where the viewer link (with a copy button) and the push / restream destinations will show once
// the viewers' outputs exist; until then it says so.
class OutputsPanel : public QWidget {
    Q_OBJECT

public:
    explicit OutputsPanel(QWidget* parent = nullptr);

private:
    QLabel* m_placeholder = nullptr;
};

} // namespace wl::widgets
