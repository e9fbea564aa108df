#pragma once

#include <memory>

#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>

#include "session/Session.h"

namespace wl::test {

// A real Session in this process with `demoCameras` synthetic cameras publishing over loopback
// RTMP (ports chosen by the system, folders in a temporary directory): what `wedlive --demo`
// runs, for widget tests that need the engine to answer for real.
class DemoSession {
public:
    explicit DemoSession(int demoCameras) {
        SessionSettings settings;
        settings.configDir = m_dir.filePath(QStringLiteral("config"));
        settings.recordingsDir = m_dir.filePath(QStringLiteral("recordings"));
        settings.bindAddress = QHostAddress::LocalHost;
        settings.rtmpPort = 0;
        settings.httpPort = 0;
        settings.demoCameras = demoCameras;
        m_session = std::make_unique<Session>(settings);
    }
    ~DemoSession() {
        if (m_session)
            m_session->stop();
    }

    // Empty on success, else why the session did not start.
    QString start() {
        auto started = m_session->start();
        return started ? QString() : QString::fromStdString(started.error().toString());
    }
    Session& session() { return *m_session; }
    QString cameraId(int number) const {
        return m_session->cameras().cameras().at(number - 1)->id();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

} // namespace wl::test
