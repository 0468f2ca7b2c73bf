#pragma once

#include <QLocale>

class QCoreApplication;

namespace fieldday {

// Installs the app's translation for a locale (falling back to the source text, British
// English, for anything not translated) and Qt's own for its standard dialogs and buttons.
class Translations
{
public:
    // Returns true if Fieldday has a translation for the locale.
    static bool install(QCoreApplication *app, const QLocale &locale = QLocale());
};

} // namespace fieldday
