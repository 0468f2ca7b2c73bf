#include "Cli.h"

#include "AgendaCommand.h"
#include "AllocateCommand.h"
#include "BackupCommand.h"
#include "CheckCommand.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"
#include "LegsCommand.h"
#include "MergeCommand.h"
#include "NewCommand.h"
#include "ParticipantsCommand.h"
#include "PrintCommand.h"
#include "ShareCommand.h"
#include "ReportCommand.h"
#include "SalvageCommand.h"
#include "ShareOutCommand.h"
#include "TreasureCommand.h"
#include "WaitlistCommand.h"
#include "storage/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fieldday {

Cli::Cli()
{
    m_commands.push_back(std::make_unique<NewCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<SalvageCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ParticipantsCommand>());
    m_commands.push_back(std::make_unique<AllocateCommand>());
    m_commands.push_back(std::make_unique<WaitlistCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<AgendaCommand>());
    m_commands.push_back(std::make_unique<LegsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ShareCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    using Document = PrintCommand::Document;
    for (Document d : {Document::Roster, Document::DaySheet, Document::Manifest, Document::Badges})
        m_commands.push_back(std::make_unique<PrintCommand>(d));
    m_commands.push_back(std::make_unique<TreasureCommand>());
    m_commands.push_back(std::make_unique<ShareOutCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
}

bool Cli::needsGui(const QString &command) const
{
    const CliCommand *found = find(command);
    return found && found->needsGui();
}

Cli::~Cli() = default;

const CliCommand *Cli::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void Cli::printUsage(QTextStream &stream) const
{
    stream << "Usage: fieldday-cli COMMAND [OPTIONS] ARGS\n"
              "Plan an event day of site visits, in one .fieldday event file.\n\nCommands:\n";
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = qMax(width, command->name().size());
    for (const auto &command : m_commands)
        stream << "  " << command->name().leftJustified(width + 2) << command->summary() << '\n';
    stream << "\nRun 'fieldday-cli COMMAND --help' for a command's options.\n"
              "Exit codes: 0 done; 1 done, but problems were found; 2 bad usage or bad input.\n";
    stream.flush();
}

int Cli::run(const QStringList &arguments, CliContext &context) const
{
    if (arguments.isEmpty() || arguments.first() == u"--help"_s || arguments.first() == u"-h"_s) {
        printUsage(arguments.isEmpty() ? context.err : context.out);
        return arguments.isEmpty() ? ExitBadInput : ExitOk;
    }
    if (arguments.first() == u"--version"_s) {
        context.out << "fieldday-cli " << QCoreApplication::applicationVersion() << '\n';
        context.out.flush();
        return ExitOk;
    }
    const CliCommand *command = find(arguments.first());
    if (!command) {
        context.err << "fieldday-cli: unknown command '" << arguments.first()
                    << "'; run 'fieldday-cli --help' for the list\n";
        context.err.flush();
        return ExitBadInput;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    for (const QString &positional : command->positionals())
        parser.addPositionalArgument(positional, QString());
    command->addOptions(parser);

    QStringList withProgram = arguments;
    withProgram.first() = u"fieldday-cli "_s + command->name();
    const QString prefix = u"fieldday-cli "_s + command->name() + u": "_s;
    if (!parser.parse(withProgram)) {
        context.err << prefix << parser.errorText() << " (see --help)\n";
        context.err.flush();
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program from argv[0]; show the real usage line.
        text.replace(QRegularExpression(u"^Usage: [^\\n]*"_s),
                     u"Usage: fieldday-cli "_s + command->name() + u" [options] "_s +
                         command->positionals().join(u' '));
        context.out << text;
        context.out.flush();
        return ExitOk;
    }
    const QStringList required = command->positionals();
    if (parser.positionalArguments().size() != required.size()) {
        context.err << prefix << "expected " << required.join(u' ') << " (see --help)\n";
        context.err.flush();
        return ExitBadInput;
    }
    try {
        const int code = command->run(parser, context);
        context.out.flush();
        context.err.flush();
        // Done, but on an event read without rows it could not trust: a problem found.
        return code == ExitOk && context.rowsLeftOut ? int(ExitProblems) : code;
    } catch (const Error &error) {
        context.out.flush();
        context.err << prefix << error.message() << '\n';
        context.err.flush();
        return ExitBadInput;
    }
}

} // namespace fieldday
