"""Shared by the export consumer tests (tests/export/test_*.py). Python 3 standard library only.

Environment:
  RELATA_CLI              the relata-cli under test (required)
  RELATA_NODE_CACHE       where npm installs the consumer packages (default: a temp dir)
  RELATA_TEST_PG_URL, RELATA_TEST_MY_URL, RELATA_TEST_DB_PASSWORD
                          the database servers of scripts/db-servers.sh (scripts/test.sh exports them)
  CI                      when set, a missing server or package is a failure instead of a skip
  RELATA_EXPORT_ONLY      optional: only the designs whose name contains this text
"""

import contextlib
import fcntl
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, os.path.join(ROOT, 'tests', 'conformance'))
import check  # noqa: E402  (the conformance checker's catalog readers and comparisons)

SKIP = 77  # ctest SKIP_RETURN_CODE
EXPECTED_DIR = os.path.join(ROOT, 'tests', 'conformance', 'expected')

# The consumers, pinned: Sequelize as the core reproduces it, and the parsers of DBML / Mermaid.
NODE_PACKAGES = {
    'sequelize': '6.37.8',
    'pg': '8.23.1',
    '@dbml/core': '10.2.0',
    'mermaid': '11.17.2',
    'jsdom': '29.1.1',
}


def cli_path():
    p = os.environ.get('RELATA_CLI')
    if not p or not os.access(p, os.X_OK):
        print(f'RELATA_CLI is not set to the relata-cli executable (got {p!r})', file=sys.stderr)
        sys.exit(2)
    return p


def cli(*args, input=None, check_rc=None, timeout=300):
    p = subprocess.run([cli_path(), *args], input=input, capture_output=True, text=True, timeout=timeout,
                       errors='replace')
    if check_rc is not None and p.returncode != check_rc:
        raise AssertionError(f'relata-cli {" ".join(args)} exited {p.returncode}, expected {check_rc}:\n'
                             f'{p.stderr.strip()[-2000:]}')
    return p


class Design:
    def __init__(self, path, kind):
        self.path = path
        self.kind = kind  # 'examples' or 'cases'
        base = os.path.basename(path)
        self.stem = base[:-len('.relata.json')] if base.endswith('.relata.json') else base[:-len('.json')]
        self.name = f'{kind}/{self.stem}'
        exp = os.path.join(EXPECTED_DIR, self.stem + '.json')
        self.expected = None
        if os.path.exists(exp):
            with open(exp, encoding='utf-8') as f:
                self.expected = json.load(f)
        self._inspect = None

    def inspect(self):
        """The resolved schema (relata-cli inspect --json); 'error' is set when Sequelize throws."""
        if self._inspect is None:
            p = cli('inspect', self.path, '--json')
            if p.returncode not in (0, 1):
                raise AssertionError(f'inspect {self.name} exited {p.returncode}: {p.stderr.strip()[-500:]}')
            self._inspect = json.loads(p.stdout)
        return self._inspect

    @property
    def valid(self):
        return self.inspect().get('error') is None

    def sequelize_fails_on(self, dialect):
        """The database error Sequelize's own sync hit on this dialect (recorded), or None."""
        if not self.expected:
            return None
        section = self.expected.get(dialect) or {}
        if section.get('ok') is False:
            return (section.get('error') or {}).get('message') or 'failed'
        return None

    def safe_id(self):
        return ''.join(c if c.isalnum() else '_' for c in self.name)


def designs():
    out = [Design(p, 'examples') for p in sorted(glob.glob(os.path.join(ROOT, 'resources', 'examples', '*.relata.json')))]
    out += [Design(p, 'cases') for p in sorted(glob.glob(os.path.join(ROOT, 'tests', 'conformance', 'cases', '*.json')))]
    out += [Design(p, 'extra') for p in sorted(glob.glob(os.path.join(HERE, 'data', '*.relata.json')))]
    only = os.environ.get('RELATA_EXPORT_ONLY')
    if only:
        out = [d for d in out if only in d.name]
    return out


def skip_or_fail(why):
    """A consumer that cannot run here: skip loudly, or fail under CI."""
    if os.environ.get('CI'):
        print(f'FAIL: {why} (CI is set, so this is a failure, not a skip)', flush=True)
        sys.exit(1)
    print(f'SKIPPED: {why}', flush=True)
    print('*** this consumer test did not run; set CI=1 to make that a failure ***', flush=True)
    sys.exit(SKIP)


