#include <cerrno>

#include <QTest>

#include "media/AvError.h"
#include "media/LibAv.h"

using namespace wl::media;

class TestAvError : public QObject {
    Q_OBJECT

private slots:
    void namesTheMacros() {
        QCOMPARE(kAvErrorEof, AVERROR_EOF);
        QCOMPARE(kAvErrorAgain, AVERROR(EAGAIN));
        QCOMPARE(kAvErrorExit, AVERROR_EXIT);
        QCOMPARE(kNoPts, std::int64_t(AV_NOPTS_VALUE));
    }

    void carriesTextCodeAndContext() {
        const wl::Error error = avError(AVERROR_INVALIDDATA, "Decoder::send");
        QCOMPARE(error.code, wl::ErrorCode::CodecFailure);
        QCOMPARE(QString::fromStdString(error.context), QStringLiteral("Decoder::send"));
        const QString message = QString::fromStdString(error.message);
        QVERIFY2(message.contains("Invalid data"), qPrintable(message));
        QVERIFY2(message.contains(QString::number(AVERROR_INVALIDDATA)), qPrintable(message));
    }

    void classifiesWellKnownErrors() {
        QCOMPARE(avError(AVERROR(ETIMEDOUT), "x").code, wl::ErrorCode::Timeout);
        QCOMPARE(avError(AVERROR_EXIT, "x").code, wl::ErrorCode::Unavailable);
        QCOMPARE(avError(AVERROR(ECONNREFUSED), "x").code, wl::ErrorCode::IoFailure);
        QCOMPARE(avError(AVERROR(ENOENT), "x").code, wl::ErrorCode::NotFound);
        QCOMPARE(avError(AVERROR_DECODER_NOT_FOUND, "x").code, wl::ErrorCode::Unsupported);
        QCOMPARE(avError(AVERROR_EOF, "x", wl::ErrorCode::IoFailure).code,
                 wl::ErrorCode::IoFailure);
    }

    void describesUnknownCodes() {
        QVERIFY(!avErrorText(-123456).empty());
        QVERIFY(QString::fromStdString(avErrorText(AVERROR(EAGAIN))).contains("temporarily"));
    }
};

QTEST_GUILESS_MAIN(TestAvError)
#include "tst_averror.moc"
