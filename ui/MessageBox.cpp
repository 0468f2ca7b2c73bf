#include "MessageBox.h"

#include <QPushButton>

namespace fieldday {
namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QMessageBox::StandardButton answerForAll = QMessageBox::NoButton;
QString lastShownText;
int shown = 0;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void MessageBox::setAnswerForAll(QMessageBox::StandardButton answer)
{
    answerForAll = answer;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

int MessageBox::shownCount()
{
    return shown;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             const QString &yesText,
                                             QMessageBox::StandardButton defaultButton)
{
    lastShownText = text;
    ++shown;
    if (nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (answerForAll != QMessageBox::NoButton)
        return buttons.testFlag(answerForAll) ? answerForAll : QMessageBox::Cancel;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    if (!yesText.isEmpty() && box.button(QMessageBox::Yes)) {
        box.button(QMessageBox::Yes)->setText(yesText);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
    }
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons)
{
    return show(QMessageBox::Warning, parent, title, text, buttons);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &action)
{
    return show(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                action) == QMessageBox::Yes;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, QString(), defaultButton);
}

} // namespace fieldday
