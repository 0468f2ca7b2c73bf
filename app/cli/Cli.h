#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace fieldday {

// The command-line front end: `fieldday-cli COMMAND [OPTIONS] ARGS`.
class Cli
{
public:
    Cli();
    ~Cli();

    // `arguments` excludes the program name. Returns the process exit code.
    int run(const QStringList &arguments, CliContext &context) const;
    // Whether the command needs Qt Gui: main.cpp asks before it makes the application.
    bool needsGui(const QString &command) const;

private:
    void printUsage(QTextStream &stream) const;
    const CliCommand *find(const QString &name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace fieldday
