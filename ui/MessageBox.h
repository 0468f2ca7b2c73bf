#pragma once

#include <QMessageBox>

namespace fieldday {

// Message boxes behind a seam: tests set the next answer, and can read the last message.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // A question whose buttons say what they do: `action` ("Delete Trafford") and Cancel, the
    // default. True if the action was chosen (for tests: a next answer of Yes).
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &action);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For long randomized tests: every box with no next answer gets this one (NoButton: none,
    // the box is shown). A question without the answer among its buttons gets Cancel.
    static void setAnswerForAll(QMessageBox::StandardButton answer);
    static QString lastText();
    // How many boxes were shown (or answered by setNextAnswer) so far: a test can tell that a
    // refusal was reported once, or that leaving a form asked nothing.
    static int shownCount();

private:
    static QMessageBox::StandardButton
    show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, const QString &yesText = QString(),
         QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
};

} // namespace fieldday
