#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

namespace fieldday {

class EventDocument;
class ThumbnailCache;
struct DocumentChange;
struct EventData;
struct TreasureItem;

// One group's treasure log as tiles: a photo's thumbnail (decoded when first shown), or the
// words of a quote or observation; filtered by kind of treasure and by where it is chosen.
// Follows the event with row inserts, removals and changes, never a reset.
class TreasureListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
    };
    enum class Chosen
    {
        All,
        ShareOut,
        Report,
        NotChosen
    };

    TreasureListModel(EventDocument *document, ThumbnailCache *thumbnails,
                      QObject *parent = nullptr);

    void setGroup(qint64 destinationId);
    qint64 group() const { return m_group; }
    void setKind(const QString &kind); // empty: all kinds
    void setChosen(Chosen chosen);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex indexOf(qint64 itemId) const;
    qint64 itemIdAt(int row) const { return m_ids.value(row); }
    static QSize tileSize() { return {176, 132}; }

private:
    void documentChanged(const DocumentChange &change);
    void sync();
    bool wanted(const TreasureItem &item) const;
    QImage textTile(const TreasureItem &item) const;
    // The tile as shown: the picture fitted in, and where it is chosen as small labels (green:
    // it will be shown there; amber: held back by consent).
    QImage tile(const EventData &event, const TreasureItem &item, const QImage &picture) const;

    EventDocument *m_document;
    ThumbnailCache *m_thumbnails;
    qint64 m_group = 0;
    QString m_kind;
    Chosen m_chosen = Chosen::All;
    QList<qint64> m_ids;
    mutable QHash<QString, QImage> m_textTiles; // by the words shown
};

} // namespace fieldday
