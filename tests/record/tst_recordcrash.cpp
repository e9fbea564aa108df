#include <csignal>
#include <sys/types.h>

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include "RecordTestSupport.h"
#include "record/JournalReader.h"

using namespace wl;
using namespace wl::record;
using namespace wl::record::test;

// A recorder process killed with SIGKILL mid-recording leaves fragmented files that open and
// hold all but the last ~2 s of what it was given, and a journal that reads back.
class TestRecordCrash : public QObject {
    Q_OBJECT

private slots:
    void aKilledRecorderLosesAtMostTheLastTwoSeconds() {
        QTemporaryDir clips;
        QTemporaryDir root;
        QVERIFY(clips.isValid() && root.isValid());
        const QString clip = clips.filePath(QStringLiteral("cam.flv"));
        QVERIFY(makeFlv(clip, 4.0));

        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(WEDLIVE_RECORD_CRASH_HELPER), {clip, root.path()});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QElapsedTimer waiting;
        waiting.start();
        while (!child.canReadLine() && waiting.elapsed() < 30000 &&
               child.state() == QProcess::Running)
            child.waitForReadyRead(200);
        const QString line = QString::fromLocal8Bit(child.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("recording ")),
                 qPrintable(line + QString::fromLocal8Bit(child.readAllStandardError())));
        QElapsedTimer recording;
        recording.start();
        const QString eventFolder = line.mid(10);

        // Long enough for several fragments, then no chance to close anything.
        QTest::qWait(5000);
        const double elapsedSeconds = static_cast<double>(recording.elapsed()) / 1000.0;
        QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        for (const QString& name :
             {QStringLiteral("cam1_Altar.mp4"), QStringLiteral("program.mp4")}) {
            const QString path = QDir(eventFolder).filePath(name);
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            // Still the growing file: no rewrite had begun, nothing replaced it.
            QVERIFY(topLevelBoxes(path).contains(QStringLiteral("moof")));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".finishing")));
            const QJsonObject probe = ffprobe(path);
            QVERIFY2(!probe.isEmpty(), "ffprobe cannot open the crashed recording");
            QCOMPARE(probeStream(probe, QStringLiteral("video"))
                         .value(QStringLiteral("codec_name"))
                         .toString(),
                     QStringLiteral("h264"));
            QVERIFY(!probeTimecode(probe).isEmpty());
            const double video = probeMediaSeconds(path, QStringLiteral("video"));
            const double audio = probeMediaSeconds(path, QStringLiteral("audio"));
            const QString report = QStringLiteral("%1: %2 s video, %3 s audio after %4 s")
                                       .arg(name)
                                       .arg(video)
                                       .arg(audio)
                                       .arg(elapsedSeconds);
            qInfo("%s", qPrintable(report));
            QVERIFY2(video >= elapsedSeconds - 2.5, qPrintable(report));
            QVERIFY2(audio >= elapsedSeconds - 2.5, qPrintable(report));
            // Nothing more than was handed over (the first packet came just before the line).
            QVERIFY2(video <= elapsedSeconds + 0.5, qPrintable(report));
        }

        auto journal = JournalReader::readFile(QDir(eventFolder).filePath("session.jsonl"));
        QVERIFY2(journal, journal ? "" : journal.error().toString().c_str());
        QVERIFY(!journal->records.empty());
        QCOMPARE(journal->records.front().event, QStringLiteral("session_start"));
        const auto starts = journal->ofType(QStringLiteral("record_start"));
        QCOMPARE(starts.size(), std::size_t{1});
        QCOMPARE(starts[0].object.value(QStringLiteral("files")).toArray().size(), 2);
        QVERIFY(journal->ofType(QStringLiteral("record_stop")).empty());
    }
};

QTEST_GUILESS_MAIN(TestRecordCrash)
#include "tst_recordcrash.moc"
