#include "MainWindow.h"
#include "StartupProbe.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --version and --help print and quit: they need no display (a server, a package check).
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if ((arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    // The application name stays the executable's: the event file's lock relies on it.
    QApplication::setOrganizationName(QStringLiteral("Fieldday"));
    QApplication::setApplicationVersion(QStringLiteral(FIELDDAY_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Fieldday"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/fieldday/icons/fieldday.svg")));
    QApplication::setDesktopFileName(QStringLiteral("fieldday"));
    fieldday::Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan an event day of site visits."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption probe(
        QStringLiteral("startup-probe"),
        QApplication::translate("main", "Time the first paint and search, then quit."));
    parser.addOption(probe);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The event file to open."));
    parser.process(app);

    auto *window = new fieldday::MainWindow;
    window->show();
    if (!parser.positionalArguments().isEmpty())
        window->openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(probe))
        new fieldday::StartupProbe(window, sinceStart);
    return app.exec();
}
