// The LL-HLS delivery directives parser (_HLS_msn, _HLS_part, _HLS_skip) and the spec's rules
// for holding, answering and refusing a blocking playlist reload.
#include <QTest>

#include "serve/HlsBlockingRequest.h"

using namespace wl;
using wl::serve::HlsBlockingRequest;
using Decision = HlsBlockingRequest::Decision;

Q_DECLARE_METATYPE(std::optional<std::uint64_t>)
Q_DECLARE_METATYPE(std::optional<std::uint32_t>)
Q_DECLARE_METATYPE(wl::ErrorCode)

namespace {

// Segments 3..8 complete with three parts each, segment 9 open with one part, parts of 1/3 s.
output::HlsPosition liveEdge() {
    output::HlsPosition position;
    position.firstSequence = 3;
    position.lastComplete = 8;
    position.openSequence = 9;
    position.openParts = 1;
    position.completeParts = {3, 3, 3, 3, 3, 3};
    position.partTargetSeconds = 1.0 / 3;
    return position;
}

Decision decide(std::string_view query, const output::HlsPosition& position) {
    auto request = HlsBlockingRequest::parse(query);
    if (!request)
        qFatal("unexpected parse failure: %s", request.error().toString().c_str());
    return request->decide(position);
}

} // namespace

class TestHlsBlockingRequest : public QObject {
    Q_OBJECT

private slots:
    void parsesDirectives_data() {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<std::optional<std::uint64_t>>("msn");
        QTest::addColumn<std::optional<std::uint32_t>>("part");
        QTest::addColumn<bool>("skip");
        using M = std::optional<std::uint64_t>;
        using P = std::optional<std::uint32_t>;
        QTest::newRow("none") << QByteArray() << M{} << P{} << false;
        QTest::newRow("msn") << QByteArray("_HLS_msn=12") << M{12} << P{} << false;
        QTest::newRow("msn+part") << QByteArray("_HLS_msn=12&_HLS_part=3") << M{12} << P{3}
                                  << false;
        QTest::newRow("part first")
            << QByteArray("_HLS_part=0&_HLS_msn=7") << M{7} << P{0} << false;
        QTest::newRow("encoded name") << QByteArray("%5FHLS_msn=5") << M{5} << P{} << false;
        QTest::newRow("encoded value") << QByteArray("_HLS_msn=%35") << M{5} << P{} << false;
        QTest::newRow("skip") << QByteArray("_HLS_msn=1&_HLS_skip=YES") << M{1} << P{} << true;
        QTest::newRow("skip v2") << QByteArray("_HLS_skip=v2") << M{} << P{} << true;
        QTest::newRow("others ignored")
            << QByteArray("wl_session=abc&&_HLS_msn=4&x") << M{4} << P{} << false;
        QTest::newRow("unknown directive")
            << QByteArray("_HLS_msn=3&_HLS_start=1") << M{3} << P{} << false;
        QTest::newRow("big msn") << QByteArray("_HLS_msn=123456789012345678")
                                 << M{123456789012345678ULL} << P{} << false;
    }

    void parsesDirectives() {
        QFETCH(QByteArray, query);
        QFETCH(std::optional<std::uint64_t>, msn);
        QFETCH(std::optional<std::uint32_t>, part);
        QFETCH(bool, skip);
        const auto parsed = HlsBlockingRequest::parse(query.toStdString());
        QVERIFY2(parsed.hasValue(), parsed ? "" : parsed.error().toString().c_str());
        QCOMPARE(parsed->msn, msn);
        QCOMPARE(parsed->part, part);
        QCOMPARE(parsed->skip, skip);
    }

    void refusesMalformedDirectives_data() {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<wl::ErrorCode>("code");
        QTest::addColumn<QString>("message");
        const auto invalid = ErrorCode::InvalidArgument;
        QTest::newRow("part alone") << QByteArray("_HLS_part=3") << invalid << "without _HLS_msn";
        QTest::newRow("letters") << QByteArray("_HLS_msn=abc") << invalid << "decimal";
        QTest::newRow("negative") << QByteArray("_HLS_msn=-1") << invalid << "decimal";
        QTest::newRow("plus") << QByteArray("_HLS_msn=+1") << invalid << "decimal";
        QTest::newRow("empty") << QByteArray("_HLS_msn=") << invalid << "decimal";
        QTest::newRow("no value") << QByteArray("_HLS_msn") << invalid << "decimal";
        QTest::newRow("fraction") << QByteArray("_HLS_msn=1.5") << invalid << "decimal";
        QTest::newRow("overflow") << QByteArray("_HLS_msn=99999999999999999999") << invalid
                                  << "decimal";
        QTest::newRow("twice") << QByteArray("_HLS_msn=1&_HLS_msn=2") << invalid << "twice";
        QTest::newRow("part twice")
            << QByteArray("_HLS_msn=1&_HLS_part=1&_HLS_part=2") << invalid << "twice";
        QTest::newRow("huge part")
            << QByteArray("_HLS_msn=1&_HLS_part=1000001") << invalid << "out of range";
        QTest::newRow("broken escape") << QByteArray("_HLS_msn=5%") << invalid << "percent";
        QTest::newRow("bad escape") << QByteArray("_HLS_msn=%zz") << invalid << "percent";
        QTest::newRow("skip value") << QByteArray("_HLS_skip=no") << invalid << "YES or v2";
        QTest::newRow("too long") << QByteArray("a=" + QByteArray(3000, 'b'))
                                  << ErrorCode::LimitExceeded << "too long";
    }

