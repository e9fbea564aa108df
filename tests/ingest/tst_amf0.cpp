#include <QTest>

#include "RtmpTestSupport.h"
#include "ingest/rtmp/Amf0Reader.h"
#include "ingest/rtmp/Amf0Writer.h"

using namespace rtmptest;

namespace {

Bytes encode(const Amf0Value& value) {
    Bytes out;
    Amf0Writer(out).write(value);
    return out;
}

wl::Expected<Amf0Value> decode(const Bytes& bytes, Amf0Limits limits = {}) {
    Amf0Reader reader(bytes, limits);
    return reader.read();
}

Amf0Value sampleConnectObject() {
    return Amf0Value::object()
        .add("app", Amf0Value::string("live"))
        .add("type", Amf0Value::string("nonprivate"))
        .add("flashVer", Amf0Value::string("FMLE/3.0 (compatible; FMSc/1.0)"))
        .add("tcUrl", Amf0Value::string("rtmp://127.0.0.1/live"))
        .add("fourCcList",
             Amf0Value::strictArray({Amf0Value::string("hvc1"), Amf0Value::string("av01")}))
        .add("videoFunction", Amf0Value::number(1))
        .add("fpad", Amf0Value::boolean(false))
        .add("nested", Amf0Value::ecmaArray().add("when", Amf0Value::date(1.5e12, -60)))
        .add("nothing", Amf0Value::null())
        .add("unset", Amf0Value::undefined());
}

// Wraps `inner` in `depth` objects.
Bytes nestedObjects(std::size_t depth) {
    Bytes bytes;
    for (std::size_t i = 0; i < depth; ++i)
        append(bytes, {0x03, 0x00, 0x01, 'a'});
    bytes.push_back(0x05);
    for (std::size_t i = 0; i < depth; ++i)
        append(bytes, {0x00, 0x00, 0x09});
    return bytes;
}

} // namespace

