#include "Participant.h"

#include <QRegularExpression>

namespace fieldday {

bool Participant::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

} // namespace fieldday
