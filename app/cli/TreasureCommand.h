#pragma once

#include "CliCommand.h"

namespace fieldday {

// treasure add | list: the groups' treasure log (photos, quotes, observations).
class TreasureCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("treasure"); }
    QString summary() const override
    {
        return QStringLiteral("Add to a group's treasure log (photos, quotes, notes), or list it.");
    }
    QStringList positionals() const override
    {
        return {QStringLiteral("add|list"), QStringLiteral("FILE")};
    }
    bool needsGui() const override { return true; } // decoding photos (QImage)
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;

private:
    int add(const QCommandLineParser &parser, CliContext &context) const;
    int list(const QCommandLineParser &parser, CliContext &context) const;
};

} // namespace fieldday
