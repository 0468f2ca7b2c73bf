#pragma once

#include "CliCommand.h"

namespace fieldday {

class ParticipantsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("participants"); }
    QString summary() const override
    {
        return QStringLiteral("List participants with their choices and groups.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
