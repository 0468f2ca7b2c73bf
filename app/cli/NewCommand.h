#pragma once

#include "CliCommand.h"

namespace fieldday {

class NewCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override { return QStringLiteral("Create a new event file."); }
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace fieldday
