#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QTextStream>

#include "AppOptions.h"
#include "AppPreferences.h"
#include "DirectorDialogs.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Translations.h"
#include "UnixSignalWatcher.h"
#include "session/Session.h"

namespace {

void printLine(const QString& text) {
    QTextStream(stdout) << text << Qt::endl;
}

void printError(const QString& text) {
    QTextStream(stderr) << text << Qt::endl;
}

// The headless start banner: where cameras publish and how to reach the API.
void printBanner(const wl::Session& session) {
    printLine(QStringLiteral("WedLive Switcher %1 running headless")
                  .arg(QCoreApplication::applicationVersion()));
    printLine(QStringLiteral("RTMP ingest: %1   (stream key per camera)").arg(session.rtmpUrl()));
    printLine(QStringLiteral("HTTP:        http://127.0.0.1:%1/").arg(session.httpPort()));
    printLine(QStringLiteral("API token:   %1").arg(session.apiToken()));
    for (const auto& camera : session.cameras().cameras())
        printLine(QStringLiteral("  %1  %2  key %3")
                      .arg(camera->id(), camera->name(), camera->streamKey()));
}

} // namespace

int main(int argc, char* argv[]) {
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless = headless || QByteArray(argv[i]) == "--headless";

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WedLive"));
    QCoreApplication::setApplicationName(QStringLiteral("wedlive"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEDLIVE_VERSION));

    wl::app::AppOptions options;
    QString message;
    int exitCode = 0;
    if (!wl::app::AppOptions::parse(QCoreApplication::arguments(), options, message, exitCode)) {
        (exitCode == 0 ? printLine(message) : printError(message));
        return exitCode;
    }

    // The desktop app starts with this laptop's preferences unless the command line says otherwise.
    wl::widgets::AppPreferences preferences;
    if (!headless) {
        preferences = wl::widgets::AppPreferences::load(QSettings());
        if (!options.recordingsDirGiven && !preferences.recordingsDir.isEmpty())
            options.session.recordingsDir = preferences.recordingsDir;
        if (!options.rtmpPortGiven)
            options.session.rtmpPort = preferences.rtmpPort;
        if (!options.httpPortGiven)
            options.session.httpPort = preferences.httpPort;
    }

    wl::Session session(options.session);
    if (auto started = session.start(); !started) {
        printError(QStringLiteral("wedlive: cannot start: %1")
                       .arg(QString::fromStdString(started.error().toString())));
        return 1;
    }

    wl::app::UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &wl::app::UnixSignalWatcher::terminationRequested, app.get(),
                     [](int) { QCoreApplication::quit(); });

    std::unique_ptr<wl::widgets::MainWindow> window;
    if (headless) {
        printBanner(session);
        QObject::connect(&session, &wl::Session::cameraStatusChanged, app.get(),
                         [](const QString& id, wl::sources::CameraStatus status) {
                             printLine(
                                 QStringLiteral("%1 %2 %3")
                                     .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                                          id, wl::sources::cameraStatusName(status)));
                         });
    } else {
        wl::widgets::Translations::install(
            *app, wl::widgets::Translations::localeFor(preferences.language));
        wl::widgets::Theme::apply(static_cast<QApplication&>(*app));
        window = std::make_unique<wl::widgets::MainWindow>(session);
        // The director's keys are kept between runs; the shortcuts dialog edits the map.
        QSettings uiSettings;
        window->hotkeys().load(uiSettings);
        QObject::connect(&window->hotkeys(), &wl::widgets::HotkeyMap::changed, window.get(),
                         [&window] {
                             QSettings settings;
                             window->hotkeys().save(settings);
                         });
        new wl::widgets::DirectorDialogs(session, *window); // owned by the window
        window->show();
    }

    const int result = QCoreApplication::exec();
    window.reset();
    session.stop();
    return result;
}
