#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include "WidgetsLog.h"

namespace wl::widgets {

QList<Translations::Language> Translations::languages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("hi"), QStringLiteral("हिन्दी")},
            {QStringLiteral("ta"), QStringLiteral("தமிழ்")}};
}

QLocale Translations::localeFor(const QString& languageCode) {
    return languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
}

bool Translations::install(QCoreApplication& app, const QLocale& locale) {
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("wedlive"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        qCDebug(lcWidgets) << "no translation for" << locale.name() << "; using English";
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace wl::widgets
