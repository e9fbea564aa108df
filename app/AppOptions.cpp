#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace wl::app {

namespace {

bool parsePort(const QString& text, quint16& port) {
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    port = static_cast<quint16>(value);
    return true;
}

} // namespace

bool AppOptions::parse(const QStringList& rawArguments, AppOptions& options, QString& message,
                       int& exitCode) {
    // QCommandLineParser has no optional values: a bare --demo means --demo=5.
    QStringList arguments;
    for (const QString& argument : rawArguments)
        arguments.append(argument == QLatin1String("--demo") ? QStringLiteral("--demo=5")
                                                             : argument);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("WedLive Switcher: live vision mixer for weddings and events."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run without windows; log camera status."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Start N synthetic cameras (default 5) that publish "
                       "to this app over loopback RTMP."),
        QStringLiteral("N"));
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       QStringLiteral("Folder of event.json and the API token."),
                                       QStringLiteral("dir"));
    const QCommandLineOption recordingsDir(QStringLiteral("recordings-dir"),
                                           QStringLiteral("Folder for recordings."),
                                           QStringLiteral("dir"));
    const QCommandLineOption rtmpPort(
        QStringLiteral("rtmp-port"),
        QStringLiteral("RTMP ingest port (default 1935, 0 = any free)."), QStringLiteral("port"));
    const QCommandLineOption httpPort(QStringLiteral("http-port"),
                                      QStringLiteral("HTTP port (default 8080, 0 = any free)."),
                                      QStringLiteral("port"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("Address to listen on (default: all)."),
                                  QStringLiteral("address"));
    const QCommandLineOption apiToken(QStringLiteral("api-token"),
                                      QStringLiteral("Bearer token for /api/ (default: generated "
                                                     "once and stored in the config folder)."),
                                      QStringLiteral("token"));
    parser.addOptions(
        {headless, demo, configDir, recordingsDir, rtmpPort, httpPort, bind, apiToken});

    if (!parser.parse(arguments)) {
        message = parser.errorText() + QStringLiteral("\n\n") + parser.helpText();
        exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        message = parser.helpText();
        exitCode = 0;
        return false;
    }
    if (parser.isSet(version)) {
        message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                  QCoreApplication::applicationVersion();
        exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        message =
            QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first());
        exitCode = 2;
        return false;
    }

    auto fail = [&](const QString& text) {
        message = text;
        exitCode = 2;
        return false;
    };

    options.headless = parser.isSet(headless);
    SessionSettings& session = options.session;
    if (parser.isSet(demo)) {
        bool ok = false;
        session.demoCameras = parser.value(demo).toInt(&ok);
        if (!ok || session.demoCameras < 1 || session.demoCameras > 5)
            return fail(QStringLiteral("--demo takes a number of cameras from 1 to 5"));
    }
    session.configDir = parser.isSet(configDir)
                            ? QDir(parser.value(configDir)).absolutePath()
                            : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (parser.isSet(recordingsDir)) {
        session.recordingsDir = QDir(parser.value(recordingsDir)).absolutePath();
    } else {
        const QString videos = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
        session.recordingsDir =
            QDir(videos.isEmpty() ? QDir::homePath() : videos).filePath(QStringLiteral("WedLive"));
    }
    options.recordingsDirGiven = parser.isSet(recordingsDir);
    options.rtmpPortGiven = parser.isSet(rtmpPort);
    options.httpPortGiven = parser.isSet(httpPort);
    if (parser.isSet(rtmpPort) && !parsePort(parser.value(rtmpPort), session.rtmpPort))
        return fail(QStringLiteral("--rtmp-port takes a port number from 0 to 65535"));
    if (parser.isSet(httpPort) && !parsePort(parser.value(httpPort), session.httpPort))
        return fail(QStringLiteral("--http-port takes a port number from 0 to 65535"));
    if (parser.isSet(bind)) {
        QHostAddress address;
        if (!address.setAddress(parser.value(bind)))
            return fail(QStringLiteral("--bind takes an IP address, e.g. 0.0.0.0 or 127.0.0.1"));
        session.bindAddress = address;
    }
    if (parser.isSet(apiToken)) {
        session.apiToken = parser.value(apiToken);
        if (session.apiToken.size() < 8)
            return fail(QStringLiteral("--api-token must be at least 8 characters"));
    }
    return true;
}

} // namespace wl::app
