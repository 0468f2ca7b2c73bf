#include "PresentWindow.h"

#include "EventDocument.h"
#include "storage/TreasureRepository.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTimer>

namespace fieldday {

PresentWindow::PresentWindow(EventDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_event(document->data()),
      m_hintTimer(new QTimer(this))
{
    // The slides point into this window's own copy of the event.
    m_slides = ShareOutDeck::slides(m_event);
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setWindowTitle(tr("%1 — share-out").arg(m_event.details.title));
    setAccessibleName(tr("Share-out presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(4000);
    connect(m_hintTimer, &QTimer::timeout, this, [this] {
        m_hint = false;
        update();
    });
    m_hintTimer->start();
}

QImage PresentWindow::photoFor(int index)
{
    if (index < 0 || index >= m_slides.size())
        return {};
    const ShareOutDeck::Slide &slide = m_slides[index];
    if (!slide.item || !slide.item->isPhoto())
        return {};
    if (const auto it = m_photos.constFind(index); it != m_photos.cend())
        return *it;
    const qreal scale =
        devicePixelRatioF() * qMin(width() / ShareOutDeck::width, height() / ShareOutDeck::height);
    const QImage image = ShareOutDeck::decodePhoto(
        TreasureRepository(m_document->file()).photo(slide.item->id),
        QSize(slide.item->photo.width, slide.item->photo.height), qMax<qreal>(1, scale));
    m_photos.insert(index, image);
    return image;
}

void PresentWindow::showSlide(int index)
{
    m_current = qBound(0, index, qMax(0, count() - 1));
    // Keep only the neighbours' photos: memory stays that of three.
    for (auto it = m_photos.begin(); it != m_photos.end();) {
        if (qAbs(it.key() - m_current) > 1)
            it = m_photos.erase(it);
        else
            ++it;
    }
    update();
    // The next one is decoded once this one is on screen.
    QTimer::singleShot(0, this, [this] { photoFor(m_current + 1); });
}

void PresentWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_slides.isEmpty()) {
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter, tr("There are no groups to present."));
        return;
    }
    ShareOutDeck::paintSlide(painter, QRectF(rect()), m_event, m_slides[m_current], m_current + 1,
                             count(), photoFor(m_current));
    if (m_hint) {
        const QString hint = tr("← → to move   ·   Esc to leave");
        QFont font = painter.font();
        font.setPixelSize(qMax(12, height() / 50));
        painter.setFont(font);
        const QRect box = painter.fontMetrics().boundingRect(hint).adjusted(-14, -8, 14, 8);
        const QRect at(QPoint((width() - box.width()) / 2, height() - box.height() - 24),
                       box.size());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(at, 8, 8);
        painter.setPen(Qt::white);
        painter.drawText(at, Qt::AlignCenter, hint);
    }
}

void PresentWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showSlide(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showSlide(m_current - 1);
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(count() - 1);
        break;
    case Qt::Key_Escape:
    case Qt::Key_Q:
        close();
        break;
    case Qt::Key_F:
        isFullScreen() ? showNormal() : showFullScreen();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentWindow::mousePressEvent(QMouseEvent *event)
{
    showSlide(event->button() == Qt::RightButton ? m_current - 1 : m_current + 1);
}

} // namespace fieldday
