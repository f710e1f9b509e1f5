#!/usr/bin/env python3
"""Consumer test of `relata-cli export --format sequelize`: real Sequelize 6.37.8 (installed from
the npm registry into RELATA_NODE_CACHE) loads the exported module of every design, in one node
process (sequelize_sync.js), and sync({force: true})s it into a fresh PostgreSQL database. That
database must hold exactly the schema Relata's own DDL (`relata-cli ddl --dialect postgres`)
creates in another fresh database (tables, columns, types, defaults, keys, foreign keys with
actions, unique keys, indexes, enum types). Also per design:
  * the module returns every model by name (join models included);
  * the association methods Sequelize installs are the ones `relata-cli accessors --json` lists;
  * the ES module (--module esm) defines the same models as the CommonJS one;
  * a design Sequelize rejects is refused, and with --force its code makes Sequelize throw
    Relata's error message;
  * where Sequelize's sync fails on PostgreSQL, Relata's DDL fails the same way.
"""

import concurrent.futures
import json
import os
import shutil
import sys
import tempfile
import urllib.parse

import exportlib
from exportlib import check


def db_url(base_url, password, name):
    u = urllib.parse.urlsplit(base_url)
    netloc = u.netloc
    if password is not None and u.password is None:
        user = u.username or ''
        netloc = f'{urllib.parse.quote(urllib.parse.unquote(user), safe="")}:{urllib.parse.quote(password, safe="")}@' \
                 f'{u.hostname}:{u.port or 5432}'
    return urllib.parse.urlunsplit((u.scheme, netloc, '/' + urllib.parse.quote(name), '', ''))


def prepare(d, work, backend, base_url, password):
    """Exports the design; returns (job for node or None, problem or None, databases to drop)."""
    cjs = os.path.join(work, d.safe_id() + '.js')
    esm = os.path.join(work, d.safe_id() + '.mjs')
    if not d.valid:
        p = exportlib.cli('export', d.path, '--format', 'sequelize')
        if p.returncode != 1:
            return None, f'invalid design: export exited {p.returncode}, expected 1', []
        p = exportlib.cli('export', d.path, '--format', 'sequelize', '--force', '-o', cjs)
        if p.returncode != 0:
            return None, f'export --force exited {p.returncode}: {p.stderr.strip()[-300:]}', []
        return {'id': d.name, 'cjs': cjs, 'esm': None, 'url': None, 'sync': False}, None, []
    p = exportlib.cli('export', d.path, '--format', 'sequelize', '-o', cjs)
    if p.returncode != 0:
        return None, f'export exited {p.returncode}: {p.stderr.strip()[-300:]}', []
    p = exportlib.cli('export', d.path, '--format', 'sequelize', '--module', 'esm', '-o', esm)
    if p.returncode != 0:
        return None, f'export --module esm exited {p.returncode}: {p.stderr.strip()[-300:]}', []
    db = backend.create_db()
    return {'id': d.name, 'cjs': cjs, 'esm': esm, 'url': db_url(base_url, password, db), 'sync': True,
            'db': db}, None, [db]


def judge(d, job, result, backend):
    if result is None:
        return 'node produced no result'
    if result.get('harnessError'):
        return 'harness: ' + result['harnessError'][-500:]
    if not d.valid:
        want = d.inspect()['error']['message']
        got = result.get('defineError')
        if got is None:
            return f'the --force module did not make Sequelize throw (expected: {want})'
        if got != want:
            return f'Sequelize threw {got!r}, Relata reports {want!r}'
        return None
    if result.get('defineError'):
        return 'defining the models failed: ' + result['defineError']
    if result.get('esmError') or result.get('esmDiff'):
        return 'ES module: ' + (result.get('esmError') or result.get('esmDiff'))
    acc = exportlib.cli('accessors', d.path, '--json')
    if acc.returncode != 0:
        return f'accessors exited {acc.returncode}'
    diffs = check.compare_accessors(json.loads(acc.stdout), result['accessors'])
    if diffs:
        return 'installed methods differ from `accessors`: ' + '; '.join(diffs[:3])

    ddl = exportlib.cli('ddl', d.path, '--dialect', 'postgres')
    seq_error = result.get('syncError')
    if ddl.returncode != 0:
        if ddl.returncode == 1 and seq_error:
            return None  # Relata refuses the DDL and Sequelize's sync fails: agreed
        return f'ddl exited {ddl.returncode}' + (f'; Sequelize sync: {seq_error}' if seq_error else '')
    db = backend.create_db()
    try:
        err = backend.execute(db, ddl.stdout)
        if seq_error or err is not None:
            if seq_error and err is not None and check.error_shape(err.message) == check.error_shape(seq_error):
                return None
            return f'Sequelize sync: {seq_error or "ok"}; Relata DDL: {err.message if err else "ok"}'
        relata = backend.introspect(db, check.split_sql(ddl.stdout, 'postgres'))
    finally:
        backend.drop_db(db)
    synced = backend.introspect(job['db'], [])
    diffs = check.compare_tables(relata['tables'], synced['tables'], 'postgres', set(relata['tables']))
    diffs += check.compare_enums(relata.get('enums'), synced.get('enums'))
    if diffs:
        return 'Sequelize synced another schema than Relata\'s DDL: ' + '; '.join(diffs[:4])
    return None


def main():
    exportlib.cli_path()
    backend = exportlib.postgres_backend()
    mods = exportlib.node_modules('sequelize', 'pg')
    base_url = os.environ['RELATA_TEST_PG_URL']
    password = os.environ.get('RELATA_TEST_DB_PASSWORD')
    report = exportlib.Report('export sequelize (postgres)')
    work = tempfile.mkdtemp(prefix='relata-export-sequelize-')
    dbs = []
    try:
        designs = exportlib.designs()
        jobs, problems = {}, {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for d, (job, problem, created) in zip(designs, pool.map(
                    lambda d: prepare(d, work, backend, base_url, password), designs)):
                dbs += created
                if problem:
                    problems[d.name] = problem
                else:
                    jobs[d.name] = job
        jobs_path, results_path = os.path.join(work, 'jobs.json'), os.path.join(work, 'results.json')
        with open(jobs_path, 'w', encoding='utf-8') as f:
            json.dump(list(jobs.values()), f)
        p = exportlib.run_node(os.path.join(exportlib.HERE, 'sequelize_sync.js'), [jobs_path, results_path], mods)
        if p.returncode != 0:
            print(p.stdout[-2000:], p.stderr[-4000:], sep='\n')
            print('FAIL: the node harness failed')
            return 1
        with open(results_path, encoding='utf-8') as f:
            results = json.load(f)

        def one(d):
            if d.name in problems:
                return problems[d.name]
            return judge(d, jobs[d.name], results.get(d.name), backend)

        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for d, why in zip(designs, pool.map(lambda d: _safe(one, d), designs)):
                if why:
                    report.fail(d.name, why)
                else:
                    report.ok(d.name, None if d.valid else 'rejected as Relata says')
    finally:
        for db in dbs:
            backend.drop_db(db)
        shutil.rmtree(work, ignore_errors=True)
    return report.finish()


def _safe(fn, d):
    try:
        return fn(d)
    except Exception as e:  # noqa: BLE001 - one broken design must not hide the rest
        return f'{type(e).__name__}: {e}'


if __name__ == '__main__':
    sys.exit(main())
