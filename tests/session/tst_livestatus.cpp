#include <QTest>

#include "session/LiveStatus.h"

using wl::LiveStatus;
using Action = wl::LiveStatusMachine::Action;

class TestLiveStatus : public QObject {
    Q_OBJECT

private slots:
    void followsTheEventsLife() {
        wl::LiveStatusMachine machine;
        QCOMPARE(machine.status(), LiveStatus::Waiting);
        QCOMPARE(*machine.apply(Action::Start), LiveStatus::Live);
        QCOMPARE(*machine.apply(Action::Pause), LiveStatus::Paused);
        QCOMPARE(*machine.apply(Action::Resume), LiveStatus::Live);
        QCOMPARE(*machine.apply(Action::Pause), LiveStatus::Paused);
        QCOMPARE(*machine.apply(Action::End), LiveStatus::Ended);
    }

    void refusesMovesThatMakeNoSense_data() {
        QTest::addColumn<QList<int>>("before");
        QTest::addColumn<int>("action");
        QTest::newRow("pause while waiting") << QList<int>{} << int(Action::Pause);
        QTest::newRow("resume while live") << QList<int>{int(Action::Start)} << int(Action::Resume);
        QTest::newRow("start twice") << QList<int>{int(Action::Start)} << int(Action::Start);
        QTest::newRow("end while waiting") << QList<int>{} << int(Action::End);
        QTest::newRow("start after end")
            << QList<int>{int(Action::Start), int(Action::End)} << int(Action::Start);
    }

    void refusesMovesThatMakeNoSense() {
        QFETCH(QList<int>, before);
        QFETCH(int, action);
        wl::LiveStatusMachine machine;
        for (int step : before)
            QVERIFY(machine.apply(Action(step)).hasValue());
        const LiveStatus was = machine.status();
        const auto result = machine.apply(Action(action));
        QVERIFY(!result);
        QCOMPARE(result.error().code, wl::ErrorCode::Conflict);
        QVERIFY(QString::fromStdString(result.error().message).contains(wl::liveStatusName(was)));
        QCOMPARE(machine.status(), was);
    }

    void parsesActionNames() {
        QCOMPARE(*wl::LiveStatusMachine::parseAction(QStringLiteral("resume")), Action::Resume);
        QVERIFY(!wl::LiveStatusMachine::parseAction(QStringLiteral("explode")));
    }
};

QTEST_APPLESS_MAIN(TestLiveStatus)
#include "tst_livestatus.moc"