class TestAmf0 : public QObject {
    Q_OBJECT

private slots:
    void encodesKnownBytes() {
        QCOMPARE(hexOf(encode(Amf0Value::number(1.0))),
                 hexOf({0x00, 0x3F, 0xF0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(hexOf(encode(Amf0Value::boolean(true))), hexOf({0x01, 0x01}));
        QCOMPARE(hexOf(encode(Amf0Value::string("ab"))), hexOf({0x02, 0x00, 0x02, 'a', 'b'}));
        QCOMPARE(hexOf(encode(Amf0Value::object().add("x", Amf0Value::null()))),
                 hexOf({0x03, 0x00, 0x01, 'x', 0x05, 0x00, 0x00, 0x09}));
        QCOMPARE(hexOf(encode(Amf0Value::ecmaArray().add("x", Amf0Value::undefined()))),
                 hexOf({0x08, 0, 0, 0, 1, 0x00, 0x01, 'x', 0x06, 0x00, 0x00, 0x09}));
        QCOMPARE(hexOf(encode(Amf0Value::strictArray({Amf0Value::null()}))),
                 hexOf({0x0A, 0, 0, 0, 1, 0x05}));
        const Bytes longString = encode(Amf0Value::string(std::string(70000, 'z')));
        QCOMPARE(hexOf(Bytes(longString.begin(), longString.begin() + 5)),
                 hexOf({0x0C, 0x00, 0x01, 0x11, 0x70}));
    }

    void roundTripsEveryType() {
        const Amf0Value original = sampleConnectObject();
        const auto decoded = decode(encode(original));
        QVERIFY(decoded.hasValue());
        QVERIFY(*decoded == original);
        // Properties keep their wire order.
        QCOMPARE(QString::fromStdString(decoded->properties()[3].name), QStringLiteral("tcUrl"));
        QCOMPARE(decoded->property("nested")->property("when")->timezone(), std::int16_t{-60});
        QCOMPARE(decoded->property("fourCcList")->elements()[1].asString(), std::string("av01"));
        const auto longText = decode(encode(Amf0Value::string(std::string(70000, 'z'))));
        QVERIFY(longText.hasValue());
        QCOMPARE(longText->asString().size(), std::size_t{70000});
    }

    void readsFfmpegStyleMetadata() {
        // @setDataFrame-style ECMA array as FFmpeg writes it, and one without its end marker.
        Bytes bytes = {0x08, 0,    0,   0,   2,    0x00, 0x05, 'w', 'i',  'd',  't', 'h', 0x00,
                       0x40, 0x64, 0,   0,   0,    0,    0,    0,   0x00, 0x07, 'e', 'n', 'c',
                       'o',  'd',  'e', 'r', 0x02, 0x00, 0x01, 'L', 0x00, 0x00, 0x09};
        auto value = decode(bytes);
        QVERIFY(value.hasValue());
        QCOMPARE(value->type(), Amf0Type::EcmaArray);
        QCOMPARE(value->property("width")->asNumber(), 160.0);
        QCOMPARE(value->stringProperty("encoder"), std::string("L"));
        bytes.resize(bytes.size() - 3);
        value = decode(bytes);
        QVERIFY(value.hasValue());
        QCOMPARE(value->properties().size(), std::size_t{2});
    }

    void everyTruncationIsAnError() {
        const Bytes full = encode(sampleConnectObject());
        for (std::size_t length = 0; length < full.size(); ++length) {
            const auto value = decode(Bytes(full.begin(), full.begin() + std::ptrdiff_t(length)));
            QVERIFY2(!value, qPrintable(QString::number(length)));
            QCOMPARE(value.error().code, wl::ErrorCode::ProtocolViolation);
            QVERIFY(value.error().context.rfind("amf0 offset ", 0) == 0);
        }
    }

    void rejectsBadMarkers_data() {
        QTest::addColumn<Bytes>("bytes");
        QTest::addColumn<int>("code");
        const int violation = int(wl::ErrorCode::ProtocolViolation);
        const int unsupported = int(wl::ErrorCode::Unsupported);
        QTest::newRow("movie clip") << Bytes{0x04} << violation;
        QTest::newRow("record set") << Bytes{0x0E} << violation;
        QTest::newRow("object end alone") << Bytes{0x09} << violation;
        QTest::newRow("beyond the table") << Bytes{0x42} << violation;
        QTest::newRow("reference") << Bytes{0x07, 0x00, 0x00} << unsupported;
        QTest::newRow("typed object") << Bytes{0x10, 0x00, 0x01, 'T'} << unsupported;
        QTest::newRow("avmplus switch") << Bytes{0x11, 0x01} << unsupported;
        QTest::newRow("bad marker inside object")
            << Bytes{0x03, 0x00, 0x01, 'a', 0x0E, 0x00, 0x00, 0x09} << violation;
        QTest::newRow("object without end") << Bytes{0x03, 0x00, 0x01, 'a', 0x05} << violation;
        QTest::newRow("empty") << Bytes{} << violation;
    }

    void rejectsBadMarkers() {
        QFETCH(Bytes, bytes);
        QFETCH(int, code);
        const auto value = decode(bytes);
        QVERIFY(!value);
        QCOMPARE(int(value.error().code), code);
    }

    void rejectsAbsurdLengths_data() {
        QTest::addColumn<Bytes>("bytes");
        QTest::newRow("string") << Bytes{0x02, 0xFF, 0xFF, 'a', 'b'};
        QTest::newRow("long string") << Bytes{0x0C, 0xFF, 0xFF, 0xFF, 0xFF, 'a'};
        QTest::newRow("strict array") << Bytes{0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x05, 0x05};
        QTest::newRow("property name") << Bytes{0x03, 0xFF, 0xF0, 'a'};
        QTest::newRow("ecma count only") << Bytes{0x08, 0xFF, 0xFF};
    }

    void rejectsAbsurdLengths() {
        QFETCH(Bytes, bytes);
        const auto value = decode(bytes);
        QVERIFY(!value);
        QCOMPARE(value.error().code, wl::ErrorCode::ProtocolViolation);
    }

    void limitsNestingAndValueCount() {
        QVERIFY(decode(nestedObjects(32)).hasValue());
        const auto tooDeep = decode(nestedObjects(33));
        QVERIFY(!tooDeep);
        QCOMPARE(tooDeep.error().code, wl::ErrorCode::LimitExceeded);
        const auto veryDeep = decode(nestedObjects(100000)); // must not overflow the stack
        QCOMPARE(veryDeep.error().code, wl::ErrorCode::LimitExceeded);
        Bytes manyNulls = {0x0A, 0x00, 0x00, 0x10, 0x00};
        manyNulls.resize(manyNulls.size() + 0x1000, 0x05);
        QVERIFY(decode(manyNulls).hasValue());
        const auto tooMany = decode(manyNulls, Amf0Limits{32, 100});
        QCOMPARE(tooMany.error().code, wl::ErrorCode::LimitExceeded);
    }

    void readsSequencesOfValues() {
        Bytes bytes = encode(Amf0Value::string("publish"));
        append(bytes, encode(Amf0Value::number(5)));
        append(bytes, encode(Amf0Value::null()));
        Amf0Reader reader(bytes);
        const auto values = reader.readAll();
        QVERIFY(values.hasValue());
        QCOMPARE(values->size(), std::size_t{3});
        QVERIFY(reader.atEnd());
        QCOMPARE(reader.offset(), bytes.size());
    }

    void parsesAndEncodesCommands() {
        CommandMessage connect{"connect", 1, sampleConnectObject(), {}};
        RtmpMessage message = connect.toMessage(3, 0);
        QCOMPARE(message.typeId, std::uint8_t{20});
        auto parsed = CommandMessage::parse(message);
        QVERIFY(parsed.hasValue());
        QCOMPARE(parsed->name, std::string("connect"));
        QCOMPARE(parsed->transactionId, 1.0);
        QVERIFY(parsed->commandObject == sampleConnectObject());

        // AMF3 command message (type 17): a leading format byte 0, then AMF0.
        CommandMessage publish{"publish",
                               5,
                               Amf0Value::null(),
                               {Amf0Value::string("cam1"), Amf0Value::string("live")}};
        RtmpMessage amf3;
        amf3.typeId = 17;
        amf3.payload = {0x00};
        append(amf3.payload, publish.encode());
        parsed = CommandMessage::parse(amf3);
        QVERIFY(parsed.hasValue());
        QCOMPARE(parsed->firstStringArgument(), std::string("cam1"));
        QCOMPARE(parsed->arguments.size(), std::size_t{2});

        RtmpMessage nameless;
        nameless.typeId = 20;
        nameless.payload = encode(Amf0Value::number(3));
        QCOMPARE(CommandMessage::parse(nameless).error().code, wl::ErrorCode::ProtocolViolation);
        RtmpMessage broken;
        broken.typeId = 20;
        broken.payload = {0x02, 0x00, 0x09, 'c'};
        QVERIFY(!CommandMessage::parse(broken));
    }

    void controlMessagesRoundTrip() {
        const std::vector<ControlMessage> messages = {
            ControlMessage(SetChunkSize{4096}),
            ControlMessage(AbortMessage{7}),
            ControlMessage(Acknowledgement{0xFFFFFFF0}),
            ControlMessage(UserControl{UserControlEvent::PingRequest, 1234, 0}),
            ControlMessage(UserControl{UserControlEvent::SetBufferLength, 1, 3000}),
            ControlMessage(WindowAckSize{2500000}),
            ControlMessage(SetPeerBandwidth{2500000, PeerBandwidthLimit::Dynamic}),
        };
        for (const ControlMessage& message : messages) {
            const RtmpMessage encoded = message.encode();
            QCOMPARE(encoded.chunkStreamId, 2u);
            QCOMPARE(encoded.streamId, 0u);
            const auto parsed = ControlMessage::parse(encoded);
            QVERIFY(parsed.hasValue());
            QCOMPARE(parsed->body().index(), message.body().index());
            QVERIFY(parsed->encode().payload == encoded.payload);
        }
        const RtmpMessage peer =
            ControlMessage(SetPeerBandwidth{2500000, PeerBandwidthLimit::Dynamic}).encode();
        QCOMPARE(hexOf(peer.payload), hexOf({0x00, 0x26, 0x25, 0xA0, 0x02}));
        RtmpMessage truncated;
        truncated.typeId = 5;
        truncated.payload = {0, 0, 1};
        QCOMPARE(ControlMessage::parse(truncated).error().code, wl::ErrorCode::ProtocolViolation);
    }
};

QTEST_GUILESS_MAIN(TestAmf0)
#include "tst_amf0.moc"
