#include "EventOpening.h"

#include "storage/ContentCheck.h"
#include "storage/EventFile.h"

using namespace Qt::StringLiterals;

namespace fieldday {

std::unique_ptr<EventFile> EventOpening::forReading(const QString &path, CliContext &context,
                                                    bool warn)
{
    auto file = EventFile::open(path, EventFile::Mode::ReadOnly);
    if (!file->unsoundRows().isEmpty()) {
        context.rowsLeftOut = true;
        if (warn) {
            context.err << "warning: "
                        << file->describe(u"left out "_s +
                                          ContentCheck::summary(file->unsoundRows()) +
                                          u". 'fieldday-cli check' lists them all; "
                                          "'fieldday-cli salvage' writes a clean copy."_s)
                        << '\n';
        }
    }
    return file;
}

} // namespace fieldday
