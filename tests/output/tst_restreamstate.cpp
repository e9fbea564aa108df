// The restream destination's life as pure logic: backoff delays, giving up, re-enabling.
#include <QTest>

#include "output/ReconnectBackoff.h"
#include "output/RestreamStateMachine.h"

using namespace wl::output;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t kSecondUs = 1'000'000;

RestreamSettings settings(int maxFailures = 5) {
    RestreamSettings result;
    result.backoffInitial = 1000ms;
    result.backoffMax = 30000ms;
    result.maxFailures = maxFailures;
    return result;
}

} // namespace

class TestRestreamState : public QObject {
    Q_OBJECT

private slots:
    void backoffDoublesUpToTheCap() {
        ReconnectBackoff backoff(1000ms, 30000ms, 0);
        QList<long long> delays;
        for (int i = 0; i < 8; ++i)
            delays.append(backoff.failed().count());
        QCOMPARE(delays, (QList<long long>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
        QCOMPARE(backoff.consecutiveFailures(), 8);
        QVERIFY(!backoff.exhausted()); // 0 = never gives up
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(backoff.failed().count(), 30000); // no overflow after many failures
        backoff.succeeded();
        QCOMPARE(backoff.failed().count(), 1000);
    }

    void backoffIsExhaustedAfterTheLimit() {
        ReconnectBackoff backoff(500ms, 2000ms, 3);
        (void)backoff.failed();
        (void)backoff.failed();
        QVERIFY(!backoff.exhausted());
        (void)backoff.failed();
        QVERIFY(backoff.exhausted());
    }

    void firstAttemptConnectsThenGoesLive() {
        RestreamStateMachine machine(settings());
        QCOMPARE(machine.status(), RestreamStatus::Idle);
        QVERIFY(!machine.shouldConnect(false, 0)); // not wanted: stays idle
        QVERIFY(machine.shouldConnect(true, 0));
        machine.attemptStarted();
        QCOMPARE(machine.status(), RestreamStatus::Connecting);
        machine.connected(5 * kSecondUs);
        QCOMPARE(machine.status(), RestreamStatus::Live);
        QCOMPARE(machine.liveSinceUs(), 5 * kSecondUs);
        QVERIFY(!machine.shouldConnect(true, 6 * kSecondUs));
        QCOMPARE(machine.reconnects(), 0u);
    }

    void failuresWaitOutTheBackoffAndCountReconnects() {
        RestreamStateMachine machine(settings(0));
        machine.attemptStarted();
        QCOMPARE(machine.failed("Connection refused", false, 10 * kSecondUs),
                 RestreamStatus::Reconnecting);
        QCOMPARE(machine.lastError(), std::string("Connection refused"));
        QCOMPARE(machine.retryAtUs(), 11 * kSecondUs);
        QVERIFY(!machine.shouldConnect(true, 10 * kSecondUs + 999'999));
        QVERIFY(machine.shouldConnect(true, 11 * kSecondUs));
        machine.attemptStarted();
        QCOMPARE(machine.status(), RestreamStatus::Reconnecting); // a retry is a reconnect
        QCOMPARE(machine.reconnects(), 1u);
        machine.failed("Connection refused", false, 11 * kSecondUs);
        QCOMPARE(machine.retryAtUs(), 13 * kSecondUs); // 2 s now
        machine.attemptStarted();
        machine.failed("Connection refused", false, 13 * kSecondUs);
        QCOMPARE(machine.retryAtUs(), 17 * kSecondUs); // 4 s
        QCOMPARE(machine.consecutiveFailures(), 3);
        machine.attemptStarted();
        machine.connected(17 * kSecondUs);
        QCOMPARE(machine.consecutiveFailures(), 0);
        // A live connection that drops starts again from the first delay.
        machine.failed("Broken pipe", false, 100 * kSecondUs);
        QCOMPARE(machine.status(), RestreamStatus::Reconnecting);
        QCOMPARE(machine.retryAtUs(), 101 * kSecondUs);
        QCOMPARE(machine.liveSinceUs(), -1);
    }

    void tooManyFailuresGiveUpUntilReEnabled() {
        RestreamStateMachine machine(settings(3));
        std::int64_t now = 0;
        for (int i = 0; i < 2; ++i) {
            machine.attemptStarted();
            QCOMPARE(machine.failed("timeout", false, now), RestreamStatus::Reconnecting);
            now = machine.retryAtUs();
        }
        machine.attemptStarted();
        QCOMPARE(machine.failed("timeout", false, now), RestreamStatus::Failed);
        QVERIFY(!machine.shouldConnect(true, now + 3600 * kSecondUs));
        machine.stopped(); // the output going off does not clear a failure
        QCOMPARE(machine.status(), RestreamStatus::Failed);
        machine.enable();
        QCOMPARE(machine.status(), RestreamStatus::Idle);
        QCOMPARE(machine.consecutiveFailures(), 0);
        QVERIFY(machine.shouldConnect(true, now));
        machine.attemptStarted();
        QCOMPARE(machine.status(), RestreamStatus::Connecting);
    }

    void aPermanentErrorFailsAtOnce() {
        RestreamStateMachine machine(settings(30));
        machine.attemptStarted();
        QCOMPARE(machine.failed("the server refused the stream", true, 0), RestreamStatus::Failed);
        QCOMPARE(machine.lastError(), std::string("the server refused the stream"));
        QCOMPARE(machine.retryAtUs(), -1);
        QVERIFY(!machine.shouldConnect(true, 60 * kSecondUs));
    }

    void stoppingReturnsToIdleAndForgetsTheBackoff() {
        RestreamStateMachine machine(settings(0));
        machine.attemptStarted();
        machine.failed("refused", false, 0);
        machine.attemptStarted();
        machine.failed("refused", false, kSecondUs);
        machine.stopped();
        QCOMPARE(machine.status(), RestreamStatus::Idle);
        QCOMPARE(machine.retryAtUs(), -1);
        QVERIFY(machine.shouldConnect(true, kSecondUs)); // at once, not after the backoff
        machine.attemptStarted();
        QCOMPARE(machine.status(), RestreamStatus::Connecting);
        machine.failed("refused", false, 2 * kSecondUs);
        QCOMPARE(machine.retryAtUs(), 3 * kSecondUs); // from the first delay again
    }

    void statusNames() {
        QCOMPARE(restreamStatusName(RestreamStatus::Idle), std::string_view("idle"));
        QCOMPARE(restreamStatusName(RestreamStatus::Connecting), std::string_view("connecting"));
        QCOMPARE(restreamStatusName(RestreamStatus::Live), std::string_view("live"));
        QCOMPARE(restreamStatusName(RestreamStatus::Reconnecting),
                 std::string_view("reconnecting"));
        QCOMPARE(restreamStatusName(RestreamStatus::Failed), std::string_view("failed"));
    }
};

QTEST_GUILESS_MAIN(TestRestreamState)
#include "tst_restreamstate.moc"
