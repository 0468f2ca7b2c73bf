#include "EditForm.h"

#include "MessageBox.h"

#include <QCoreApplication>

namespace fieldday {

bool EditForm::confirmLeave(QWidget *parent, EditForm *form, bool readOnly)
{
    if (!form || readOnly || !form->hasChanges())
        return true;
    const auto answer = MessageBox::question(
        parent, QCoreApplication::translate("EditForm", "Apply your changes?"),
        QCoreApplication::translate("EditForm", "Your changes to %1 are not applied yet.")
            .arg(form->partName()),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        form->revert();
        return true;
    }
    // A change with a problem is not applied: stay, where the problem is shown.
    return answer == QMessageBox::Apply && form->apply();
}

} // namespace fieldday
