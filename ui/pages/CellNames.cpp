#include "CellNames.h"

#include <QTableWidget>

namespace fieldday {

void nameCellWidgets(QTableWidget *table, const QString &rowName)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QWidget *cell = table->cellWidget(row, column);
            const QTableWidgetItem *header = table->horizontalHeaderItem(column);
            if (cell && header)
                cell->setAccessibleName(rowName.arg(row + 1) + QStringLiteral(": ") +
                                        header->text());
        }
    }
}

} // namespace fieldday