def postgres_backend():
    url = os.environ.get('RELATA_TEST_PG_URL')
    if not url:
        skip_or_fail('no PostgreSQL server: RELATA_TEST_PG_URL is not set (scripts/test.sh starts one; '
                     'or run scripts/db-servers.sh start DIR and source DIR/env.sh)')
    if os.environ.get('RELATA_TEST_DB_PASSWORD') is not None:
        os.environ['PGPASSWORD'] = os.environ['RELATA_TEST_DB_PASSWORD']
    return check.Postgres(url)


def mysql_backend():
    url = os.environ.get('RELATA_TEST_MY_URL')
    if not url:
        skip_or_fail('no MariaDB server: RELATA_TEST_MY_URL is not set (scripts/test.sh starts one; '
                     'or run scripts/db-servers.sh start DIR and source DIR/env.sh)')
    b = check.MySQL(url)
    if os.environ.get('RELATA_TEST_DB_PASSWORD') is not None and b.password is None:
        b.password = os.environ['RELATA_TEST_DB_PASSWORD']
        b.env['MYSQL_PWD'] = b.password
    return b


@contextlib.contextmanager
def _locked(path):
    with open(path, 'a+') as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def node_modules(*names):
    """Installs the pinned consumer packages (all of them, once) into RELATA_NODE_CACHE with
    npm, and returns the node_modules directory. Skips (or fails under CI) without node/npm or
    without the registry."""
    node, npm = shutil.which('node'), shutil.which('npm')
    if not node or not npm:
        skip_or_fail('node and npm are needed (scripts/setup.sh installs them)')
    cache = os.environ.get('RELATA_NODE_CACHE') or os.path.join(tempfile.gettempdir(), 'relata-node-cache')
    os.makedirs(cache, exist_ok=True)
    wanted = {n: NODE_PACKAGES[n] for n in NODE_PACKAGES}
    marker = os.path.join(cache, 'relata-packages.json')
    with _locked(os.path.join(cache, '.lock')):
        have = None
        if os.path.exists(marker):
            with open(marker, encoding='utf-8') as f:
                have = json.load(f)
        mods = os.path.join(cache, 'node_modules')
        if have != wanted or not all(os.path.isdir(os.path.join(mods, n)) for n in wanted):
            with open(os.path.join(cache, 'package.json'), 'w', encoding='utf-8') as f:
                json.dump({'name': 'relata-export-consumers', 'private': True, 'dependencies': wanted}, f, indent=2)
            print(f'npm install into {cache}: ' + ' '.join(f'{k}@{v}' for k, v in wanted.items()), flush=True)
            p = subprocess.run([npm, 'install', '--prefix', cache, '--no-audit', '--no-fund', '--loglevel=error',
                                '--no-package-lock'], capture_output=True, text=True, timeout=900)
            if p.returncode != 0:
                skip_or_fail(f'npm install failed (no registry?): {p.stderr.strip()[-800:]}')
            with open(marker, 'w', encoding='utf-8') as f:
                json.dump(wanted, f)
    for n in names:
        if not os.path.isdir(os.path.join(mods, n)):
            skip_or_fail(f'the npm package {n} is missing in {mods}')
    return mods


def run_node(script_path, args, node_path, timeout=900, env=None):
    e = dict(os.environ, NODE_PATH=node_path)
    if env:
        e.update(env)
    return subprocess.run([shutil.which('node'), script_path, *args], capture_output=True, text=True,
                          timeout=timeout, env=e, errors='replace')


class Report:
    """Collects per-design results; prints one line each and a summary, returns the exit code."""

    def __init__(self, title):
        self.title = title
        self.passed = 0
        self.failed = []
        self.notes = []

    def ok(self, name, note=None):
        self.passed += 1
        print(f'PASS {name}' + (f' ({note})' if note else ''), flush=True)

    def fail(self, name, why):
        self.failed.append(name)
        print(f'FAIL {name}: {why}', flush=True)

    def note(self, text):
        self.notes.append(text)

    def finish(self):
        for n in self.notes:
            print(f'NOTE {n}')
        print(f'{self.title}: {self.passed} passed, {len(self.failed)} failed', flush=True)
        return 1 if self.failed else 0
