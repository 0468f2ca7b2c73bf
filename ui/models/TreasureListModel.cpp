#include "TreasureListModel.h"

#include "EventDocument.h"
#include "ThumbnailCache.h"
#include "plan/TreasureConsent.h"

#include <QApplication>
#include <algorithm>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace fieldday {

TreasureListModel::TreasureListModel(EventDocument *document, ThumbnailCache *thumbnails,
                                     QObject *parent)
    : QAbstractListModel(parent), m_document(document), m_thumbnails(thumbnails)
{
    connect(document, &EventDocument::changed, this, &TreasureListModel::documentChanged);
    connect(thumbnails, &ThumbnailCache::thumbnailReady, this, [this](qint64 itemId) {
        const QModelIndex at = indexOf(itemId);
        if (at.isValid())
            emit dataChanged(at, at, {Qt::DecorationRole});
    });
}

void TreasureListModel::setGroup(qint64 destinationId)
{
    m_group = destinationId;
    sync();
}

void TreasureListModel::setKind(const QString &kind)
{
    m_kind = kind;
    sync();
}

void TreasureListModel::setChosen(Chosen chosen)
{
    m_chosen = chosen;
    sync();
}

bool TreasureListModel::wanted(const TreasureItem &item) const
{
    if (item.destinationId != m_group)
        return false;
    if (!m_kind.isEmpty() && !item.themes.contains(m_kind))
        return false;
    switch (m_chosen) {
    case Chosen::ShareOut:
        return item.shareOut;
    case Chosen::Report:
        return item.inReport;
    case Chosen::NotChosen:
        return !item.shareOut && !item.inReport;
    case Chosen::All:
        break;
    }
    return true;
}

void TreasureListModel::documentChanged(const DocumentChange &change)
{
    if (change.scope == DocumentChange::Scope::People)
        return; // a person's edit changes no tile (names are in tooltips, read when shown)
    sync();
}

void TreasureListModel::sync()
{
    QList<qint64> ids;
    for (const TreasureItem &item : m_document->data().treasure) {
        if (wanted(item))
            ids.append(item.id);
    }
    // Removals first, then insertions; what stays keeps its rows (and selection).
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_ids[row])) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    QList<qint64> kept;
    for (qint64 id : ids) {
        if (m_ids.contains(id))
            kept.append(id);
    }
    // std::equal, not QList's ==: Qt 6.4 hands memcmp a null pointer for an emptied list.
    if (!std::equal(kept.cbegin(), kept.cend(), m_ids.cbegin(), m_ids.cend())) {
        // The order of what stays changed (a time edited): move rows into place.
        for (int to = 0; to < kept.size(); ++to) {
            const int from = int(m_ids.indexOf(kept[to]));
            if (from != to) {
                beginMoveRows({}, from, from, {}, to);
                m_ids.move(from, to);
                endMoveRows();
            }
        }
    }
    for (int row = 0; row < ids.size(); ++row) {
        if (row >= m_ids.size() || m_ids[row] != ids[row]) {
            beginInsertRows({}, row, row);
            m_ids.insert(row, ids[row]);
            endInsertRows();
        }
    }
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(int(m_ids.size()) - 1));
}

int TreasureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

Qt::ItemFlags TreasureListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags;
}

QModelIndex TreasureListModel::indexOf(qint64 itemId) const
{
    const qsizetype row = m_ids.indexOf(itemId);
    return row < 0 ? QModelIndex() : index(int(row));
}

QImage TreasureListModel::textTile(const TreasureItem &item) const
{
    const QString words =
        item.type == TreasureType::Quote ? u"“"_s + item.text + u"”"_s : item.text;
    const QString key = treasureTypeToString(item.type) + words;
    if (const auto it = m_textTiles.constFind(key); it != m_textTiles.cend())
        return *it;
    const QSize size = tileSize();
    QImage tile(size, QImage::Format_ARGB32_Premultiplied);
    tile.fill(QColor(0xf7, 0xf5, 0xf0));
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    const Destination *d = m_document->data().destination(item.destinationId);
    p.fillRect(QRect(0, 0, 5, size.height()), d ? QColor(d->colour) : QColor(Qt::gray));
    QFont font = QApplication::font();
    font.setItalic(item.type == TreasureType::Quote);
    font.setPointSizeF(font.pointSizeF() * 0.95);
    p.setFont(font);
    p.setPen(QColor(0x22, 0x22, 0x22));
    const QRect box(14, 10, size.width() - 24, size.height() - 20);
    p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               QFontMetrics(font).elidedText(words, Qt::ElideRight, box.width() * 6));
    p.end();
    m_textTiles.insert(key, tile);
    return tile;
}

QImage TreasureListModel::tile(const EventData &event, const TreasureItem &item,
                               const QImage &picture) const
{
    const QSize size = tileSize();
    QImage tile(size, QImage::Format_ARGB32_Premultiplied);
    tile.fill(QColor(0xe4, 0xe6, 0xea)); // until a photo is decoded, and around it
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!picture.isNull()) {
        const QSize fitted = picture.size().scaled(size, Qt::KeepAspectRatio);
        p.drawImage(QRect(QPoint((size.width() - fitted.width()) / 2,
                                 (size.height() - fitted.height()) / 2),
                          fitted),
                    picture);
    }
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setBold(true);
    p.setFont(font);
    const QFontMetrics metrics(font);
    int x = 6;
    for (Audience audience : {Audience::ShareOut, Audience::Report}) {
        if (!(audience == Audience::ShareOut ? item.shareOut : item.inReport))
            continue;
        const bool allowed = TreasureConsent::allowed(event, item, audience);
        const QString where = audience == Audience::ShareOut ? tr("Share-out") : tr("Report");
        const QString text = allowed ? where : tr("%1: held").arg(where);
        const QRect badge(x, size.height() - metrics.height() - 8,
                          metrics.horizontalAdvance(text) + 12, metrics.height() + 3);
        p.setPen(Qt::NoPen);
        p.setBrush(allowed ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb2, 0x6a, 0x00));
        p.drawRoundedRect(badge, 4, 4);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        x = badge.right() + 5;
    }
    return tile;
}

QVariant TreasureListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const EventData &event = m_document->data();
    const TreasureItem *item = event.treasureItem(m_ids[index.row()]);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString words = item->caption.isEmpty() ? item->text : item->caption;
        return words.isEmpty() ? tr("(no caption)") : words.simplified();
    }
    case Qt::DecorationRole:
        return tile(event, *item,
                    item->isPhoto() ? m_thumbnails->thumbnail(item->id) : textTile(*item));
    case Qt::ToolTipRole: {
        QStringList lines{item->label()};
        const QString finder = event.finderName(*item);
        if (!finder.isEmpty())
            lines << tr("Found by %1").arg(finder);
        for (Audience audience : {Audience::ShareOut, Audience::Report}) {
            const bool chosen = audience == Audience::ShareOut ? item->shareOut : item->inReport;
            if (!chosen)
                continue;
            const TreasureConsent::Verdict verdict = TreasureConsent::check(event, *item, audience);
            const QString where =
                audience == Audience::ShareOut ? tr("the share-out") : tr("the report");
            lines << (verdict.allowed ? tr("Chosen for %1").arg(where)
                                      : tr("Chosen for %1, but held back: %2")
                                            .arg(where, verdict.reasons.join(u"; "_s)));
        }
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return item->label();
    case ItemIdRole:
        return item->id;
    default:
        return {};
    }
}

} // namespace fieldday
