#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace fieldday {

class EventDocument;

// The event at a glance: its details, one card per destination, and who has booked.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(EventDocument *document, QWidget *parent = nullptr);

private:
    void refresh();

    EventDocument *m_document;
    QLabel *m_title;
    QLabel *m_when;
    QLabel *m_where;
    QLabel *m_organisers;
    QLabel *m_description;
    QLabel *m_themes;
    QGridLayout *m_cards;
    QLabel *m_participants;
    QLabel *m_emptyDestinations;
};

} // namespace fieldday
