#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include "WidgetsLog.h"

namespace wl::widgets {

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
