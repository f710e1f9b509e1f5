#!/usr/bin/env python3
"""Consumer test of `relata-cli export --format sql`: every example and conformance design, one
dialect per run (argument: postgres, mysql or sqlite).

Per design:
  * an invalid design is refused (exit 1), as `ddl` refuses it, and --force is a usage error;
  * the single file (with --drop) and the --split files (000_drop.sql + one per table + deferred
    foreign keys) hold exactly the statements of `relata-cli ddl --drop`, in the same order;
  * the single file runs on a fresh database, and again on top of itself (the drop part makes
    it re-runnable); the split files, run in name order, give the same schema;
  * that schema is the one the design resolves to (`inspect --json`: tables, column order,
    nullability, primary keys, foreign keys with actions, unique keys, indexes), and, for the
    conformance cases, the one real Sequelize 6.37.8 created (tests/conformance/expected);
  * where Sequelize's own sync failed on this database, the script fails the same way.
"""

import concurrent.futures
import os
import queue
import re
import shutil
import sys
import tempfile

import exportlib
from exportlib import check

WORKERS = 2
DEFAULT_ACTION = {'postgres': 'NO ACTION', 'mysql': 'RESTRICT', 'sqlite': 'NO ACTION'}


def statements(script, dialect):
    return [check.strip_leading_comments(s).strip() for s in check.split_sql(script, dialect)]


def resolved_shape(schema, dialect):
    """What the database must show, from the resolved schema."""
    tables = {}
    for t in schema['tables']:
        if t['tableName'] in tables:
            continue  # two models, one table: the first one creates it
        pk = list(t['primaryKey'])
        cols = t['columns']
        fks = set()
        for c in cols:
            r = c.get('references')
            if r:
                fks.add((c['field'], r['table'], r['key'],
                         c['onDelete'].upper() if c.get('onDelete') else DEFAULT_ACTION[dialect],
                         c['onUpdate'].upper() if c.get('onUpdate') else DEFAULT_ACTION[dialect]))
        # PostgreSQL and SQLite drop a unique constraint that repeats the primary key; MariaDB keeps it
        uniques = {frozenset(u['fields']) for u in t['uniqueKeys']
                   if dialect == 'mysql' or sorted(u['fields']) != sorted(pk)}
        indexes = {(tuple(i['fields']), bool(i['unique'])) for i in t['indexes']}
        tables[t['tableName']] = {
            'columns': [c['field'] for c in cols],
            'nullable': {c['field']: bool(c['allowNull']) for c in cols if not c['primaryKey']},
            'primaryKey': pk,
            'foreignKeys': fks,
            'uniques': uniques,
            'indexes': indexes,
        }
    return tables


def compare_with_resolved(expected, actual, dialect):
    diffs = []
    if set(expected) != set(actual):
        diffs.append(f'tables: expected {sorted(expected)} got {sorted(actual)}')
    for name in sorted(set(expected) & set(actual)):
        e, a = expected[name], actual[name]
        acols = [c['name'] for c in a['columns']]
        if e['columns'] != acols:
            diffs.append(f'{name}: columns expected {e["columns"]} got {acols}')
        for c in a['columns']:
            if c['name'] in e['nullable'] and e['nullable'][c['name']] != c['nullable']:
                diffs.append(f'{name}.{c["name"]}: nullable expected {e["nullable"][c["name"]]} got {c["nullable"]}')
        if e['primaryKey'] != a['primaryKey']:
            diffs.append(f'{name}: primary key expected {e["primaryKey"]} got {a["primaryKey"]}')
        afks = set()
        for f in a['foreignKeys']:
            if len(f['columns']) == 1:
                afks.add((f['columns'][0], f['refTable'], f['refColumns'][0], f['onDelete'], f['onUpdate']))
            else:
                afks.add(tuple(f['columns']))
        if e['foreignKeys'] != afks:
            diffs.append(f'{name}: foreign keys expected {sorted(e["foreignKeys"])} got {sorted(afks, key=str)}')
        auniq = {frozenset(u['columns']) for u in a['uniqueConstraints']}
        if e['uniques'] != auniq:
            diffs.append(f'{name}: unique keys expected {sorted(map(sorted, e["uniques"]))} '
                         f'got {sorted(map(sorted, auniq))}')
        aidx = {(tuple(i['columns']), bool(i['unique'])) for i in a['indexes'] if not i.get('implicitForForeignKey')}
        if e['indexes'] != aidx:
            diffs.append(f'{name}: indexes expected {sorted(e["indexes"])} got {sorted(aidx)}')
    return diffs


def run_files(backend, db, paths):
    """Runs the files in name order, as one client session (each file holds whole statements:
    the caller checked every file's statement list)."""
    script = ''
    for p in paths:
        with open(p, encoding='utf-8') as f:
            script += f.read()
    return backend.execute(db, script)


