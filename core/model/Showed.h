#pragma once

#include <QLatin1StringView>
#include <QString>
#include <array>

namespace fieldday {

// The five Photovoice ("SHOWeD") questions a finder may answer about an item. One table for
// the file's columns, the CLI's options, the JSON keys and the labels people read.
struct ShowedQuestion
{
    QLatin1StringView key; // column, JSON key, CLI option
    const char *label;     // the question as asked
};

inline constexpr std::array<ShowedQuestion, 5> showedQuestions{{
    {QLatin1StringView("see"), "What do you see here?"},
    {QLatin1StringView("happening"), "What is really happening?"},
    {QLatin1StringView("our_lives"), "How does it relate to our lives?"},
    {QLatin1StringView("why"), "Why does this situation exist?"},
    {QLatin1StringView("action"), "What can we do about it?"},
}};

using ShowedAnswers = std::array<QString, showedQuestions.size()>;

} // namespace fieldday
