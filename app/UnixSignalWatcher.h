#pragma once

#include <QObject>

class QSocketNotifier;

namespace wl::app {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe), so that Ctrl+C or a
// service manager stops the session cleanly and recordings are finalised.
class UnixSignalWatcher : public QObject {
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace wl::app
