#pragma once

#include "CliCommand.h"

namespace fieldday {

class ShareCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("share"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Share a copy of the event with another organiser, to merge back later.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
