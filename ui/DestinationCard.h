#pragma once

#include <QFrame>

namespace fieldday {

struct EventData;
struct Destination;

// A destination at a glance: who hosts it, where, when, and how full the group is.
class DestinationCard : public QFrame
{
    Q_OBJECT

public:
    DestinationCard(const EventData &data, const Destination &destination,
                    QWidget *parent = nullptr);
};

} // namespace fieldday
