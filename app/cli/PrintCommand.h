#pragma once

#include "CliCommand.h"

namespace fieldday {

// roster, daysheet, manifest and badges: the printed documents, written as PDF.
class PrintCommand : public CliCommand
{
public:
    enum class Document
    {
        Roster,
        DaySheet,
        Manifest,
        Badges
    };
    explicit PrintCommand(Document document) : m_document(document) {}

    QString name() const override;
    QString summary() const override;
    QStringList positionals() const override { return {QStringLiteral("FILE")}; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
    bool needsGui() const override { return true; }

private:
    Document m_document;
};

} // namespace fieldday
