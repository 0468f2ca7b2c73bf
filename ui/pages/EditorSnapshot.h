#pragma once

#include <QStringList>

class QWidget;

namespace fieldday {

// What an editor's fields hold, as text: taken when the editor shows the stored item, and
// compared later to tell whether anything was typed since (and would be lost by moving on).
// Reads line edits, text boxes, spin boxes, time and date edits, combo boxes, check boxes and
// tables (their items and the widgets in their cells), in the order they were created.
class EditorSnapshot
{
public:
    static EditorSnapshot of(const QWidget *editor);
    bool operator==(const EditorSnapshot &other) const = default;

private:
    QStringList m_values;
};

} // namespace fieldday
