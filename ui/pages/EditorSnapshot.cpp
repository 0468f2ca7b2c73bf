#include "EditorSnapshot.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace fieldday {

namespace {
bool inTableCell(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

// The value a field shows, as text; a null string for widgets that hold none.
QString valueOf(const QWidget *w)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        return edit->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
        return text->toPlainText();
    if (const auto *spin = qobject_cast<const QSpinBox *>(w))
        return QString::number(spin->value());
    if (const auto *real = qobject_cast<const QDoubleSpinBox *>(w))
        return QString::number(real->value());
    if (const auto *time = qobject_cast<const QDateTimeEdit *>(w))
        return time->dateTime().toString(Qt::ISODate);
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->currentText();
    if (const auto *check = qobject_cast<const QCheckBox *>(w))
        return QString::number(check->isChecked());
    return {};
}
} // namespace

EditorSnapshot EditorSnapshot::of(const QWidget *editor)
{
    EditorSnapshot snapshot;
    QStringList &values = snapshot.m_values;
    for (const QWidget *w : editor->findChildren<QWidget *>()) {
        // Qt's own parts (a spin box's line edit) repeat their owner's value; widgets in table
        // cells are read with their table, by row and column: those of rows just removed are
        // still children until deleted later, and would make a snapshot differ from the next.
        if (w->objectName().startsWith(QLatin1String("qt_")) || inTableCell(w))
            continue;
        if (const auto *table = qobject_cast<const QTableWidget *>(w)) {
            values << QString::number(table->rowCount());
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    const QTableWidgetItem *item = table->item(row, column);
                    values << (item ? item->text() : QString());
                    if (const QWidget *cell = table->cellWidget(row, column))
                        values << valueOf(cell);
                }
            }
        } else if (const QString value = valueOf(w); !value.isNull()) {
            values << value;
        }
    }
    return snapshot;
}

} // namespace fieldday
