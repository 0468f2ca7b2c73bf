#pragma once

#include "CliCommand.h"

namespace fieldday {

// report: the event report after the day, as PDF or as an editable ODT.
class ReportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Write the event report (PDF, or ODT to edit): visits, who came, "
                              "treasure, findings.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    bool needsGui() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
