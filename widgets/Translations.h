#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace wl::widgets {

// Loads the UI translation for a locale from the translations built into the library
// (:/i18n/wedlive_<lang>.qm): English, Hindi and Tamil.
class Translations {
public:
    struct Language {
        QString code;       // "en", "hi", "ta"
        QString nativeName; // how the language calls itself, shown untranslated
    };
    static QList<Language> languages();

    // Returns whether a translation for `locale` was found and installed on `app`.
    static bool install(QCoreApplication& app, const QLocale& locale = QLocale::system());
    // The locale to use for a stored choice ("" = the system's).
    static QLocale localeFor(const QString& languageCode);
};

} // namespace wl::widgets
