#include "TreasureCommand.h"

#include "GroupOption.h"
#include "photos/PhotoImporter.h"
#include "plan/TreasureConsent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/TreasureRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QString optionName(const ShowedQuestion &question)
{
    return QString(question.key).replace(u'_', u'-');
}

[[noreturn]] void bad(const QString &option, const QString &message)
{
    throw Error(Error::Kind::BadInput, u"--"_s + option + u": "_s + message);
}

const Participant *participantByEmail(const EventData &event, const QString &email)
{
    for (const Participant &p : event.participants) {
        if (!p.email.isEmpty() && p.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

// The finder: a participant by e-mail, else a group lead by e-mail or by name.
void finder(const EventData &event, const QString &who, TreasureItem &item)
{
    if (const Participant *p = participantByEmail(event, who)) {
        item.finderParticipantId = p->id;
        return;
    }
    for (const Destination &d : event.destinations) {
        for (const GroupLead &lead : d.leads) {
            if ((!lead.email.isEmpty() &&
                 lead.email.compare(who.trimmed(), Qt::CaseInsensitive) == 0) ||
                lead.name.compare(who.trimmed(), Qt::CaseInsensitive) == 0) {
                item.finderLead = lead.name;
                return;
            }
        }
    }
    bad(u"by"_s, u"no participant or group lead has the e-mail \"%1\""_s.arg(who));
}

QDateTime foundAt(const EventData &event, const QString &text)
{
    const QTime time = QTime::fromString(text.trimmed(), u"HH:mm"_s);
    if (time.isValid())
        return QDateTime(event.details.date, time);
    const QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid())
        bad(u"at"_s,
            u"expected HH:MM (on the event's day) or YYYY-MM-DDTHH:MM, got \"%1\""_s.arg(text));
    return QDateTime(at.date(), at.time()); // local time of the event, as stored
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

void TreasureCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {u"group"_s, u"add: the group that found it (required); list: only this group."_s, u"G"_s});
    parser.addOption({u"photo"_s,
                      u"add: a photo, or a folder of them (searched with its subfolders); may "
                      "be repeated."_s,
                      u"P.jpg|FOLDER"_s});
    parser.addOption({u"quote"_s, u"add: someone's words."_s, u"TEXT"_s});
    parser.addOption({u"note"_s, u"add: an observation, in the finder's words."_s, u"TEXT"_s});
    parser.addOption(
        {u"by"_s, u"Who found it: a participant's or a group lead's e-mail."_s, u"EMAIL"_s});
    parser.addOption({u"caption"_s, u"The caption, in the finder's words."_s, u"TEXT"_s});
    parser.addOption({u"kind"_s,
                      u"A kind of treasure it speaks to (the event's list); may be "
                      "repeated."_s,
                      u"K"_s});
    parser.addOption({u"question"_s,
                      u"A research question it speaks to, by number; may be "
                      "repeated."_s,
                      u"N"_s});
    parser.addOption({u"share-out"_s, u"Chosen for the share-out."_s});
    parser.addOption({u"in-report"_s, u"Chosen for the event report."_s});
    parser.addOption({u"consent"_s,
                      u"The finder's consent: none (default), room (the share-out), publish "
                      "(the report too)."_s,
                      u"none|room|publish"_s});
    parser.addOption({u"credit"_s, u"The finder asked to be named beside it."_s});
    parser.addOption({u"shows"_s,
                      u"Who can be recognised in a photo: nobody, unknown (default), or the "
                      "participants' e-mails."_s,
                      u"nobody|unknown|EMAIL[,EMAIL...]"_s});
    parser.addOption(
        {u"at"_s, u"When it was found (a photo: from its EXIF)."_s, u"HH:MM|YYYY-MM-DDTHH:MM"_s});
    parser.addOption({u"place"_s, u"Where it was found: a place of the plan."_s, u"NAME"_s});
    for (const ShowedQuestion &question : showedQuestions)
        parser.addOption({optionName(question),
                          u"The answer to \"%1\""_s.arg(QString::fromLatin1(question.label)),
                          u"TEXT"_s});
    parser.addOption({u"long-edge"_s,
                      u"Photos are downscaled to this many pixels on their long edge (default: "
                      "the event's setting, 2048 unless changed)."_s,
                      u"PX"_s});
    parser.addOption({u"json"_s, u"list: print JSON instead of text."_s});
}

int TreasureCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QString action = parser.positionalArguments().at(0);
    if (action == u"add"_s)
        return add(parser, context);
    if (action == u"list"_s)
        return list(parser, context);
    throw Error(Error::Kind::BadInput, u"expected add or list, got \"%1\""_s.arg(action));
}

