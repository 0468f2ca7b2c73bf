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
    // The source text is English without plural forms ("%n people" would read "1 people"):
    // its plurals come from an English translation that finishes only those, under any
    // language that does not translate them. (Not named fieldday_en: the locale search below
    // would take it for every English locale.)
    auto *plurals = new QTranslator(app);
    if (plurals->load(QStringLiteral(":/fieldday/i18n/plurals_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
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
