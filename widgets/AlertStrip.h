#pragma once

#include <QDateTime>
#include <QFrame>
#include <QList>

class QVBoxLayout;

namespace wl::widgets {

// A non-modal strip above the monitors with the newest alerts (camera lost and back, recording
// error, disk low, encoder overload, output failed, refused switches). Each row can be dismissed;
// the strip hides when empty and never takes the keyboard focus.
class AlertStrip : public QFrame {
    Q_OBJECT

public:
    enum class Severity { Info, Warning, Error };
    static constexpr int kMaxRows = 3;

    explicit AlertStrip(QWidget* parent = nullptr);

    void addAlert(Severity severity, const QString& text);
    void clear();
    // The texts shown, newest first.
    QStringList texts() const;

private:
    struct Row {
        QWidget* widget = nullptr;
        QString text;
    };
    void removeRow(QWidget* widget);

    QVBoxLayout* m_layout = nullptr;
    QList<Row> m_rows;
};

} // namespace wl::widgets
