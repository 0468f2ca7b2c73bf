#pragma once

#include "CliCommand.h"

namespace fieldday {

class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Import participants from a booking export (CSV).");
    }
    QStringList positionals() const override
    {
        return {QStringLiteral("FILE"), QStringLiteral("CSV")};
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
