#!/usr/bin/env python3
"""Consumer test of `relata-cli export --format dbml` and `--format mermaid`: @dbml/core and
mermaid (both from the npm registry, run offline in one node process: parse_dbml_mermaid.mjs)
parse the export of every design, and what they read back must be the resolved schema:

  DBML     every table with its columns in order, primary keys, NOT NULL, auto-increment; one
           enum per ENUM column; one Ref per foreign key constraint (child column -> referenced
           key, many-to-one, or one-to-one when the foreign key is unique); @dbml/core can turn it
           into PostgreSQL DDL.
  Mermaid  an erDiagram with one entity per table and one attribute per column; one relationship
           per foreign key (and per association without a constraint, dotted), whose
           cardinalities say whether the parent is required (NOT NULL foreign key) and whether a
           parent has at most one child (unique foreign key, or hasOne).

Designs Sequelize rejects are refused (exit 1); with --force the partial state still parses.
"""

import concurrent.futures
import json
import os
import shutil
import sys
import tempfile

import exportlib


def expected_relations(schema):
    """(child table, child column, parent table, parent column, constraint) with the cardinality
    facts, as the exports should draw them."""
    tables = {t['tableName']: t for t in reversed(schema['tables'])}
    by_index = {a['index']: a for a in schema['associations']}
    out = []
    seen = set()
    for t in schema['tables']:
        for c in t['columns']:
            ref = c.get('references')
            if not ref or ref['table'] not in tables:
                continue
            out.append(relation(t, c, ref['table'], ref['key'], True, [by_index[i] for i in c['associations'] if i in by_index]))
            seen.add((t['tableName'], c['field'], ref['table'], ref['key']))
    models = {t['model']: t for t in schema['tables']}
    for a in schema['associations']:
        links = []
        src, tgt = models.get(a['source']), models.get(a['target'])
        if not src or not tgt:
            continue
        if a['type'] == 'belongsTo':
            links.append((src, a.get('foreignKey'), tgt, a.get('targetKeyField')))
        elif a['type'] in ('hasOne', 'hasMany'):
            links.append((tgt, a.get('foreignKey'), src, a.get('sourceKeyField')))
        elif a.get('through') in models:
            j = models[a['through']]
            links += [(j, a.get('foreignKey'), src, a.get('sourceKeyField')), (j, a.get('otherKey'), tgt, a.get('targetKeyField'))]
        for holder, attr, parent, key in links:
            col = next((c for c in holder['columns'] if c['attribute'] == attr), None)
            if not col:
                continue
            k = (holder['tableName'], col['field'], parent['tableName'], key)
            if k in seen:
                continue
            seen.add(k)
            out.append(relation(holder, col, parent['tableName'], key, False, [a]))
    return out


def relation(table, col, parent, key, constraint, assocs):
    pk = table['primaryKey']
    alone_unique = col.get('unique') is True or any(u['fields'] == [col['field']] for u in table['uniqueKeys']) or \
        (col['primaryKey'] and len(pk) == 1)
    types = {a['type'] for a in assocs}
    return {'child': table['tableName'], 'column': col['field'], 'parent': parent, 'key': key, 'constraint': constraint,
            'parentRequired': (not col['allowNull']) or col['primaryKey'],
            'childUnique': alone_unique or ('hasOne' in types and 'hasMany' not in types)}


def check_dbml(schema, r):
    if r.get('error'):
        return 'DBML does not parse: ' + r['error']
    if r.get('postgres'):
        return '@dbml/core cannot export it to PostgreSQL: ' + r['postgres']
    first = {}
    for t in schema['tables']:
        first.setdefault(t['tableName'], t)
    got = {t['name']: t for t in r['tables']}
    if set(got) != set(first):
        return f'DBML tables {sorted(got)} != {sorted(first)}'
    for name, t in first.items():
        fields = got[name]['fields']
        if [f['name'] for f in fields] != [c['field'] for c in t['columns']]:
            return f'{name}: DBML columns {[f["name"] for f in fields]} != {[c["field"] for c in t["columns"]]}'
        single_pk = len(t['primaryKey']) == 1
        for f, c in zip(fields, t['columns']):
            if f['pk'] != (c['primaryKey'] and single_pk):
                return f'{name}.{c["field"]}: pk {f["pk"]}'
            if f['notNull'] != (not c['allowNull'] and not c['primaryKey']):
                return f'{name}.{c["field"]}: not null {f["notNull"]}'
            if f['increment'] != c['autoIncrement']:
                return f'{name}.{c["field"]}: increment {f["increment"]}'
            if c.get('type') == 'ENUM' and f['type'] not in r['enums']:
                return f'{name}.{c["field"]}: enum type {f["type"]} not defined'
        if not single_pk and t['primaryKey']:
            if not any(i['pk'] and i['columns'] == t['primaryKey'] for i in got[name]['indexes']):
                return f'{name}: composite primary key {t["primaryKey"]} missing'
    want = set()
    for rel in expected_relations(schema):
        if rel['constraint']:
            want.add((rel['child'], rel['column'], rel['parent'], rel['key'], '1' if rel['childUnique'] else '*'))
    have = set()
    for ends in r['refs']:
        child = next((e for e in ends if e['relation'] in ('*',)), None) or ends[0]
        parent = ends[1] if child is ends[0] else ends[0]
        have.add((child['table'], child['fields'][0], parent['table'], parent['fields'][0], child['relation']))
    if want != have:
        return f'DBML refs: missing {sorted(want - have)[:3]}, unexpected {sorted(have - want)[:3]}'
    return None


