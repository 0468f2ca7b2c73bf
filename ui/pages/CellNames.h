#pragma once

#include <QString>

class QTableWidget;

namespace fieldday {

// Widgets in table cells are not table cells to a screen reader: each is named after its row
// and its column's header ("Leg 2: Departs"). `rowName` holds %1 for the row's number; call
// again after rows are added or removed.
void nameCellWidgets(QTableWidget *table, const QString &rowName);

} // namespace fieldday
