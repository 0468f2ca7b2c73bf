#pragma once

namespace fieldday {

class EditForm;

// A page that holds a form (the person form, a part of the day plan): before the window shows
// another page or closes, it asks about what was typed there and not applied.
class PageWithForm
{
public:
    virtual ~PageWithForm() = default;
    virtual EditForm *activeForm() const = 0;
};

} // namespace fieldday
