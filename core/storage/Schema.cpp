#include "Schema.h"

#include "Error.h"
#include "SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

// Step N takes a file from version N-1 to N. Never edit a released step: add a new one.
const QList<QList<QString>> &steps()
{
    static const QList<QList<QString>> all = {
        // 1: the event day.
        {
            uR"(CREATE TABLE place (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                postcode TEXT NOT NULL DEFAULT '',
                area TEXT NOT NULL DEFAULT '',
                latitude REAL,
                longitude REAL,
                step_free TEXT NOT NULL DEFAULT 'unknown' CHECK (step_free IN ('yes','no','unknown')),
                notes TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE event (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                title TEXT NOT NULL,
                date TEXT NOT NULL,
                time_zone TEXT NOT NULL DEFAULT 'Europe/London',
                hub_place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
                day_start TEXT,
                day_end TEXT,
                organisers TEXT NOT NULL DEFAULT '',
                partners TEXT NOT NULL DEFAULT '',
                contact_email TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE theme (
                position INTEGER PRIMARY KEY,
                name TEXT NOT NULL))"_s,
            uR"(CREATE TABLE sector (
                position INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE))"_s,
            uR"(CREATE TABLE destination (
                id INTEGER PRIMARY KEY,
                position INTEGER NOT NULL DEFAULT 0,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                host_organisation TEXT NOT NULL DEFAULT '',
                host_contact_name TEXT NOT NULL DEFAULT '',
                host_contact_email TEXT NOT NULL DEFAULT '',
                host_contact_phone TEXT NOT NULL DEFAULT '',
                place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
                activity TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                min_size INTEGER NOT NULL DEFAULT 0 CHECK (min_size >= 0),
                max_size INTEGER NOT NULL DEFAULT 0 CHECK (max_size >= min_size),
                visit_start TEXT,
                visit_end TEXT,
                colour TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE group_lead (
                id INTEGER PRIMARY KEY,
                destination_id INTEGER NOT NULL REFERENCES destination(id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                name TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE participant (
                id INTEGER PRIMARY KEY,
                given_name TEXT NOT NULL,
                family_name TEXT NOT NULL,
                email TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                organisation TEXT NOT NULL DEFAULT '',
                role TEXT NOT NULL DEFAULT '',
                sector TEXT NOT NULL DEFAULT '',
                access_needs TEXT NOT NULL DEFAULT '',
                needs_step_free INTEGER NOT NULL DEFAULT 0 CHECK (needs_step_free IN (0,1)),
                dietary_needs TEXT NOT NULL DEFAULT '',
                emergency_contact TEXT NOT NULL DEFAULT '',
                consent_share_contact INTEGER NOT NULL DEFAULT 0 CHECK (consent_share_contact IN (0,1)),
                consent_photos INTEGER NOT NULL DEFAULT 0 CHECK (consent_photos IN (0,1)),
                status TEXT NOT NULL DEFAULT 'booked'
                    CHECK (status IN ('booked','waitlisted','cancelled','attended','no_show')),
                booking_ref TEXT NOT NULL DEFAULT '',
                booking_source TEXT NOT NULL DEFAULT '',
                booked_at TEXT,
                checked_in_at TEXT,
                notes TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX participant_email ON participant(email COLLATE NOCASE)"_s,
            uR"(CREATE TABLE participant_choice (
                participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
                rank INTEGER NOT NULL CHECK (rank >= 1),
                destination_id INTEGER NOT NULL REFERENCES destination(id) ON DELETE CASCADE,
                PRIMARY KEY (participant_id, rank),
                UNIQUE (participant_id, destination_id)) WITHOUT ROWID)"_s,
            u"CREATE INDEX participant_choice_destination ON participant_choice(destination_id)"_s,
            uR"(CREATE TABLE assignment (
                participant_id INTEGER PRIMARY KEY REFERENCES participant(id) ON DELETE CASCADE,
                destination_id INTEGER NOT NULL REFERENCES destination(id) ON DELETE CASCADE,
                pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0,1))))"_s,
            u"CREATE INDEX assignment_destination ON assignment(destination_id)"_s,
            uR"(CREATE TABLE transport_leg (
                id INTEGER PRIMARY KEY,
                destination_id INTEGER NOT NULL REFERENCES destination(id) ON DELETE CASCADE,
                direction TEXT NOT NULL CHECK (direction IN ('out','back')),
                position INTEGER NOT NULL DEFAULT 0,
                mode TEXT NOT NULL CHECK (mode IN
                    ('coach','minibus','tram','train','bus','taxi','walk','car_share')),
                from_place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
                to_place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
                departs TEXT,
                arrives TEXT,
                seats INTEGER CHECK (seats IS NULL OR seats >= 0),
                operator TEXT NOT NULL DEFAULT '',
                booking_ref TEXT NOT NULL DEFAULT '',
                step_free TEXT NOT NULL DEFAULT 'unknown' CHECK (step_free IN ('yes','no','unknown')),
                lead_phone TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE reconvene (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
                start TEXT,
                end TEXT))"_s,
            uR"(CREATE TABLE reconvene_item (
                id INTEGER PRIMARY KEY,
                position INTEGER NOT NULL DEFAULT 0,
                title TEXT NOT NULL,
                start TEXT,
                end TEXT,
                description TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE agenda_item (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                start TEXT,
                end TEXT,
                place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
                destination_id INTEGER REFERENCES destination(id) ON DELETE CASCADE,
                notes TEXT NOT NULL DEFAULT ''))"_s,
        },
        // 2: keep-together sets for the allocation, and per-event settings.
        {
            uR"(CREATE TABLE keep_together (
                set_id INTEGER NOT NULL,
                participant_id INTEGER NOT NULL UNIQUE REFERENCES participant(id) ON DELETE CASCADE,
                PRIMARY KEY (set_id, participant_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE setting (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL) WITHOUT ROWID)"_s,
        },
        // 3: per person, the values last imported (what a re-import compares with, so that an
        // organiser's correction is never overwritten silently). An import writes the values
        // it brings in to people already there; for everyone else, the values before their
        // first change are kept by the trigger, so adding people writes nothing more. Without a
        // row (a file from before, someone never changed), current values count as last
        // imported.
        {
            uR"(CREATE TABLE import_baseline (
                participant_id INTEGER PRIMARY KEY REFERENCES participant(id) ON DELETE CASCADE,
                given_name TEXT,
                family_name TEXT,
                email TEXT,
                phone TEXT,
                organisation TEXT,
                role TEXT,
                sector TEXT,
                access_needs TEXT,
                needs_step_free TEXT,
                dietary_needs TEXT,
                emergency_contact TEXT,
                consent_share_contact TEXT,
                consent_photos TEXT,
                status TEXT,
                booking_ref TEXT,
                booking_source TEXT,
                booked_at TEXT,
                checked_in_at TEXT,
                notes TEXT,
                choices TEXT,
                destination TEXT))"_s,
            uR"(CREATE TRIGGER import_baseline_before_first_change
                BEFORE UPDATE ON participant
                WHEN NOT EXISTS (SELECT 1 FROM import_baseline WHERE participant_id = old.id)
                BEGIN
                    INSERT INTO import_baseline (participant_id, given_name, family_name, email,
                        phone, organisation, role, sector, access_needs, needs_step_free,
                        dietary_needs, emergency_contact, consent_share_contact, consent_photos,
                        status, booking_ref, booking_source, booked_at, checked_in_at, notes,
                        choices)
                    VALUES (old.id, old.given_name, old.family_name, old.email, old.phone,
                        old.organisation, old.role, old.sector, old.access_needs,
                        CASE old.needs_step_free WHEN 1 THEN 'yes' ELSE 'no' END,
                        old.dietary_needs, old.emergency_contact,
                        CASE old.consent_share_contact WHEN 1 THEN 'yes' ELSE 'no' END,
                        CASE old.consent_photos WHEN 1 THEN 'yes' ELSE 'no' END,
                        old.status, old.booking_ref, old.booking_source,
                        coalesce(old.booked_at, ''), coalesce(old.checked_in_at, ''), old.notes,
                        coalesce((SELECT group_concat(destination_id) FROM
                            (SELECT destination_id FROM participant_choice
                             WHERE participant_id = old.id ORDER BY rank)), ''));
                END)"_s,
        },
        // 4: the treasure log (Photovoice), the research questions and the findings.
        {
            // AUTOINCREMENT: a removed question's id is never given to another, so what
            // spoke to it never silently speaks to a new question (links have no foreign key,
            // so undoing a removal brings them back).
            uR"(CREATE TABLE research_question (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                position INTEGER NOT NULL DEFAULT 0,
                text TEXT NOT NULL))"_s,
            // A group with treasure cannot be removed (no ON DELETE): what a group found is
            // not lost with a change to the plan.
            uR"(CREATE TABLE treasure_item (
                id INTEGER PRIMARY KEY,
                destination_id INTEGER NOT NULL REFERENCES destination(id),
                type TEXT NOT NULL CHECK (type IN ('photo','quote','observation')),
                finder_participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
                finder_lead TEXT NOT NULL DEFAULT '',
                found_at TEXT,
                place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
                text TEXT NOT NULL DEFAULT '',
                caption TEXT NOT NULL DEFAULT '',
                see TEXT NOT NULL DEFAULT '',
                happening TEXT NOT NULL DEFAULT '',
                our_lives TEXT NOT NULL DEFAULT '',
                why TEXT NOT NULL DEFAULT '',
                action TEXT NOT NULL DEFAULT '',
                share_out INTEGER NOT NULL DEFAULT 0 CHECK (share_out IN (0,1)),
                in_report INTEGER NOT NULL DEFAULT 0 CHECK (in_report IN (0,1)),
                consent TEXT NOT NULL DEFAULT 'none' CHECK (consent IN ('none','room','publish')),
                credit INTEGER NOT NULL DEFAULT 0 CHECK (credit IN (0,1)),
                identifiable TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (identifiable IN ('unknown','nobody','named'))))"_s,
            u"CREATE INDEX treasure_item_destination ON treasure_item(destination_id)"_s,
            u"CREATE INDEX treasure_item_finder ON treasure_item(finder_participant_id)"_s,
            u"CREATE INDEX treasure_item_place ON treasure_item(place_id)"_s,
            // The image in a table of its own, its bytes the last column: listing the log
            // never reads them, and reading width or height never walks the image's pages.
            uR"(CREATE TABLE treasure_photo (
                item_id INTEGER PRIMARY KEY REFERENCES treasure_item(id) ON DELETE CASCADE,
                width INTEGER NOT NULL CHECK (width > 0),
                height INTEGER NOT NULL CHECK (height > 0),
                source_name TEXT NOT NULL DEFAULT '',
                source_sha256 TEXT NOT NULL DEFAULT '',
                jpeg BLOB NOT NULL))"_s,
            u"CREATE INDEX treasure_photo_source ON treasure_photo(source_sha256)"_s,
            uR"(CREATE TABLE treasure_theme (
                item_id INTEGER NOT NULL REFERENCES treasure_item(id) ON DELETE CASCADE,
                theme TEXT NOT NULL COLLATE NOCASE,
                PRIMARY KEY (item_id, theme)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE treasure_question (
                item_id INTEGER NOT NULL REFERENCES treasure_item(id) ON DELETE CASCADE,
                question_id INTEGER NOT NULL,
                PRIMARY KEY (item_id, question_id)) WITHOUT ROWID)"_s,
            // Who can be recognised in a photo. A person removed from the event leaves a NULL
            // behind: someone is in the photo whose consent can no longer be checked.
            uR"(CREATE TABLE treasure_person (
                id INTEGER PRIMARY KEY,
                item_id INTEGER NOT NULL REFERENCES treasure_item(id) ON DELETE CASCADE,
                participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL))"_s,
            u"CREATE INDEX treasure_person_item ON treasure_person(item_id)"_s,
            u"CREATE INDEX treasure_person_participant ON treasure_person(participant_id)"_s,
            uR"(CREATE TABLE finding (
                id INTEGER PRIMARY KEY,
                position INTEGER NOT NULL DEFAULT 0,
                title TEXT NOT NULL,
                text TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE finding_question (
                finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
                question_id INTEGER NOT NULL,
                PRIMARY KEY (finding_id, question_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE finding_item (
                finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
                item_id INTEGER NOT NULL REFERENCES treasure_item(id) ON DELETE CASCADE,
                PRIMARY KEY (finding_id, item_id)) WITHOUT ROWID)"_s,
            u"CREATE INDEX finding_item_item ON finding_item(item_id)"_s,
        },
        // Copies shared with other organisers and merged back (docs/file-format.md, "Shared
        // copies"). These tables describe this file, not the event: a merge never compares them.
        {
            // This file's place among the copies of its event: the event's identity (the same
            // in the original and every copy of it), the range its new rows take ids from
            // (0 in an original), and, in a copy, the sharing it came from.
            uR"(CREATE TABLE replica (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                event_uid TEXT NOT NULL,
                id_space INTEGER NOT NULL DEFAULT 0 CHECK (id_space BETWEEN 0 AND 8191),
                sharing_uid TEXT,
                copy_name TEXT NOT NULL DEFAULT '',
                shared_at TEXT))"_s,
            u"INSERT INTO replica (id, event_uid) VALUES (1, lower(hex(randomblob(16))))"_s,
            // In an original: each copy it shared.
            uR"(CREATE TABLE sharing (
                uid TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                id_space INTEGER NOT NULL UNIQUE CHECK (id_space BETWEEN 1 AND 8191),
                shared_at TEXT NOT NULL,
                merged_at TEXT,
                merges INTEGER NOT NULL DEFAULT 0))"_s,
            // The shared state of each (what the copy held when it was shared or last
            // merged), a compressed SQLite database, in parts: with photos it outgrows what
            // one value may hold (SharedState).
            uR"(CREATE TABLE sharing_state (
                sharing_uid TEXT NOT NULL REFERENCES sharing(uid) ON DELETE CASCADE,
                part INTEGER NOT NULL CHECK (part >= 0),
                bytes BLOB NOT NULL,
                PRIMARY KEY (sharing_uid, part)) WITHOUT ROWID)"_s,
            // A row of a copy that became a row of the original under another id (the same
            // new person added on both sides): every later merge of that copy maps it again.
            uR"(CREATE TABLE sharing_id (
                sharing_uid TEXT NOT NULL REFERENCES sharing(uid) ON DELETE CASCADE,
                table_name TEXT NOT NULL,
                copy_id INTEGER NOT NULL,
                original_id INTEGER NOT NULL,
                PRIMARY KEY (sharing_uid, table_name, copy_id)) WITHOUT ROWID)"_s,
        },
        // Every change saved in a shared copy leaves a token there; a merge remembers the
        // copy's last one. A file that lacks it is not the copy merged before but a file made
        // from it (a plain file copy) and changed beside it: its merge would undo its twin's
        // changes, and their new rows share ids (docs/file-format.md, "Shared copies").
        {
            uR"(CREATE TABLE replica_edit (
                seq INTEGER PRIMARY KEY,
                token TEXT NOT NULL))"_s,
            u"ALTER TABLE sharing ADD COLUMN merged_token TEXT"_s,
        },
    };
    return all;
}

} // namespace

int Schema::currentVersion()
{
    return int(steps().size());
}

void Schema::migrate(QSqlDatabase &db, int fromVersion, int toVersion)
{
    if (toVersion < 0)
        toVersion = currentVersion();
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        sql::exec(db, u"BEGIN IMMEDIATE"_s);
        try {
            for (const QString &statement : steps().at(version - 1))
                sql::exec(db, statement);
            // PRAGMA takes no bound parameters; the value is our own integer.
            sql::exec(db, u"PRAGMA user_version = "_s + QString::number(version));
            sql::exec(db, u"COMMIT"_s);
        } catch (...) {
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            throw;
        }
    }
}

} // namespace fieldday
