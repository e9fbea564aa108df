// Shows one set-up dialog on its own, with a throw-away event in a temporary folder:
//   wedlive_dialogs_demo connect|cameras|settings|headphones [--lang hi|ta] [--screenshot x.png]
// With --screenshot the dialog is rendered to the file (works offscreen) and the program ends.
#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "CameraSetupDialog.h"
#include "ConnectCameraDialog.h"
#include "HeadphoneMonitorPanel.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "session/NetworkAddresses.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dialog"),
                                 QStringLiteral("connect, cameras, settings or headphones"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("UI language"),
                                  QStringLiteral("code"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("render to a PNG and quit"),
                                  QStringLiteral("file"));
    parser.addOptions({lang, shot});
    parser.process(app);
    if (parser.isSet(lang))
        wl::widgets::Translations::install(
            app, wl::widgets::Translations::localeFor(parser.value(lang)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("event.json"));
    wl::EventConfig event = wl::EventConfig::createDefault();
    event.cameras.resize(3);
    event.cameras[0].name = QStringLiteral("Stage left");
    event.cameras[1].name = QStringLiteral("Aisle");
    event.cameras[2].name = QStringLiteral("Phone — balcony");
    (void)event.save(path);
    QSettings settings(dir.filePath(QStringLiteral("wedlive.ini")), QSettings::IniFormat);
    QThread audioThread;
    audioThread.setObjectName(QStringLiteral("wl-monitor"));
    audioThread.start();

    const QString which = parser.positionalArguments().value(0, QStringLiteral("cameras"));
    std::unique_ptr<QWidget> widget;
    if (which == QLatin1String("connect")) {
        widget = std::make_unique<wl::widgets::ConnectCameraDialog>(
            event.cameras[0].name, event.cameras[0].streamKey,
            QList<QHostAddress>{QHostAddress(QStringLiteral("192.168.1.23"))}, 1935);
    } else if (which == QLatin1String("settings")) {
        widget = std::make_unique<wl::widgets::SettingsDialog>(event, path, dir.path(), settings);
    } else if (which == QLatin1String("headphones")) {
        auto panel = std::make_unique<wl::widgets::HeadphoneMonitorPanel>(nullptr, audioThread);
        panel->setCameras({{QStringLiteral("cam1"), event.cameras[0].name},
                           {QStringLiteral("cam2"), event.cameras[1].name}});
        widget = std::move(panel);
    } else {
        widget = std::make_unique<wl::widgets::CameraSetupDialog>(event, path, 1935);
    }
    widget->show();
    int result = 0;
    if (parser.isSet(shot)) {
        widget->adjustSize();
        QApplication::processEvents();
        result = widget->grab().save(parser.value(shot)) ? 0 : 1;
    } else {
        result = QApplication::exec();
    }
    widget.reset();
    audioThread.quit();
    audioThread.wait();
    return result;
}
