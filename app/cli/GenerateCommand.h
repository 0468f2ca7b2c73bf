#pragma once

#include "CliCommand.h"

namespace fieldday {

class GenerateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override
    {
        return QStringLiteral("Create a synthetic event for tests and benchmarks.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
