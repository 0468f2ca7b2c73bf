#pragma once

#include "CliCommand.h"

namespace fieldday {

class MergeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override
    {
        return QStringLiteral("Merge the changes of a shared copy back into the event.");
    }
    QStringList positionals() const override
    {
        return {QStringLiteral("FILE"), QStringLiteral("COPY")};
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
