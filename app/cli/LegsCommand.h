#pragma once

#include "CliCommand.h"

namespace fieldday {

class LegsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("legs"); }
    QString summary() const override
    {
        return QStringLiteral("The transport legs with who travels on each.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
