#include "SqlTokenizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

// Identifiers and keywords are case-insensitive in SQLite for ASCII letters only.
QString asciiLower(QStringView text)
{
    QString result = text.toString();
    for (QChar &c : result) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return result;
}

} // namespace

QList<SqlTokenizer::Token> SqlTokenizer::tokens(QStringView sql)
{
    using Kind = Token::Kind;
    QList<Token> result;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            // A quoted string or identifier; the closing quote is doubled inside ('' "" ``).
            const QChar close = c == u'[' ? u']' : c;
            QString text;
            qsizetype j = i + 1;
            while (j < n) {
                if (sql[j] == close) {
                    if (close != u']' && j + 1 < n && sql[j + 1] == close) {
                        text += close;
                        j += 2;
                        continue;
                    }
                    break;
                }
                text += sql[j++];
            }
            if (c == u'\'')
                result.append({Kind::String, sql.mid(i, qMin(j + 1, n) - i).toString()});
            else
                result.append({Kind::Quoted, asciiLower(text)});
            i = j + 1;
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && sql[i + 1].isDigit())) {
            qsizetype j = i;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == u'.' ||
                             ((sql[j] == u'+' || sql[j] == u'-') &&
                              (sql[j - 1] == u'e' || sql[j - 1] == u'E'))))
                ++j;
            result.append({Kind::Number, asciiLower(sql.mid(i, j - i))});
            i = j;
        } else if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(sql[j]))
                ++j;
            result.append({Kind::Word, asciiLower(sql.mid(i, j - i))});
            i = j;
        } else {
            static const QStringView longer[] = {u"->>", u"->", u"||", u"<=", u">=", u"<>",
                                                 u"!=",  u"==", u"<<", u">>"};
            qsizetype length = 1;
            for (QStringView op : longer) {
                if (sql.mid(i).startsWith(op)) {
                    length = op.size();
                    break;
                }
            }
            result.append({Kind::Symbol, sql.mid(i, length).toString()});
            i += length;
        }
    }
    return result;
}

QString SqlTokenizer::join(const QList<Token> &tokens, qsizetype from, qsizetype to)
{
    if (to < 0 || to > tokens.size())
        to = tokens.size();
    QString text;
    for (qsizetype i = from; i < to; ++i) {
        const Token &t = tokens[i];
        // No space inside brackets or before a comma: "check (status in ('a', 'b'))".
        const bool tight = text.isEmpty() || text.endsWith(u'(') || t.isSymbol(u")") ||
                           t.isSymbol(u",") || t.isSymbol(u".") || text.endsWith(u'.');
        if (!tight)
            text += u' ';
        // A quoted identifier keeps its quotes only where it needs them, so the text stays SQL
        // and "status" reads as status.
        static const QRegularExpression plain(u"^[a-z_][a-z0-9_]*$"_s);
        if (t.kind == Token::Kind::Quoted && !plain.match(t.text).hasMatch())
            text += u'"' + QString(t.text).replace(u'"', u"\"\""_s) + u'"';
        else
            text += t.text;
    }
    return text;
}

qsizetype SqlTokenizer::closing(const QList<Token> &tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        if (tokens[i].isSymbol(u"("))
            ++depth;
        else if (tokens[i].isSymbol(u")") && --depth == 0)
            return i;
    }
    return -1;
}

} // namespace fieldday
