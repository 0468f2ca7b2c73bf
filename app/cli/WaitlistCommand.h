#pragma once

#include "CliCommand.h"

namespace fieldday {

// The people without a group, and filling a group's free places from them.
class WaitlistCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("waitlist"); }
    QString summary() const override
    {
        return QStringLiteral("People without a group; fill a group's free places from them.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
