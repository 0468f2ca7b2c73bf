#pragma once

#include "CliCommand.h"

namespace fieldday {

// Writes a clean copy of an event file: Fieldday's own schema and every sound row, with a
// report of what was left out and why.
class SalvageCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("salvage"); }
    QString summary() const override
    {
        return QStringLiteral("Write a clean copy of an event file, without what it should not "
                              "hold.");
    }
    QStringList positionals() const override
    {
        return {QStringLiteral("FILE"), QStringLiteral("OUT")};
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
