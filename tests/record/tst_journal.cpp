#include <cerrno>

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "RecordTestSupport.h"
#include "record/JournalEvents.h"
#include "record/JournalReader.h"
#include "record/JournalWriter.h"
#include "record/TakeJournal.h"

using namespace wl;
using namespace wl::record;
using namespace wl::record::test;

namespace {

// 2024-06-01T14:03:12.433Z
constexpr std::int64_t kWallUs = 1'717'250'592'433'000;

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

switcher::SwitcherEvent switcherEvent(switcher::SwitcherEvent::Type type, std::int64_t frame) {
    switcher::SwitcherEvent event;
    event.type = type;
    event.at = switcher::ProgramTime{frame, frame * 33'333};
    return event;
}

// Three events: the journal of a short session.
QByteArray threeLines(const QString& path) {
    auto writer = JournalWriter::open(path);
    if (!writer)
        return {};
    for (int i = 0; i < 3; ++i) {
        if (!writer->append(JournalEvents::statusChanged(i * 1000, QStringLiteral("stream"),
                                                         QStringLiteral("state %1").arg(i)),
                            kWallUs + i * 1000))
            return {};
    }
    return readAll(path);
}

} // namespace

// session.jsonl: written a whole line and a sync at a time, read back line by line, torn last
// lines reported and cut, corruption named by its line.
class TestJournal : public QObject {
    Q_OBJECT

private slots:
    void everyEventTypeRoundTrips() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        auto writer = JournalWriter::open(path);
        QVERIFY(writer);

        RecordingSettings settings;
        settings.eventTitle = QStringLiteral("Anna & Ben");
        auto cut = switcherEvent(switcher::SwitcherEvent::Type::Switch, 1200);
        cut.from = switcher::SourceRef::camera(QStringLiteral("cam1"));
        cut.to = switcher::SourceRef::camera(QStringLiteral("cam3"));
        cut.transition.type = switcher::TransitionType::Dip;
        cut.transition.durationMs = 800;
        cut.reason = QStringLiteral("take");
        auto ftb = switcherEvent(switcher::SwitcherEvent::Type::FadeToBlack, 1300);
        ftb.on = true;
        ftb.transition.durationMs = 1000;
        auto pause = switcherEvent(switcher::SwitcherEvent::Type::Paused, 1400);
        pause.from = cut.to;
        pause.to = switcher::SourceRef::slate();
        auto resume = switcherEvent(switcher::SwitcherEvent::Type::Resumed, 1500);
        resume.from = pause.to;
        resume.to = cut.to;
        const std::vector<JournalEntry> entries{
            TakeJournal::sessionStart(0, kWallUs, settings),
            JournalEvents::cameraOnline(10, QStringLiteral("cam1"), QStringLiteral("Altar")),
            JournalEvents::fromSwitcher(cut),
            JournalEvents::fromSwitcher(ftb),
            JournalEvents::fromSwitcher(pause),
            JournalEvents::fromSwitcher(resume),
            JournalEvents::cameraOffline(20, QStringLiteral("cam1"), QStringLiteral("timeout")),
            JournalEvents::statusChanged(30, QStringLiteral("stream"), QStringLiteral("live")),
        };
        for (std::size_t i = 0; i < entries.size(); ++i) {
            QVERIFY(writer->append(entries[i], kWallUs + entries[i].sessionUs));
            // On disk at once, whole: one complete line per event, nothing buffered.
            const QByteArray bytes = readAll(path);
            QCOMPARE(bytes.count('\n'), static_cast<qsizetype>(i + 1));
            QVERIFY(bytes.endsWith('\n'));
        }

        auto read = JournalReader::readFile(path);
        QVERIFY(read);
        QVERIFY(!read->torn);
        QCOMPARE(read->records.size(), entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i) {
            QCOMPARE(read->records[i].event, entries[i].event);
            QCOMPARE(read->records[i].line, static_cast<int>(i + 1));
        }
        const QJsonObject start = read->records[0].object;
        QCOMPARE(start.value(QStringLiteral("wall_time")).toString(),
                 QStringLiteral("2024-06-01T14:03:12.433Z"));
        QCOMPARE(start.value(QStringLiteral("clock_origin_unix_us")).toInteger(), kWallUs);
        QCOMPARE(start.value(QStringLiteral("event_title")).toString(), settings.eventTitle);