    void refusesMalformedDirectives() {
        QFETCH(QByteArray, query);
        QFETCH(wl::ErrorCode, code);
        QFETCH(QString, message);
        const auto parsed = HlsBlockingRequest::parse(query.toStdString());
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().code, code);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(message),
                 parsed.error().message.c_str());
    }

    void holdsUntilTheSegmentOrPartExists() {
        const auto edge = liveEdge();
        QCOMPARE(decide("", edge), Decision::Ready);
        QCOMPARE(decide("_HLS_msn=8", edge), Decision::Ready); // complete
        QCOMPARE(decide("_HLS_msn=9", edge), Decision::Wait);  // being written
        QCOMPARE(decide("_HLS_msn=10", edge), Decision::Wait); // last + 2
        QCOMPARE(decide("_HLS_msn=9&_HLS_part=0", edge), Decision::Ready);
        QCOMPARE(decide("_HLS_msn=9&_HLS_part=1", edge), Decision::Wait);
        QCOMPARE(decide("_HLS_msn=8&_HLS_part=2", edge), Decision::Ready);
        // Past the last part of a complete segment = part 0 of the next, which exists.
        QCOMPARE(decide("_HLS_msn=8&_HLS_part=3", edge), Decision::Ready);
        QCOMPARE(decide("_HLS_msn=2", edge), Decision::Ready); // already left the playlist
        QCOMPARE(decide("_HLS_msn=2&_HLS_part=9", edge), Decision::Ready);
    }

    void refusesRequestsTooFarAhead() {
        const auto edge = liveEdge();
        QCOMPARE(decide("_HLS_msn=11", edge), Decision::BadRequest); // beyond last + 2
        // Advance Part Limit: 3 / PART-TARGET = 9 parts ahead of the newest one.
        QCOMPARE(decide("_HLS_msn=9&_HLS_part=9", edge), Decision::Wait);
        QCOMPARE(decide("_HLS_msn=9&_HLS_part=10", edge), Decision::BadRequest);
        QCOMPARE(decide("_HLS_msn=10&_HLS_part=8", edge), Decision::Wait);
        QCOMPARE(decide("_HLS_msn=10&_HLS_part=9", edge), Decision::BadRequest);
        auto slowParts = edge;
        slowParts.partTargetSeconds = 1.5; // a limit of 3 when parts last a second or more
        QCOMPARE(decide("_HLS_msn=9&_HLS_part=3", slowParts), Decision::Wait);
        QCOMPARE(decide("_HLS_msn=9&_HLS_part=4", slowParts), Decision::BadRequest);
    }

    void answersEverythingAfterTheEnd() {
        auto ended = liveEdge();
        ended.ended = true;
        QCOMPARE(decide("_HLS_msn=9&_HLS_part=1", ended), Decision::Ready);
        QCOMPARE(decide("_HLS_msn=500", ended), Decision::Ready);
    }

    void waitsAtTheVeryStart() {
        output::HlsPosition start;
        start.partTargetSeconds = 1.0 / 3;
        QCOMPARE(decide("_HLS_msn=0", start), Decision::Wait);
        QCOMPARE(decide("_HLS_msn=0&_HLS_part=0", start), Decision::Wait);
        QCOMPARE(decide("_HLS_msn=1", start), Decision::Wait);
        QCOMPARE(decide("_HLS_msn=2", start), Decision::BadRequest);
        start.openParts = 1;
        QCOMPARE(decide("_HLS_msn=0&_HLS_part=0", start), Decision::Ready);
    }
};

QTEST_GUILESS_MAIN(TestHlsBlockingRequest)
#include "tst_hlsblockingrequest.moc"
