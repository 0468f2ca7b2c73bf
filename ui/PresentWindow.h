#pragma once

#include "documents/ShareOutDeck.h"

#include <QImage>
#include <QWidget>

class QTimer;

namespace fieldday {

class EventDocument;

// The share-out deck shown full screen, for a laptop on a projector: the same slides as the
// PDF, painted at the screen's resolution. Arrow keys, Page Up/Down, Space and a click move
// through it; Home and End go to the ends; Escape leaves. Only the slide shown (and the next)
// has its photo decoded.
class PresentWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentWindow(EventDocument *document, QWidget *parent = nullptr);

    int current() const { return m_current; }
    int count() const { return int(m_slides.size()); }
    void showSlide(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QImage photoFor(int index);

    EventDocument *m_document;
    EventData m_event; // as it was when the presentation began: edits do not move the slides
    QList<ShareOutDeck::Slide> m_slides;
    int m_current = 0;
    QHash<int, QImage> m_photos; // the current slide's and its neighbours'
    bool m_hint = true;
    QTimer *m_hintTimer;
};

} // namespace fieldday