        const QJsonObject sw = read->ofType(QStringLiteral("switch")).at(0).object;
        QCOMPARE(sw.value(QStringLiteral("from")).toString(), QStringLiteral("cam1"));
        QCOMPARE(sw.value(QStringLiteral("to")).toString(), QStringLiteral("cam3"));
        QCOMPARE(sw.value(QStringLiteral("transition")).toString(), QStringLiteral("dip"));
        QCOMPARE(sw.value(QStringLiteral("duration_ms")).toInt(), 800);
        QCOMPARE(sw.value(QStringLiteral("program_frame")).toInteger(), 1200);
        QCOMPARE(sw.value(QStringLiteral("session_us")).toInteger(), 1200 * 33'333);
        QCOMPARE(sw.value(QStringLiteral("wall_time")).toString(),
                 JournalEntry::isoWallTime(kWallUs + 1200 * 33'333));
        QCOMPARE(sw.value(QStringLiteral("reason")).toString(), QStringLiteral("take"));

        const QJsonObject black = read->ofType(QStringLiteral("ftb")).at(0).object;
        QCOMPARE(black.value(QStringLiteral("on")).toBool(), true);
        QCOMPARE(black.value(QStringLiteral("program_frame")).toInteger(), 1300);
        const QJsonObject paused = read->ofType(QStringLiteral("pause")).at(0).object;
        QCOMPARE(paused.value(QStringLiteral("to")).toString(), QStringLiteral("slate"));
        const QJsonObject resumed = read->ofType(QStringLiteral("resume")).at(0).object;
        QCOMPARE(resumed.value(QStringLiteral("to")).toString(), QStringLiteral("cam3"));
        QCOMPARE(read->ofType(QStringLiteral("camera_online"))
                     .at(0)
                     .object.value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Altar"));
        QCOMPARE(read->ofType(QStringLiteral("camera_offline"))
                     .at(0)
                     .object.value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(read->ofType(QStringLiteral("status_changed"))
                     .at(0)
                     .object.value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("live"));
    }

    void aTornLastLineIsReportedWhereverItIsCut() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        const QByteArray whole = threeLines(path);
        QCOMPARE(whole.count('\n'), 3);
        const qsizetype lastBegin = whole.lastIndexOf('\n', whole.size() - 2) + 1;

        for (qsizetype cut = lastBegin; cut <= whole.size(); ++cut) {
            auto read = JournalReader::parse(whole.left(cut), QStringLiteral("session.jsonl"));
            QVERIFY2(read, qPrintable(QString::number(cut)));
            const bool mid = cut > lastBegin && cut < whole.size();
            QCOMPARE(read->records.size(), std::size_t{mid ? 2u : (cut == lastBegin ? 2u : 3u)});
            QCOMPARE(read->records.back().object.value(QStringLiteral("state")).toString(),
                     mid || cut == lastBegin ? QStringLiteral("state 1")
                                             : QStringLiteral("state 2"));
            QCOMPARE(read->torn.has_value(), mid);
            if (mid) {
                QCOMPARE(read->torn->line, 3);
                QCOMPARE(read->torn->bytes, cut - lastBegin);
            }
        }

        // The file itself cut mid-line, as a crash leaves it.
        QVERIFY(QFile::resize(path, lastBegin + 17));
        auto read = JournalReader::readFile(path);
        QVERIFY(read);
        QCOMPARE(read->records.size(), std::size_t{2});
        QVERIFY(read->torn.has_value());
        QCOMPARE(read->torn->bytes, 17);
    }

    void reopeningCutsTheTornLineBeforeAppending() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        const QByteArray whole = threeLines(path);
        const qsizetype lastBegin = whole.lastIndexOf('\n', whole.size() - 2) + 1;
        QVERIFY(QFile::resize(path, lastBegin + 9));

        auto writer = JournalWriter::open(path);
        QVERIFY(writer);
        QCOMPARE(writer->tornBytesRemoved(), 9);
        QVERIFY(writer->append(
            JournalEvents::statusChanged(5000, QStringLiteral("stream"), QStringLiteral("ended")),
            kWallUs + 5000));
        auto read = JournalReader::readFile(path);
        QVERIFY(read);
        QVERIFY(!read->torn);
        QCOMPARE(read->records.size(), std::size_t{3});
        QCOMPARE(read->records[2].object.value(QStringLiteral("state")).toString(),
                 QStringLiteral("ended"));
        QCOMPARE(readAll(path).left(lastBegin), whole.left(lastBegin));
    }

    void aCorruptCompleteLineIsAnErrorNamingIt() {
        const QByteArray good = R"({"event":"switch","to":"cam2"})";
        for (const QByteArray& bad :
             {QByteArray("not json"), QByteArray(R"({"to":"cam2"})"), QByteArray(R"([1,2])"),
              QByteArray(R"({"event":3})"), QByteArray(R"({"event":"x")")}) {
            auto read = JournalReader::parse(good + "\n\n" + bad + '\n' + good + '\n',
                                             QStringLiteral("session.jsonl"));
            QVERIFY2(!read, bad.constData());
            QCOMPARE(read.error().code, ErrorCode::ConfigInvalid);
            QCOMPARE(read.error().context, std::string("session.jsonl:3"));
        }
        auto missing = JournalReader::readFile(QStringLiteral("/nonexistent/session.jsonl"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void aFailedAppendLeavesTheJournalAsItWas() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        bool full = false;
        auto writer = JournalWriter::open(
            path, [&full](const QString&, std::int64_t, std::size_t) { return full ? ENOSPC : 0; });
        QVERIFY(writer);
        QVERIFY(writer->append(QByteArray(R"({"event":"a"})")));
        const QByteArray before = readAll(path);
        full = true;
        auto failed = writer->append(QByteArray(R"({"event":"b"})"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::IoFailure);
        QCOMPARE(failed.error().context, path.toStdString());
        QCOMPARE(readAll(path), before);
        full = false;
        QVERIFY(writer->append(QByteArray(R"({"event":"c"})")));
        auto read = JournalReader::readFile(path);
        QVERIFY(read);
        QCOMPARE(read->records.size(), std::size_t{2});
        QCOMPARE(read->records[1].event, QStringLiteral("c"));
    }

    void theRecorderJournalsTheSessionFromItsStart() {
        RecorderHarness harness;
        Recorder& recorder = harness.start();
        const std::int64_t onlineUs = harness.clock.nowUs();
        QVERIFY(recorder.journal(JournalEvents::cameraOnline(onlineUs, QStringLiteral("cam2"),
                                                             QStringLiteral("Aisle"))));
        QVERIFY(waitFor([&] { return readAll(recorder.journalPath()).contains("camera_online"); },
                        5000));
        harness.thread.stop(); // the Session ends: session_end closes the journal

        auto read = JournalReader::readFile(recorder.journalPath());
        QVERIFY(read);
        QVERIFY(!read->torn);
        QCOMPARE(read->records.size(), std::size_t{3});
        const QJsonObject start = read->records[0].object;
        QCOMPARE(read->records[0].event, QStringLiteral("session_start"));
        QCOMPARE(start.value(QStringLiteral("clock_origin_unix_us")).toInteger(),
                 harness.clock.wallClockAtOriginUs());
        QCOMPARE(start.value(QStringLiteral("clock_origin_wall_time")).toString(),
                 JournalEntry::isoWallTime(harness.clock.wallClockAtOriginUs()));
        const QJsonObject online = read->records[1].object;
        QCOMPARE(online.value(QStringLiteral("camera")).toString(), QStringLiteral("cam2"));
        QCOMPARE(online.value(QStringLiteral("session_us")).toInteger(), onlineUs);
        QCOMPARE(online.value(QStringLiteral("wall_time")).toString(),
                 JournalEntry::isoWallTime(harness.clock.toWallClockUs(onlineUs)));
        QCOMPARE(read->records[2].event, QStringLiteral("session_end"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
