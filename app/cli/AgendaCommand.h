#pragma once

#include "CliCommand.h"

namespace fieldday {

class AgendaCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("agenda"); }
    QString summary() const override
    {
        return QStringLiteral("The day's timeline, as text or as a calendar file (.ics).");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