def reset(backend, db):
    """Empties a database for the next design (cheaper than a new database per design)."""
    if backend.dialect == 'postgres':
        backend.sql(backend.db_url(db), 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
    elif backend.dialect == 'mysql':
        backend.sql(f'DROP DATABASE IF EXISTS `{db}`; CREATE DATABASE `{db}` CHARACTER SET utf8mb4')
    else:
        for suffix in ('', '-journal', '-wal', '-shm'):
            if os.path.exists(db + suffix):
                os.unlink(db + suffix)
        open(db, 'wb').close()


def check_design(d, dialect, backend, work, pool):
    name = d.name
    if not d.valid:
        p = exportlib.cli('export', d.path, '--format', 'sql', '--dialect', dialect)
        if p.returncode != 1:
            return f'invalid design: export exited {p.returncode}, expected 1'
        p = exportlib.cli('export', d.path, '--format', 'sql', '--dialect', dialect, '--force')
        if p.returncode != 2:
            return f'--force with sql: exit {p.returncode}, expected 2 (usage error)'
        return None

    base = os.path.join(work, d.safe_id())
    os.makedirs(base)
    single = os.path.join(base, 'schema.sql')
    split = os.path.join(base, 'split')
    p = exportlib.cli('export', d.path, '--format', 'sql', '--dialect', dialect, '--drop', '-o', single)
    ddl = exportlib.cli('ddl', d.path, '--dialect', dialect, '--drop')
    if p.returncode != 0 or ddl.returncode != 0:
        if p.returncode == 1 and ddl.returncode == 1:
            return None  # refused for this database, as ddl refuses it
        return f'export exited {p.returncode}, ddl exited {ddl.returncode}: {p.stderr.strip()[-400:]}'
    p = exportlib.cli('export', d.path, '--format', 'sql', '--dialect', dialect, '--split', '--drop', '-o', split)
    if p.returncode != 0:
        return f'export --split exited {p.returncode}: {p.stderr.strip()[-400:]}'
    files = sorted(os.path.join(split, f) for f in os.listdir(split))
    if not files or not os.path.basename(files[0]).startswith('000_drop'):
        return f'--split --drop: expected 000_drop.sql first, got {[os.path.basename(f) for f in files]}'
    if any(not re.match(r'^\d{3,}_[A-Za-z0-9_-]+\.sql$', os.path.basename(f)) for f in files):
        return f'--split: unexpected file names {[os.path.basename(f) for f in files]}'

    with open(single, encoding='utf-8') as f:
        single_text = f.read()
    want = statements(ddl.stdout, dialect)
    if statements(single_text, dialect) != want:
        return 'the single file does not hold the statements of `ddl --drop` in order'
    split_statements = []
    for path in files:
        with open(path, encoding='utf-8') as f:
            split_statements += statements(f.read(), dialect)
    if split_statements != want:
        return 'the split files do not hold the statements of `ddl --drop` in order'

    db_single, db_split = pool.get()
    try:
        reset(backend, db_single)
        reset(backend, db_split)
        err = backend.execute(db_single, single_text)
        failed_before = d.sequelize_fails_on(dialect)
        if err is not None:
            if failed_before and check.error_shape(err.message) == check.error_shape(failed_before):
                return None  # Sequelize's sync fails the same way here
            return f'the script does not run: {err}' + (f' (Sequelize failed with: {failed_before})' if failed_before else '')
        if failed_before:
            return f'the script runs, but Sequelize\'s own sync failed here: {failed_before}'
        actual = backend.introspect(db_single, want)
        # the drop part makes the file re-runnable on top of itself
        err = backend.execute(db_single, single_text)
        if err is not None:
            return f'the single file does not run a second time: {err}'
        again = backend.introspect(db_single, want)
        diffs = check.compare_tables(actual['tables'], again['tables'], dialect, set())
        if diffs:
            return 'second run differs: ' + '; '.join(diffs[:3])
        err = run_files(backend, db_split, files)
        if err is not None:
            return f'the split files do not run: {err}'
        from_split = backend.introspect(db_split, want)
        diffs = check.compare_tables(actual['tables'], from_split['tables'], dialect, set())
        diffs += check.compare_enums(actual.get('enums'), from_split.get('enums'))
        if diffs:
            return 'split files give another schema: ' + '; '.join(diffs[:3])
    finally:
        pool.put((db_single, db_split))

    diffs = compare_with_resolved(resolved_shape(d.inspect(), dialect), actual['tables'], dialect)
    if diffs:
        return 'not the resolved schema: ' + '; '.join(diffs[:4])
    section = (d.expected or {}).get(dialect)
    if section and section.get('ok'):
        import json
        with open(d.path, encoding='utf-8') as f:
            case_doc = json.load(f)
        diffs = check.compare_tables(section.get('tables') or {}, actual['tables'], dialect,
                                     check.named_unique_tables(case_doc, d.expected))
        if dialect == 'postgres' and 'enums' in section:
            diffs += check.compare_enums(section.get('enums'), actual.get('enums'))
        if diffs:
            return 'differs from what Sequelize 6.37.8 created: ' + '; '.join(diffs[:4])
    return None


def main(argv):
    if len(argv) != 2 or argv[1] not in ('postgres', 'mysql', 'sqlite'):
        print('usage: test_export_sql.py postgres|mysql|sqlite', file=sys.stderr)
        return 2
    dialect = argv[1]
    exportlib.cli_path()
    backend = {'postgres': exportlib.postgres_backend, 'mysql': exportlib.mysql_backend,
               'sqlite': check.SQLite}[dialect]()
    report = exportlib.Report(f'export sql ({dialect})')
    work = tempfile.mkdtemp(prefix='relata-export-sql-')
    databases = queue.Queue()
    created = []
    try:
        for _ in range(WORKERS):
            pair = (backend.create_db(), backend.create_db())
            created += pair
            databases.put(pair)
        designs = exportlib.designs()
        with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
            futures = {pool.submit(check_design, d, dialect, backend, work, databases): d for d in designs}
            for fut in futures:
                d = futures[fut]
                try:
                    why = fut.result()
                except Exception as e:  # noqa: BLE001 - one broken design must not hide the rest
                    why = f'{type(e).__name__}: {e}'
                if why:
                    report.fail(d.name, why)
                else:
                    report.ok(d.name)
    finally:
        for db in created:
            backend.drop_db(db)
        shutil.rmtree(work, ignore_errors=True)
        if dialect == 'sqlite':
            backend.stop()
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
