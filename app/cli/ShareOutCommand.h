#pragma once

#include "CliCommand.h"

namespace fieldday {

// shareout: the reconvene's slide deck (16:9 PDF) of what the groups chose to share.
class ShareOutCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("shareout"); }
    QString summary() const override
    {
        return QStringLiteral("Write the share-out deck (16:9 PDF): each group's chosen finds.");
    }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    bool needsGui() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
