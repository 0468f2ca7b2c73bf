#pragma once

#include "CliCommand.h"

namespace fieldday {

class InfoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return QStringLiteral("Show the event, its destinations and participant counts.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
