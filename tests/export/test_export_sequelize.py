#!/usr/bin/env python3
"""Consumer test of `relata-cli export --format sequelize`: real Sequelize 6.37.8 (installed from
the npm registry into RELATA_NODE_CACHE) loads the exported module of every design (two node
processes running sequelize_sync.js, one per worker) and sync({force: true})s it into an empty
PostgreSQL database. That database must hold exactly the schema Relata's own DDL
(`relata-cli ddl --dialect postgres`) creates in another empty database: tables, columns, types,
defaults, keys, foreign keys with actions, unique keys, indexes, enum types. Also per design:
  * the module returns every model by name (join models included);
  * the association methods Sequelize installs are the accessors Relata resolved (as
    `relata-cli accessors --json` lists them);
  * the ES module (--module esm) defines the same models as the CommonJS one;
  * a design Sequelize rejects is refused, and with --force its code makes Sequelize throw
    Relata's error message;
  * where Sequelize's sync fails on PostgreSQL, Relata's DDL fails the same way.
"""

import concurrent.futures
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

import exportlib
from exportlib import check


WORKERS = 2


def db_url(base_url, password, name):
    u = urllib.parse.urlsplit(base_url)
    netloc = u.netloc
    if password is not None and u.password is None:
        user = u.username or ''
        netloc = f'{urllib.parse.quote(urllib.parse.unquote(user), safe="")}:{urllib.parse.quote(password, safe="")}@' \
                 f'{u.hostname}:{u.port or 5432}'
    return urllib.parse.urlunsplit((u.scheme, netloc, '/' + urllib.parse.quote(name), '', ''))


def expected_accessors(schema):
    """What `relata-cli accessors --json` prints: per model, the installed names, sorted."""
    out = {t['model']: set() for t in schema['tables']}
    for a in schema['associations']:
        out.setdefault(a['source'], set()).update(x['name'] for x in a['accessors'] if x['installed'])
    return {m: sorted(names) for m, names in out.items()}


class NodeWorker:
    """One node process (sequelize_sync.js) and two databases: one Sequelize syncs into, one
    for Relata's DDL. Both are emptied before each design."""

    def __init__(self, backend, mods, base_url, password):
        self.backend = backend
        self.seq_db, self.relata_db = backend.create_db(), backend.create_db()
        self.url = db_url(base_url, password, self.seq_db)
        env = dict(os.environ, NODE_PATH=mods)
        self.proc = subprocess.Popen([shutil.which('node'), os.path.join(exportlib.HERE, 'sequelize_sync.js')],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=env)

    def empty(self, db):
        self.backend.sql(self.backend.db_url(db), 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')

    def run(self, job):
        if job.get('sync'):
            self.empty(self.seq_db)
            job = dict(job, url=self.url)
        self.proc.stdin.write(json.dumps(job) + '\n')
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError('the node harness stopped: ' + self.proc.stderr.read()[-2000:])
        return json.loads(line)

    def close(self):
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=60)
        except Exception:  # noqa: BLE001 - best effort on the way out
            self.proc.kill()
        self.backend.drop_db(self.seq_db)
        self.backend.drop_db(self.relata_db)


def prepare(d, work):
    """Exports the design; returns (job for node or None, problem or None)."""
    cjs = os.path.join(work, d.safe_id() + '.js')
    esm = os.path.join(work, d.safe_id() + '.mjs')
    if not d.valid:
        p = exportlib.cli('export', d.path, '--format', 'sequelize')
        if p.returncode != 1:
            return None, f'invalid design: export exited {p.returncode}, expected 1'
        p = exportlib.cli('export', d.path, '--format', 'sequelize', '--force', '-o', cjs)
        if p.returncode != 0:
            return None, f'export --force exited {p.returncode}: {p.stderr.strip()[-300:]}'
        return {'id': d.name, 'cjs': cjs, 'esm': None, 'sync': False}, None
    p = exportlib.cli('export', d.path, '--format', 'sequelize', '-o', cjs)
    if p.returncode != 0:
        return None, f'export exited {p.returncode}: {p.stderr.strip()[-300:]}'
    p = exportlib.cli('export', d.path, '--format', 'sequelize', '--module', 'esm', '-o', esm)
    if p.returncode != 0:
        return None, f'export --module esm exited {p.returncode}: {p.stderr.strip()[-300:]}'
    return {'id': d.name, 'cjs': cjs, 'esm': esm, 'sync': True}, None


def judge(d, result, worker):
    backend = worker.backend
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
    diffs = check.compare_accessors(expected_accessors(d.inspect()), result['accessors'])
    if diffs:
        return 'installed methods differ from `accessors`: ' + '; '.join(diffs[:3])

    ddl = exportlib.cli('ddl', d.path, '--dialect', 'postgres')
    seq_error = result.get('syncError')
    if ddl.returncode != 0:
        if ddl.returncode == 1 and seq_error:
            return None  # Relata refuses the DDL and Sequelize's sync fails: agreed
        return f'ddl exited {ddl.returncode}' + (f'; Sequelize sync: {seq_error}' if seq_error else '')
    db = worker.relata_db
    worker.empty(db)
    err = backend.execute(db, ddl.stdout)
    if seq_error or err is not None:
        if seq_error and err is not None and check.error_shape(err.message) == check.error_shape(seq_error):
            return None  # both fail, for the same reason
        return f'Sequelize sync: {seq_error or "ok"}; Relata DDL: {err.message if err else "ok"}'
    relata = backend.introspect(db, check.split_sql(ddl.stdout, 'postgres'))
    synced = backend.introspect(worker.seq_db, [])
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
    workers = queue.Queue()
    started = []
    try:
        for _ in range(WORKERS):
            w = NodeWorker(backend, mods, base_url, password)
            started.append(w)
            workers.put(w)

        def one(d):
            job, problem = prepare(d, work)
            if problem:
                return problem
            w = workers.get()
            try:
                return judge(d, w.run(job), w)
            finally:
                workers.put(w)

        t0 = time.time()
        designs = exportlib.designs()
        with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
            for d, why in zip(designs, pool.map(lambda d: _safe(one, d), designs)):
                if why:
                    report.fail(d.name, why)
                else:
                    report.ok(d.name, None if d.valid else 'rejected as Relata says')
        print(f'{len(designs)} designs in {time.time() - t0:.1f} s', flush=True)
    finally:
        for w in started:
            w.close()
        shutil.rmtree(work, ignore_errors=True)
    return report.finish()


def _safe(fn, d):
    try:
        return fn(d)
    except Exception as e:  # noqa: BLE001 - one broken design must not hide the rest
        return f'{type(e).__name__}: {e}'


if __name__ == '__main__':
    sys.exit(main())
