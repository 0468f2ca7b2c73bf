#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace fieldday {

class EventFile;
class SqliteStatement;

// Per person, the values an import last brought in: what the next import of a booking export
// compares with, to tell a change in the file from an organiser's correction in Fieldday
// (docs/file-format.md). Values are text as the import compares them, one per column of
// columns(); a missing value (nullopt) is one to take from the person as they are. A person
// added by an import has no row until their first change, when the schema's trigger keeps
// their values from before it. record() writes into the caller's WriteTransaction.
class ImportBaselineRepository
{
public:
    using Values = QList<std::optional<QString>>; // parallel to columns()

    explicit ImportBaselineRepository(EventFile &file);
    ~ImportBaselineRepository();

    // "given_name", …, "notes", "choices", "destination".
    static const QStringList &columns();

    // The person's values last imported; nullopt if none ever were (an older file, someone
    // added by hand).
    std::optional<Values> find(qint64 participantId) const;
    // Records what an import brought in: the given values replace the earlier ones, a missing
    // value keeps what was there.
    void record(qint64 participantId, const Values &values);
    // Puts a person's baseline back as it was (undo of an import): nullopt removes it.
    void restore(qint64 participantId, const std::optional<Values> &values);

private:
    EventFile &m_file;
    std::unique_ptr<SqliteStatement> m_record; // bound straight to SQLite: once a person imported
};

} // namespace fieldday
