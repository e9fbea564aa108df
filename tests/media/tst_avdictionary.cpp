#include <utility>

#include <QTest>

#include "media/AvDictionary.h"

using wl::media::AvDictionary;

class TestAvDictionary : public QObject {
    Q_OBJECT

private slots:
    void holdsOptionsInOrder() {
        AvDictionary dictionary(
            wl::media::MediaOptions{{"movflags", "+faststart"}, {"rw_timeout", "3000000"}});
        QVERIFY(!dictionary.isEmpty());
        const auto keys = dictionary.keys();
        QCOMPARE(keys.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(keys[0]), QStringLiteral("movflags"));
        QCOMPARE(QString::fromStdString(keys[1]), QStringLiteral("rw_timeout"));
        const AVDictionaryEntry* entry = av_dict_get(*dictionary.slot(), "rw_timeout", nullptr, 0);
        QVERIFY(entry != nullptr);
        QCOMPARE(QString::fromUtf8(entry->value), QStringLiteral("3000000"));
    }

    void reportsWhatLibavLeftUnused() {
        AvDictionary dictionary(wl::media::MediaOptions{{"threads", "2"}, {"no_such_option", "1"}});
        const AVCodec* codec = avcodec_find_decoder(AV_CODEC_ID_H264);
        const wl::media::AvCodecContextPtr context(avcodec_alloc_context3(codec));
        QVERIFY(avcodec_open2(context.get(), codec, dictionary.slot()) >= 0);
        const auto keys = dictionary.keys();
        QCOMPARE(keys.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(keys[0]), QStringLiteral("no_such_option"));
    }

    void movesOwnership() {
        AvDictionary source(wl::media::MediaOptions{{"a", "1"}});
        AvDictionary target = std::move(source);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
        QVERIFY(!target.isEmpty());
        AvDictionary assigned;
        assigned = std::move(target);
        QCOMPARE(assigned.keys().size(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestAvDictionary)
#include "tst_avdictionary.moc"