CARD_CHILD = {True: 'ZERO_OR_ONE', False: 'ZERO_OR_MORE'}
CARD_PARENT = {True: 'ONLY_ONE', False: 'ZERO_OR_ONE'}


def check_mermaid(schema, r):
    if r.get('error'):
        return 'Mermaid does not parse: ' + r['error']
    if r.get('type') != 'er':
        return f'Mermaid diagram type {r.get("type")!r}, expected er'
    first = {}
    for t in schema['tables']:
        first.setdefault(t['tableName'], t)
    if set(r['entities']) != set(first):
        return f'Mermaid entities {sorted(r["entities"])} != tables {sorted(first)}'
    for name, t in first.items():
        attrs = r['entities'][name]
        if len(attrs) != len(t['columns']):
            return f'{name}: {len(attrs)} attributes for {len(t["columns"])} columns'
        for a, c in zip(attrs, t['columns']):
            if ('PK' in a['keys']) != c['primaryKey']:
                return f'{name}.{c["field"]}: keys {a["keys"]}'
    want = []
    for rel in expected_relations(schema):
        want.append((rel['parent'], rel['child'], CARD_PARENT[rel['parentRequired']], CARD_CHILD[rel['childUnique']],
                     'IDENTIFYING' if rel['constraint'] else 'NON_IDENTIFYING'))
    have = []
    for x in r['relationships']:
        # mermaid stores `A left--right B` as cardB = left (A's side), cardA = right (B's side)
        have.append((x['a'], x['b'], x['cardB'], x['cardA'], x['relType']))
    if sorted(want) != sorted(have):
        missing = [w for w in want if w not in have]
        extra = [h for h in have if h not in want]
        return f'Mermaid relationships: missing {missing[:3]}, unexpected {extra[:3]}'
    return None


def main():
    exportlib.cli_path()
    mods = exportlib.node_modules('@dbml/core', 'mermaid', 'jsdom')
    report = exportlib.Report('export dbml + mermaid')
    work = tempfile.mkdtemp(prefix='relata-export-dbml-')
    runner = os.path.join(os.path.dirname(mods), f'parse_dbml_mermaid.{os.getpid()}.mjs')
    try:
        designs = exportlib.designs()
        problems, jobs = {}, []

        def prepare(d):
            files = {}
            for fmt in ('dbml', 'mermaid'):
                out = os.path.join(work, f'{d.safe_id()}.{fmt}')
                if not d.valid:
                    p = exportlib.cli('export', d.path, '--format', fmt)
                    if p.returncode != 1:
                        return None, f'invalid design: {fmt} export exited {p.returncode}, expected 1'
                    p = exportlib.cli('export', d.path, '--format', fmt, '--force', '-o', out)
                else:
                    p = exportlib.cli('export', d.path, '--format', fmt, '-o', out)
                if p.returncode != 0:
                    return None, f'{fmt} export exited {p.returncode}: {p.stderr.strip()[-300:]}'
                files[fmt] = out
            return {'id': d.name, **files}, None

        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for d, (job, why) in zip(designs, pool.map(prepare, designs)):
                if why:
                    problems[d.name] = why
                else:
                    jobs.append(job)
        jobs_path, results_path = os.path.join(work, 'jobs.json'), os.path.join(work, 'results.json')
        with open(jobs_path, 'w', encoding='utf-8') as f:
            json.dump(jobs, f)
        shutil.copyfile(os.path.join(exportlib.HERE, 'parse_dbml_mermaid.mjs'), runner)
        p = exportlib.run_node(runner, [jobs_path, results_path], mods)
        if p.returncode != 0:
            print(p.stdout[-2000:], p.stderr[-4000:], sep='\n')
            print('FAIL: the node parser harness failed')
            return 1
        with open(results_path, encoding='utf-8') as f:
            results = json.load(f)
        for d in designs:
            if d.name in problems:
                report.fail(d.name, problems[d.name])
                continue
            r = results.get(d.name) or {}
            schema = d.inspect()
            whys = [w for w in (check_dbml(schema, r.get('dbml') or {'error': 'no result'}),
                                check_mermaid(schema, r.get('mermaid') or {'error': 'no result'})) if w]
            if whys:
                report.fail(d.name, '; '.join(whys))
            else:
                report.ok(d.name, None if d.valid else 'invalid design, --force')
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if os.path.exists(runner):
            os.unlink(runner)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main())
