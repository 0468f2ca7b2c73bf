#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace fieldday {

bool Translations::install(QCoreApplication *app, const QLocale &locale)
{
    // Owned by the application: translators must live as long as it does.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("fieldday"), QStringLiteral("_"),
                   QStringLiteral(":/fieldday/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace fieldday
