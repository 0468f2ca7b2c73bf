#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The application name stays the executable's: the event file's lock relies on it.
    QApplication::setOrganizationName(QStringLiteral("Fieldday"));
    QApplication::setApplicationVersion(QStringLiteral(FIELDDAY_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Fieldday"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan an event day of site visits."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The event file to open."));
    parser.process(app);

    auto *window = new fieldday::MainWindow;
    window->show();
    if (!parser.positionalArguments().isEmpty())
        window->openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
