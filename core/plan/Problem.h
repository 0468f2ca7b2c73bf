#pragma once

#include <QString>

namespace fieldday {

// One thing wrong (or worth knowing) about the plan, with what to fix.
struct Problem
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };
    struct Subject
    {
        QString kind; // event, destination, leg, participant, place, treasure
        qint64 id = 0;
        QString name;
    };

    Severity severity = Severity::Error;
    QString code; // stable, kebab-case: see docs/checks.md
    QString message;
    Subject subject;

    static QString severityName(Severity severity);
};

} // namespace fieldday
