#pragma once

#include "CliCommand.h"

namespace fieldday {

class AllocateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("allocate"); }
    QString summary() const override
    {
        return QStringLiteral("Put booked people in groups by their ranked choices.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
