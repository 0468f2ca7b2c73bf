#pragma once

#include <QString>

class QWidget;

namespace fieldday {

// A form whose typed changes are applied with Apply (the person form, the day plan's editors).
// The rule for all of them: nothing typed is lost. Leaving a form in any way (another person,
// another part, another tab, closing the window, quitting) with changes not applied yet asks
// Apply / Discard / Cancel first; a change made elsewhere meanwhile keeps what was typed.
class EditForm
{
public:
    virtual ~EditForm() = default;
    virtual bool hasChanges() const = 0;
    // Applies what was typed as one undo step; false if it could not be (a problem, which the
    // form shows, or a refusal, which was reported), and then the typed text stays.
    virtual bool apply() = 0;
    virtual void revert() = 0;
    // What the question names: "Salford", "places and agenda", "Chiara Bellini".
    virtual QString partName() const = 0;

    // Before leaving `form`: asks what to do with changes not applied yet. True to go on
    // (applied, discarded, or nothing to ask); false to stay.
    static bool confirmLeave(QWidget *parent, EditForm *form, bool readOnly = false);
};

} // namespace fieldday
