#include "Cli.h"
#include "PrintCommand.h"

#include <QGuiApplication>
#include <csignal>
#include <memory>

int main(int argc, char *argv[])
{
    // A write past a file-size limit must fail as "disk full", not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    // Printing lays out text, which needs Qt Gui; no display is needed for that.
    const bool printing =
        argc > 1 && fieldday::PrintCommand::isPrintCommand(QString::fromLocal8Bit(argv[1]));
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(printing ? new QGuiApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDDAY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    fieldday::CliContext context{out, err};
    return fieldday::Cli().run(QCoreApplication::arguments().mid(1), context);
}
