#pragma once

#include <QLocale>

class QCoreApplication;

namespace wl::widgets {

// Loads the UI translation for a locale from the translations built into the library.
class Translations {
public:
    // Returns whether a translation for `locale` was found and installed on `app`.
    static bool install(QCoreApplication& app, const QLocale& locale = QLocale::system());
};

} // namespace wl::widgets
