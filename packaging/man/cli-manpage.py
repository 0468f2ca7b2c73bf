#!/usr/bin/env python3
"""Writes the fieldday-cli(1) manual page from docs/cli.md, the CLI's contract, so the two cannot
disagree. cli.md uses a small Markdown subset: headings, paragraphs, "- " lists, fenced code,
`code`, **bold** and [links](file.md); anything else is an error here rather than a garbled page.

Usage: cli-manpage.py docs/cli.md VERSION OUT.1
"""
import re
import sys


def escape(text):
    """Text as groff reads it literally: backslashes, and anything outside ASCII by code point
    (so the page renders the same whatever the reader's locale and preprocessor)."""
    text = text.replace('\\', '\\e')
    return ''.join(c if ord(c) < 128 else '\\[u%04X]' % ord(c) for c in text)


def literal(text):
    # A minus in an option or a command is typed as a minus, not a hyphen.
    return escape(text).replace('-', '\\-')


def inline(text):
    """One line of Markdown prose as groff: `code` and **bold** in bold, links as their text."""
    out = []
    pos = 0
    for m in re.finditer(r'\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)', text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append('\\fB' + inline(m.group(1)).replace('\\fB', '').replace('\\fR', '') + '\\fR')
        elif m.group(2) is not None:
            out.append('\\fB' + literal(m.group(2)) + '\\fR')
        else:
            out.append(escape(m.group(3)))
        pos = m.end()
    out.append(escape(text[pos:]))
    return ''.join(out)


def text_line(line):
    # A line starting with a dot or a quote would be read as a request.
    return '\\&' + line if line[:1] in ('.', "'") else line


def prose(lines):
    # Formatted as a whole: a `code` span may run over a line break.
    return [text_line(l) for l in inline('\n'.join(lines)).split('\n')]


def blocks(lines):
    """Yields ('heading', level, text), ('code', lines), ('item', lines) or ('para', lines)."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith('```'):
            end = lines.index('```', i + 1) if '```' in lines[i + 1:] else None
            if end is None:
                sys.exit('cli-manpage: unclosed code block at line %d' % (i + 1))
            yield ('code', lines[i + 1:end])
            i = end + 1
        elif line.startswith('#'):
            m = re.match(r'(#+) (.+)$', line)
            if not m:
                sys.exit('cli-manpage: bad heading at line %d' % (i + 1))
            yield ('heading', len(m.group(1)), m.group(2))
            i += 1
        elif line.startswith('- '):
            item = [line[2:]]
            i += 1
            while i < len(lines) and lines[i].startswith('  ') and lines[i].strip():
                item.append(lines[i].strip())
                i += 1
            yield ('item', item)
        elif re.match(r'\s*([*+>|]|\d+\.)\s', line):
            sys.exit('cli-manpage: line %d uses Markdown this page does not render: %s' % (i + 1, line))
        else:
            para = []
            while (i < len(lines) and lines[i].strip() and not lines[i].startswith(('```', '#', '- '))):
                para.append(lines[i].strip())
                i += 1
            yield ('para', para)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, version, target = sys.argv[1:]
    with open(source, encoding='utf-8') as f:
        lines = f.read().split('\n')

    out = [
        '.\\" Generated from docs/cli.md by packaging/man/cli-manpage.py: edit those, not this.',
        '.TH FIELDDAY\\-CLI 1 "" "Fieldday %s" "User Commands"' % escape(version),
        # Ragged right, no hyphens: commands and options stay whole and copyable.
        '.ad l',
        '.nh',
        '.SH NAME',
        'fieldday\\-cli \\- plan an event day of site visits from the command line',
        '.SH SYNOPSIS',
        '.B fieldday\\-cli',
        '.I COMMAND',
        '.RI [ OPTIONS ]',
        '.I ARGS',
        '.br',
        '.B fieldday\\-cli',
        '.RB [ \\-\\-help | \\-\\-version ]',
        '.SH DESCRIPTION',
    ]
    in_commands = False
    for block in blocks(lines):
        kind = block[0]
        if kind == 'heading':
            level, title = block[1], block[2]
            if level == 1:
                continue  # the page's own title, given above
            if level != 2:
                sys.exit('cli-manpage: only "#" and "##" headings are rendered: %s' % title)
            if title[:1].isupper():  # a topic, such as Conventions
                out += ['.SH ' + escape(title.upper())]
                in_commands = False
            else:  # a command, or commands that share a section
                if not in_commands:
                    out += ['.SH COMMANDS']
                    in_commands = True
                out += ['.SS ' + literal(title)]
        elif kind == 'code':
            out += ['.PP', '.RS 4', '.nf'] + [text_line(literal(l)) for l in block[1]] + ['.fi', '.RE']
        elif kind == 'item':
            out += ['.IP \\(bu 2'] + prose(block[1])
        else:
            out += ['.PP'] + prose(block[1])
    out += [
        '.SH SEE ALSO',
        '.BR fieldday (1)',
        '.PP',
        'The documents named above (allocation.md, checks.md, file\\-format.md, the user guide)',
        'are installed in',
        '.IR /usr/share/doc/fieldday/ .',
    ]
    with open(target, 'w', encoding='ascii') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
