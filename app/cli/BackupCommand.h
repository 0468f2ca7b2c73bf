#pragma once

#include "CliCommand.h"

namespace fieldday {

class BackupCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return QStringLiteral("Write a consistent copy of an event file.");
    }
    QStringList positionals() const override
    {
        return {QStringLiteral("FILE"), QStringLiteral("OUT")};
    }
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