int TreasureCommand::add(const QCommandLineParser &parser, CliContext &context) const
{
    const int sources = int(parser.isSet(u"photo"_s)) + int(parser.isSet(u"quote"_s)) +
                        int(parser.isSet(u"note"_s));
    if (sources != 1)
        throw Error(Error::Kind::BadInput, u"add: give one of --photo, --quote or --note"_s);
    if (parser.isSet(u"json"_s))
        bad(u"json"_s, u"only with list"_s);
    if (!parser.isSet(u"group"_s))
        bad(u"group"_s, u"required: the group that found it"_s);
    const auto file =
        EventFile::open(parser.positionalArguments().at(1), EventFile::Mode::ReadWrite);
    const EventData event = EventReader::load(*file);

    TreasureItem item;
    item.destinationId = groupOption(parser, event);
    if (parser.isSet(u"by"_s))
        finder(event, parser.value(u"by"_s), item);
    item.caption = parser.value(u"caption"_s).trimmed();
    for (const QString &kind : parser.values(u"kind"_s)) {
        const auto it =
            std::find_if(event.details.themes.cbegin(), event.details.themes.cend(),
                         [&kind](const QString &theme) {
                             return theme.compare(kind.trimmed(), Qt::CaseInsensitive) == 0;
                         });
        if (it == event.details.themes.cend())
            bad(u"kind"_s, u"\"%1\" is not one of the event's kinds of treasure (%2)"_s.arg(
                               kind, event.details.themes.join(u", "_s)));
        item.themes.append(*it);
    }
    for (const QString &number : parser.values(u"question"_s)) {
        bool ok = false;
        const int n = number.toInt(&ok);
        if (!ok || n < 1 || n > event.details.questions.size())
            bad(u"question"_s, event.details.questions.isEmpty()
                                   ? u"the event has no research questions"_s
                                   : u"expected a number from 1 to %1, got \"%2\""_s
                                         .arg(event.details.questions.size())
                                         .arg(number));
        item.questionIds.append(event.details.questions[n - 1].id);
    }
    item.shareOut = parser.isSet(u"share-out"_s);
    item.inReport = parser.isSet(u"in-report"_s);
    item.credit = parser.isSet(u"credit"_s);
    if (parser.isSet(u"consent"_s) &&
        !finderConsentFromString(parser.value(u"consent"_s), &item.consent))
        bad(u"consent"_s,
            u"expected none, room or publish, got \"%1\""_s.arg(parser.value(u"consent"_s)));
    if (parser.isSet(u"shows"_s)) {
        const QString shows = parser.value(u"shows"_s).trimmed();
        if (shows.compare(u"nobody"_s, Qt::CaseInsensitive) == 0) {
            item.identifiable = Identifiable::Nobody;
        } else if (shows.compare(u"unknown"_s, Qt::CaseInsensitive) == 0) {
            item.identifiable = Identifiable::Unknown;
        } else {
            item.identifiable = Identifiable::Named;
            for (const QString &email : shows.split(u',', Qt::SkipEmptyParts)) {
                const Participant *p = participantByEmail(event, email);
                if (!p)
                    bad(u"shows"_s,
                        u"no participant has the e-mail \"%1\" (only participants' photo "
                        "consent is recorded; for anyone else say unknown)"_s.arg(email.trimmed()));
                item.shows.append(p->id);
            }
            if (item.shows.isEmpty())
                bad(u"shows"_s, u"expected nobody, unknown or participants' e-mails"_s);
        }
    }
    if (parser.isSet(u"at"_s))
        item.foundAt = foundAt(event, parser.value(u"at"_s));
    if (parser.isSet(u"place"_s)) {
        for (const Place &place : event.places) {
            if (place.name.compare(parser.value(u"place"_s).trimmed(), Qt::CaseInsensitive) == 0)
                item.placeId = place.id;
        }
        if (!item.placeId)
            bad(u"place"_s, u"no place named \"%1\""_s.arg(parser.value(u"place"_s)));
    }
    for (size_t a = 0; a < showedQuestions.size(); ++a)
        item.showed[a] = parser.value(optionName(showedQuestions[a])).trimmed();
    const QString group = event.destination(item.destinationId)->name;

    if (parser.isSet(u"photo"_s)) {
        int longEdge = 0;
        if (parser.isSet(u"long-edge"_s)) {
            bool ok = false;
            longEdge = parser.value(u"long-edge"_s).toInt(&ok);
            if (!ok || longEdge < TreasureRepository::minimumLongEdge ||
                longEdge > TreasureRepository::maximumLongEdge)
                bad(u"long-edge"_s, u"expected %1 to %2 pixels, got \"%3\""_s
                                        .arg(TreasureRepository::minimumLongEdge)
                                        .arg(TreasureRepository::maximumLongEdge)
                                        .arg(parser.value(u"long-edge"_s)));
        }
        const PhotoImporter::Result result =
            PhotoImporter::run(*file, parser.values(u"photo"_s), item, longEdge);
        if (result.files == 0)
            bad(u"photo"_s, u"no photos there (JPEG, PNG, WebP or TIFF)"_s);
        QStringList ids;
        for (qint64 id : result.added)
            ids << QString::number(id);
        context.out << "Added " << result.added.size()
                    << (result.added.size() == 1 ? " photo" : " photos") << " to " << group;
        if (!ids.isEmpty())
            context.out << " (" << (ids.size() == 1 ? "item " : "items ") << ids.join(u", "_s)
                        << ")";
        context.out << '\n';
        for (const QString &duplicate : result.duplicates)
            context.out << "  skipped " << duplicate << '\n';
        return ExitOk;
    }
    if (parser.isSet(u"long-edge"_s))
        bad(u"long-edge"_s, u"only with --photo"_s);
    const bool quote = parser.isSet(u"quote"_s);
    item.type = quote ? TreasureType::Quote : TreasureType::Observation;
    item.text = parser.value(quote ? u"quote"_s : u"note"_s).trimmed();
    if (item.text.isEmpty())
        bad(quote ? u"quote"_s : u"note"_s, u"the text is empty"_s);
    if (item.identifiable == Identifiable::Named)
        bad(u"shows"_s, u"only a photo shows people"_s);
    item.identifiable = Identifiable::Nobody;
    const qint64 id = TreasureRepository(*file).save(item);
    context.out << "Added a " << (quote ? "quote" : "note") << " to " << group << " (item " << id
                << ")\n";
    return ExitOk;
}

