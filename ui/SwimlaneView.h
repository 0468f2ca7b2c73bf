#pragma once

#include <QWidget>

namespace fieldday {

class EventDocument;

// The day as swimlanes: one lane per group, the briefing, travel, visit, travel back and
// reconvene on a time axis; steps with an error from the checks are outlined in red.
class SwimlaneView : public QWidget
{
    Q_OBJECT

public:
    explicit SwimlaneView(EventDocument *document, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    EventDocument *m_document;
};

} // namespace fieldday
