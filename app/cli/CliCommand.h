#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace fieldday {

// Where a command writes: tests give it buffers, the executable gives it stdout and stderr.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    // Set when a command read an event file without rows it could not trust: the command's
    // work is done, but problems were found (exit 1, docs/cli.md).
    bool rowsLeftOut = false;
};

// Exit codes are part of the CLI contract (docs/cli.md).
enum CliExit
{
    ExitOk = 0,
    ExitProblems = 1,
    ExitBadInput = 2
};

// One `fieldday-cli` command. Commands throw Error for bad input; Cli reports it.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments, as shown in the usage line, e.g. {"FILE", "OUT"}.
    virtual QStringList positionals() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser); }
    // Printing and photos need Qt Gui (fonts, images); no display is needed for them.
    virtual bool needsGui() const { return false; }
    virtual int run(const QCommandLineParser &parser, CliContext &context) const = 0;
};

} // namespace fieldday
