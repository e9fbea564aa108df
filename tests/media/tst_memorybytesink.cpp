// MemoryByteSink: bytes kept in memory for muxing into buffers, handed out piece by piece.
#include <cstring>

#include <QTest>

#include "media/MemoryByteSink.h"

using namespace wl;

namespace {

std::span<const std::uint8_t> bytes(const char* text) {
    return {reinterpret_cast<const std::uint8_t*>(text), std::strlen(text)};
}

} // namespace

class TestMemoryByteSink : public QObject {
    Q_OBJECT

private slots:
    void writesSeeksBackAndTakesPieces() {
        media::MemoryByteSink sink;
        QVERIFY(sink.write(bytes("....moof")).hasValue());
        QCOMPARE(sink.position(), std::int64_t{8});
        // A muxer patches a size it wrote earlier, then continues at the end.
        QVERIFY(sink.seek(0).hasValue());
        QVERIFY(sink.write(bytes("0008")).hasValue());
        QVERIFY(sink.seek(8).hasValue());
        QVERIFY(sink.write(bytes("mdat")).hasValue());
        QCOMPARE(sink.size(), std::int64_t{12});
        QCOMPARE(sink.take(), QByteArray("0008moofmdat"));
        QCOMPARE(sink.pending(), qsizetype{0});

        // Positions keep counting across pieces; what was taken can no longer be reached.
        QVERIFY(sink.write(bytes("next")).hasValue());
        QCOMPARE(sink.position(), std::int64_t{16});
        QCOMPARE(sink.size(), std::int64_t{16});
        const auto behind = sink.seek(4);
        QVERIFY(!behind.hasValue());
        QCOMPARE(behind.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!sink.seek(17).hasValue());
        QVERIFY(sink.seek(14).hasValue());
        QVERIFY(sink.write(bytes("XT!")).hasValue());
        QCOMPARE(sink.take(), QByteArray("neXT!"));
    }

    void growsForLargeWrites() {
        media::MemoryByteSink sink;
        const QByteArray block(100000, 'x');
        for (int i = 0; i < 20; ++i)
            QVERIFY(sink.write({reinterpret_cast<const std::uint8_t*>(block.constData()),
                                static_cast<std::size_t>(block.size())})
                        .hasValue());
        const QByteArray all = sink.take();
        QCOMPARE(all.size(), qsizetype{2000000});
        QCOMPARE(all.count('x'), qsizetype{2000000});
    }
};

QTEST_GUILESS_MAIN(TestMemoryByteSink)
#include "tst_memorybytesink.moc"
