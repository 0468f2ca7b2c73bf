#include "EditorSnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace fieldday {

EditorSnapshot EditorSnapshot::of(const QWidget *editor)
{
    EditorSnapshot snapshot;
    QStringList &values = snapshot.m_values;
    for (const QWidget *w : editor->findChildren<QWidget *>()) {
        // Qt's own parts (a spin box's line edit) repeat their owner's value.
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            values << edit->text();
        else if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
            values << text->toPlainText();
        else if (const auto *spin = qobject_cast<const QSpinBox *>(w))
            values << QString::number(spin->value());
        else if (const auto *real = qobject_cast<const QDoubleSpinBox *>(w))
            values << QString::number(real->value());
        else if (const auto *time = qobject_cast<const QDateTimeEdit *>(w))
            values << time->dateTime().toString(Qt::ISODate);
        else if (const auto *combo = qobject_cast<const QComboBox *>(w))
            values << combo->currentText();
        else if (const auto *check = qobject_cast<const QCheckBox *>(w))
            values << QString::number(check->isChecked());
        else if (const auto *table = qobject_cast<const QTableWidget *>(w)) {
            values << QString::number(table->rowCount());
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    const QTableWidgetItem *item = table->item(row, column);
                    values << (item ? item->text() : QString());
                }
            }
        }
    }
    return snapshot;
}

} // namespace fieldday
