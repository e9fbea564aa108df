#include <memory>
#include <string>

#include <QTest>

#include "common/Expected.h"

namespace {

wl::Expected<int> parsePositive(int value) {
    if (value <= 0)
        return wl::makeError(wl::ErrorCode::InvalidArgument, "not positive", "parsePositive");
    return value;
}

} // namespace

class TestExpected : public QObject {
    Q_OBJECT

private slots:
    void carriesAValue() {
        const auto result = parsePositive(4);
        QVERIFY(result.hasValue());
        QCOMPARE(*result, 4);
    }

    void carriesAnError() {
        const auto result = parsePositive(-1);
        QVERIFY(!result);
        QCOMPARE(result.error().code, wl::ErrorCode::InvalidArgument);
        QCOMPARE(QString::fromStdString(result.error().toString()),
                 QStringLiteral("invalid_argument: not positive (parsePositive)"));
    }

    void wrapsContextOutsideIn() {
        const wl::Error inner = wl::makeError(wl::ErrorCode::IoFailure, "disk full", "write");
        const wl::Error outer = inner.wrapped("recorder cam1");
        QCOMPARE(QString::fromStdString(outer.context), QStringLiteral("recorder cam1: write"));
        QCOMPARE(outer.code, wl::ErrorCode::IoFailure);
    }

    void holdsMoveOnlyValues() {
        wl::Expected<std::unique_ptr<int>> result(std::make_unique<int>(9));
        std::unique_ptr<int> taken = std::move(result).value();
        QCOMPARE(*taken, 9);
    }

    void voidSpecialisation() {
        wl::Expected<void> ok;
        QVERIFY(ok.hasValue());
        wl::Expected<void> failed = wl::makeError(wl::ErrorCode::Timeout, "late");
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, wl::ErrorCode::Timeout);
    }
};

QTEST_APPLESS_MAIN(TestExpected)
#include "tst_expected.moc"