int TreasureCommand::list(const QCommandLineParser &parser, CliContext &context) const
{
    for (const QString &option :
         {u"photo"_s, u"quote"_s, u"note"_s, u"by"_s, u"caption"_s, u"kind"_s, u"question"_s,
          u"consent"_s, u"shows"_s, u"at"_s, u"place"_s, u"long-edge"_s}) {
        if (parser.isSet(option))
            bad(option, u"only with add"_s);
    }
    const auto file =
        EventFile::open(parser.positionalArguments().at(1), EventFile::Mode::ReadOnly);
    const EventData event = EventReader::load(*file);
    const qint64 group = groupOption(parser, event);
    const bool json = parser.isSet(u"json"_s);
    QJsonArray items;
    int shown = 0;
    for (const TreasureItem &item : event.treasure) {
        if (group && item.destinationId != group)
            continue;
        ++shown;
        const Destination *d = event.destination(item.destinationId);
        const bool room = TreasureConsent::allowed(event, item, Audience::ShareOut);
        const bool publish = TreasureConsent::allowed(event, item, Audience::Report);
        if (!json) {
            QString chosen;
            if (item.shareOut)
                chosen += room ? u"share-out "_s : u"share-out(held) "_s;
            if (item.inReport)
                chosen += publish ? u"report"_s : u"report(held)"_s;
            context.out << QString::number(item.id).rightJustified(5) << "  "
                        << (d ? d->name : QString()).leftJustified(12) << ' '
                        << treasureTypeToString(item.type).leftJustified(12) << ' '
                        << chosen.trimmed().leftJustified(28) << ' ' << item.label() << '\n';
            continue;
        }
        QJsonObject showed;
        for (size_t a = 0; a < showedQuestions.size(); ++a)
            showed.insert(QString(showedQuestions[a].key), orNull(item.showed[a]));
        QJsonArray questions;
        for (qint64 id : item.questionIds)
            questions.append(event.questionNumber(id));
        QJsonArray shows;
        for (qint64 id : item.shows) {
            const Participant *p = event.participant(id);
            shows.append(p ? QJsonValue(p->email) : QJsonValue());
        }
        const Participant *finder = event.participant(item.finderParticipantId);
        items.append(QJsonObject{
            {u"id"_s, item.id},
            {u"group"_s, d ? QJsonValue(d->name) : QJsonValue()},
            {u"type"_s, treasureTypeToString(item.type)},
            {u"finder"_s, orNull(event.finderName(item))},
            {u"finder_email"_s, finder ? orNull(finder->email) : QJsonValue()},
            {u"found_at"_s, item.foundAt.isValid() ? QJsonValue(item.foundAt.toString(Qt::ISODate))
                                                   : QJsonValue()},
            {u"place"_s, orNull(event.placeName(item.placeId))},
            {u"text"_s, orNull(item.text)},
            {u"caption"_s, orNull(item.caption)},
            {u"showed"_s, showed},
            {u"kinds"_s, QJsonArray::fromStringList(item.themes)},
            {u"questions"_s, questions},
            {u"share_out"_s, item.shareOut},
            {u"in_report"_s, item.inReport},
            {u"consent"_s, finderConsentToString(item.consent)},
            {u"credit"_s, item.credit},
            {u"identifiable"_s, identifiableToString(item.identifiable)},
            {u"shows"_s, shows},
            {u"may_show"_s, QJsonObject{{u"share_out"_s, room}, {u"report"_s, publish}}},
            {u"photo"_s, item.isPhoto() ? QJsonValue(QJsonObject{
                                              {u"width"_s, item.photo.width},
                                              {u"height"_s, item.photo.height},
                                              {u"source_name"_s, orNull(item.photo.sourceName)}})
                                        : QJsonValue()},
        });
    }
    if (json)
        context.out << QJsonDocument(items).toJson(QJsonDocument::Indented);
    else
        context.out << shown << (shown == 1 ? " item\n" : " items\n");
    return ExitOk;
}

} // namespace fieldday
