#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include "Translations.h"

namespace {
// Whether `text` has a letter of the Unicode block [first, last].
bool hasScript(const QString& text, char16_t first, char16_t last) {
    for (const QChar c : text) {
        if (c.unicode() >= first && c.unicode() <= last)
            return true;
    }
    return false;
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void compiledLanguagesTranslateKnownStrings_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("scriptFirst");
        QTest::addColumn<int>("scriptLast");
        QTest::newRow("Hindi") << QStringLiteral("hi") << 0x0900 << 0x097F; // Devanagari
        QTest::newRow("Tamil") << QStringLiteral("ta") << 0x0B80 << 0x0BFF; // Tamil
    }

    void compiledLanguagesTranslateKnownStrings() {
        QFETCH(QString, language);
        QFETCH(int, scriptFirst);
        QFETCH(int, scriptLast);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/wedlive_%1.qm").arg(language)));
        const struct {
            const char* context;
            const char* source;
        } known[] = {
            {"wl::widgets::SettingsDialog", "Settings"},
            {"wl::widgets::CameraSetupDialog", "Connect a camera…"},
            {"wl::widgets::ConnectCameraDialog", "Stream key"},
            {"wl::widgets::CameraTile", "LIVE"},
            {"wl::widgets::HeadphoneMonitorPanel", "Listen"},
            {"wl::widgets::LiveControls", "Go Live"}, // the main window's (merged from "ui")
            {"wl::widgets::TransitionBar", "CUT"},
        };
        for (const auto& entry : known) {
            const QString text = translator.translate(entry.context, entry.source);
            QVERIFY2(!text.isEmpty() && text != QLatin1String(entry.source), entry.source);
            QVERIFY2(hasScript(text, static_cast<char16_t>(scriptFirst),
                               static_cast<char16_t>(scriptLast)),
                     qPrintable(text));
        }
        // Placeholders survive translation.
        const QString count =
            translator.translate("wl::widgets::CameraSetupDialog", "Cameras: %1/%2").arg(3).arg(5);
        QVERIFY2(count.contains(QStringLiteral("3/5")), qPrintable(count));
    }

    void installFollowsTheLocale() {
        QVERIFY(wl::widgets::Translations::install(
            *QCoreApplication::instance(),
            wl::widgets::Translations::localeFor(QStringLiteral("ta"))));
        QVERIFY(hasScript(QCoreApplication::translate("wl::widgets::SettingsDialog", "Settings"),
                          0x0B80, 0x0BFF));
        QCOMPARE(wl::widgets::Translations::languages().size(), 3);
    }

    // Every message of the Hindi and Tamil files has a translation with the same placeholders.
    void nothingIsLeftUntranslated() {
        for (const QString& language : {QStringLiteral("hi"), QStringLiteral("ta")}) {
            QFile file(QStringLiteral(WEDLIVE_TRANSLATIONS_DIR "/wedlive_%1.ts").arg(language));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString ts = QString::fromUtf8(file.readAll());
            QVERIFY2(!ts.contains(QStringLiteral("type=\"unfinished\"")), qPrintable(language));
            static const QRegularExpression message(
                QStringLiteral("<source>(.*?)</source>\\s*<translation>(.*?)</translation>"),
                QRegularExpression::DotMatchesEverythingOption);
            static const QRegularExpression placeholder(QStringLiteral("%\\d"));
            int messages = 0;
            for (auto it = message.globalMatch(ts); it.hasNext(); ++messages) {
                const auto match = it.next();
                QStringList want;
                QStringList have;
                for (auto p = placeholder.globalMatch(match.captured(1)); p.hasNext();)
                    want << p.next().captured();
                for (auto p = placeholder.globalMatch(match.captured(2)); p.hasNext();)
                    have << p.next().captured();
                want.removeDuplicates(); // plural forms repeat the placeholders once per form
                have.removeDuplicates();
                want.sort();
                have.sort();
                QVERIFY2(want == have,
                         qPrintable(language + QStringLiteral(": ") + match.captured(1)));
            }
            QVERIFY2(messages > 50, qPrintable(QString::number(messages)));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
