#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace fieldday {

// Splits SQL text into tokens, so that two statements can be compared for what they say rather
// than how they are spelled: comments and spacing are dropped, keywords and identifiers lose
// their case and their quotes ("Status", [status] and status are one token), string literals are
// kept exactly. Used to compare the parts of a schema SQLite's pragmas do not show (CHECKs).
class SqlTokenizer
{
public:
    struct Token
    {
        enum class Kind
        {
            Word,   // a keyword or a bare identifier, lower-cased
            Quoted, // an identifier in "", [] or ``, unquoted and lower-cased
            String, // a string literal, quotes included, as written
            Number,
            Symbol, // punctuation and operators: ( ) , . || <= …
        };
        Kind kind;
        QString text;

        bool is(QStringView word) const { return kind == Kind::Word && text == word; }
        bool isSymbol(QStringView symbol) const { return kind == Kind::Symbol && text == symbol; }
        bool operator==(const Token &) const = default;
    };

    static QList<Token> tokens(QStringView sql);
    // Tokens as one line of text with single spaces: the normalised form of a piece of SQL, and
    // still SQL (an identifier that needs them keeps its quotes).
    static QString join(const QList<Token> &tokens, qsizetype from = 0, qsizetype to = -1);
    // The index of the symbol that closes the bracket opened at `open`, or -1.
    static qsizetype closing(const QList<Token> &tokens, qsizetype open);
};

} // namespace fieldday
