#include "Cli.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    // A write past a file-size limit must fail as "disk full", not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDDAY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    fieldday::CliContext context{out, err};
    return fieldday::Cli().run(QCoreApplication::arguments().mid(1), context);
}
