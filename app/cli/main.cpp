#include "Cli.h"

#include <QGuiApplication>
#include <csignal>
#include <memory>

int main(int argc, char *argv[])
{
    // A write past a file-size limit must fail as "disk full", not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    // Printing lays out text and photos are images: both need Qt Gui, but no display.
    const fieldday::Cli cli;
    const bool gui = argc > 1 && cli.needsGui(QString::fromLocal8Bit(argv[1]));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv)
                                              : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDDAY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    fieldday::CliContext context{out, err};
    return cli.run(QCoreApplication::arguments().mid(1), context);
}
