#pragma once

#include "model/EventData.h"

#include <QByteArray>

namespace fieldday {

class EventFile;

// The treasure log, the research questions and the findings: every change to them, and the
// photos' bytes, read one at a time. save() inserts an entity whose id is 0 and otherwise
// writes it under its id (inserting it again if it was removed, as undo does). Each call is
// one transaction unless the caller holds one. Bad input is Error::Kind::BadInput naming the
// field.
class TreasureRepository
{
public:
    explicit TreasureRepository(EventFile &file);

    // A quote or an observation, or changes to any item (a photo's image stays as it is).
    qint64 save(const TreasureItem &item);
    // A new photo item (or one restored under its id) with its image, a JPEG as stored:
    // already oriented, downscaled and stripped of metadata (PhotoIngest).
    qint64 addPhoto(const TreasureItem &item, const QByteArray &jpeg);
    void remove(qint64 itemId); // its photo and its links to findings go with it

    // The stored JPEG of a photo item; empty if it has none.
    QByteArray photo(qint64 itemId) const;
    // The photo item imported from a file with these bytes (SHA-256, hex), or 0.
    qint64 photoFromSource(const QString &sha256) const;

    qint64 saveFinding(const Finding &finding);
    void removeFinding(qint64 id);

    // Writes the research questions in this order: new ones (id 0) get an id, ones no longer
    // listed are removed. Returns the ids in order. Inside the caller's transaction.
    QList<qint64> saveQuestions(const QList<ResearchQuestion> &questions);

    // The long edge photos are downscaled to when imported (the `setting` photos.long_edge).
    static constexpr int defaultLongEdge = 2048;
    static constexpr int minimumLongEdge = 320;
    static constexpr int maximumLongEdge = 8192;
    int photoLongEdge() const;
    void setPhotoLongEdge(int pixels);

private:
    void validate(const TreasureItem &item) const;
    qint64 write(const TreasureItem &item);

    EventFile &m_file;
};

} // namespace fieldday
