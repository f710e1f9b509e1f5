#!/usr/bin/env python3
"""Test of `relata-cli export --format markdown` (the data dictionary) over every design:

  * every GitHub-flavoured table is well-formed: the same number of cells in the header, the
    delimiter row and each row (a '|' inside a name is escaped, so it never splits a cell);
  * every in-page link (#anchor) has its <a id>, and anchors are unique;
  * per table: a section with each column (name, attribute, type, NOT NULL / yes), each foreign
    key with its ON DELETE / ON UPDATE action, and each association of which the model is the
    source, with its installed accessors;
  * with --dialect, each column's SQL type is listed too;
  * the same design gives the same bytes; an invalid design is refused, and with --force
    documented with Sequelize's error.
"""

import re
import sys

import exportlib


def cells(row):
    """Splits a table row on the '|' that are not escaped."""
    row = row.strip()
    if row.startswith('|'):
        row = row[1:]
    if row.endswith('|') and not row.endswith('\\|'):
        row = row[:-1]
    return re.split(r'(?<!\\)\|', row)


def check_tables(text):
    lines = text.split('\n')
    i = 0
    while i < len(lines):
        if lines[i].startswith('|') and i + 1 < len(lines) and re.match(r'^\|(\s*-+\s*\|)+$', lines[i + 1]):
            width = len(cells(lines[i]))
            if len(cells(lines[i + 1])) != width:
                return f'line {i + 2}: delimiter row has {len(cells(lines[i + 1]))} cells, header {width}'
            j = i + 2
            while j < len(lines) and lines[j].startswith('|'):
                if len(cells(lines[j])) != width:
                    return f'line {j + 1}: {len(cells(lines[j]))} cells, header has {width}: {lines[j][:120]}'
                j += 1
            i = j
        else:
            i += 1
    return None


def md_code_text(s):
    return s.replace('|', '\\|')


def check_design(d):
    if not d.valid:
        p = exportlib.cli('export', d.path, '--format', 'markdown')
        if p.returncode != 1:
            return f'invalid design: export exited {p.returncode}, expected 1'
        p = exportlib.cli('export', d.path, '--format', 'markdown', '--force')
        if p.returncode != 0 or 'Sequelize rejects this design' not in p.stdout:
            return f'--force: exit {p.returncode}, or no note of the error'
        return check_tables(p.stdout)
    p = exportlib.cli('export', d.path, '--format', 'markdown')
    q = exportlib.cli('export', d.path, '--format', 'markdown')
    if p.returncode != 0:
        return f'export exited {p.returncode}: {p.stderr.strip()[-300:]}'
    if p.stdout != q.stdout:
        return 'two exports differ'
    text = p.stdout
    why = check_tables(text)
    if why:
        return why
    anchors = re.findall(r'<a id="([^"]+)"></a>', text)
    if len(anchors) != len(set(anchors)):
        return 'duplicate anchors'
    for link in re.findall(r'\]\(#([^)]+)\)', text):
        if link not in anchors:
            return f'link #{link} has no anchor'
    schema = d.inspect()
    sections = re.split(r'\n<a id="[^"]+"></a>\n\n## ', text)[1:]
    if len(sections) != len(schema['tables']):
        return f'{len(sections)} table sections for {len(schema["tables"])} tables'
    for t, sec in zip(schema['tables'], sections):
        for c in t['columns']:
            nullable = 'yes' if c['allowNull'] and not c['primaryKey'] else 'NOT NULL'
            if not re.search(re.escape(md_code_text(c['field'])) + r'`* \| `*' + re.escape(md_code_text(c['attribute'])) +
                             r'`* \| .*\| ' + nullable + r' \|', sec):
                return f'{t["tableName"]}: no row for column {c["field"]} ({nullable})'
            ref = c.get('references')
            if ref:
                on_delete = (c.get('onDelete') or 'database default').upper() if c.get('onDelete') else 'database default'
                if on_delete not in sec:
                    return f'{t["tableName"]}.{c["field"]}: ON DELETE {on_delete} not listed'
        for a in schema['associations']:
            if a['source'] != t['model']:
                continue
            for acc in a['accessors']:
                if acc['installed'] and f'`{acc["name"]}`' not in sec:
                    return f'{t["tableName"]}: accessor {acc["name"]} of {a["as"]} not listed'
    p = exportlib.cli('export', d.path, '--format', 'markdown', '--dialect', 'postgres')
    if p.returncode != 0 or '| SQL type |' not in p.stdout:
        return f'--dialect postgres: exit {p.returncode} or no SQL type column'
    return check_tables(p.stdout)


def main():
    exportlib.cli_path()
    report = exportlib.Report('export markdown')
    for d in exportlib.designs():
        try:
            why = check_design(d)
        except Exception as e:  # noqa: BLE001
            why = f'{type(e).__name__}: {e}'
        if why:
            report.fail(d.name, why)
        else:
            report.ok(d.name)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main())
