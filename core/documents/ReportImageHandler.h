#pragma once

#include "ReportBlock.h"

#include <QObject>
#include <QTextObjectInterface>

namespace fieldday {

// Draws the report's photos in place of Qt's own image handler, which decodes every image
// to lay the document out and draws each one on every page its paragraph touches. Here the
// size comes from the format (no decoding), and a photo is read and decoded, at about the
// size it is drawn, only when it is painted on its own page.
class ReportImageHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ReportImageHandler(PhotoLoader photos, QObject *parent);

    // The item id a figure's format names, as EventReport writes it ("photo:12").
    static QString formatName(qint64 itemId);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    PhotoLoader m_photos;
};

} // namespace fieldday
