#pragma once

// What the benchmarks share: CPU and memory of processes from /proc and getrusage, running the
// ffmpeg CLI, and the test clip every camera publishes.
#include <sys/resource.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace wl::bench {

inline double childCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of a running process, from /proc.
inline double processCpuSeconds(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(file.readAll());
    const QStringList fields =
        text.mid(text.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

// utime + stime of every live thread of a process, summed per thread name ("wl-dec-cam1", …).
inline QMap<QString, double> threadCpuSeconds(qint64 pid) {
    QMap<QString, double> byName;
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLatin1(file.readAll());
        const qsizetype open = text.indexOf(QLatin1Char('('));
        const qsizetype close = text.lastIndexOf(QLatin1Char(')'));
        const QStringList fields = text.mid(close + 2).split(QLatin1Char(' '));
        byName[text.mid(open + 1, close - open - 1)] +=
            (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
    }
    return byName;
}

inline double peakRssMb(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB"))
                           .match(QString::fromLatin1(file.readAll()));
    return match.captured(1).toDouble() / 1024.0;
}

inline bool run(const QString& program, const QStringList& arguments, int timeoutMs = 900000) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

// A clip as a live encoder makes it (H.264 high, no B-frames, 2 s GOP, AAC), made once.
inline bool makeClip(const QString& path, const QString& size, int fps, int seconds) {
    if (QFile::exists(path))
        return true;
    return run(QStringLiteral("ffmpeg"),
               {"-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                QStringLiteral("testsrc2=size=%1:rate=%2").arg(size).arg(fps),
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=48000",
                "-t",
                QString::number(seconds),
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-tune",
                "zerolatency",
                "-profile:v",
                "high",
                "-b:v",
                "4500k",
                "-g",
                QString::number(fps * 2),
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-b:a",
                "128k",
                path});
}

// Starts the headless app on free loopback ports and reads its banner; ports are 0 on failure.
struct StartedApp {
    quint16 rtmpPort = 0;
    quint16 httpPort = 0;
    QString banner;
};

inline StartedApp startApp(QProcess& wedlive, const QString& binary, const QStringList& extra) {
    wedlive.setProcessChannelMode(QProcess::SeparateChannels);
    wedlive.start(binary, QStringList{"--headless", "--bind", "127.0.0.1", "--rtmp-port", "0",
                                      "--http-port", "0"} +
                              extra);
    StartedApp app;
    QElapsedTimer startup;
    startup.start();
    // The banner ends with one line per camera slot.
    while (app.banner.count(QStringLiteral("key ")) < 5 && startup.elapsed() < 15000) {
        wedlive.waitForReadyRead(200);
        app.banner += QString::fromUtf8(wedlive.readAllStandardOutput());
    }
    app.rtmpPort = QRegularExpression(QStringLiteral("rtmp://[^:]+:(\\d+)/live"))
                       .match(app.banner)
                       .captured(1)
                       .toUShort();
    app.httpPort = QRegularExpression(QStringLiteral("http://127.0.0.1:(\\d+)/"))
                       .match(app.banner)
                       .captured(1)
                       .toUShort();
    return app;
}

} // namespace wl::bench
