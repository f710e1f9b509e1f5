#!/usr/bin/env python3
"""Tests of the relata-cli command line: verbs, options, exit statuses, stdin, -o.

Runs the built program named by the environment variable RELATA_CLI (ctest sets it) on small
documents written to temporary files and on the conformance cases. Standard library only.
Exit status: 0 when every test passed, 1 otherwise (unittest.main).
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, '..', 'conformance', 'cases')
EXPECTED = os.path.join(HERE, '..', 'conformance', 'expected')
CLI = os.environ.get('RELATA_CLI', '')

VERB_OPTIONS = {
    'validate': ['--dialect', '--json', '--quiet'],
    'inspect': ['--json', '--output'],
    'ddl': ['--dialect', '--drop', '--output'],
    'accessors': ['--json', '--sql', '--dialect', '--output'],
}

VALID = {
    'format': 'relata/1',
    'models': [
        {'name': 'player', 'attributes': {'name': {'type': 'STRING', 'allowNull': False}}},
        {'name': 'team', 'attributes': {}},
    ],
    'associations': [{'source': 'player', 'type': 'belongsTo', 'target': 'team'}],
}

# Sequelize throws: the same alias twice.
SEQUELIZE_ERROR = {
    'format': 'relata/1',
    'models': [{'name': 'user', 'attributes': {}}, {'name': 'item', 'attributes': {}}],
    'associations': [
        {'source': 'user', 'type': 'hasMany', 'target': 'item', 'options': {'as': 'items'}},
        {'source': 'user', 'type': 'hasMany', 'target': 'item', 'options': {'as': 'items'}},
    ],
}

BROKEN_JSON = '{"format": "relata/1", "models": [ {"name": "a", '
BAD_SHAPE = '{"format": "relata/1", "models": 5, "associations": []}'


def case(name):
    matches = sorted(glob.glob(os.path.join(CASES, name + '*.json')))
    if not matches:
        raise unittest.SkipTest(f'conformance case {name} not found')
    return matches[0]


def expected(path):
    with open(os.path.join(EXPECTED, os.path.basename(path)), encoding='utf-8') as f:
        return json.load(f)


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix='relata-cli-test-')

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_cli(self, *args, stdin=None):
        p = subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, timeout=60,
                           stdin=None if stdin is not None else subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr

    def write(self, name, content):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(content if isinstance(content, str) else json.dumps(content, indent=2))
        return path

    def assertExit(self, expected_status, result, what):
        status, out, err = result
        self.assertEqual(expected_status, status,
                         f'{what}: exit status {status}, expected {expected_status}\n'
                         f'--- stdout\n{out}\n--- stderr\n{err}')

    # ---- program level ---------------------------------------------------------------------

    def test_version(self):
        r = self.run_cli('--version')
        self.assertExit(0, r, '--version')
        self.assertIn('relata-cli', r[1])

    def test_program_help_lists_every_verb(self):
        for flag in ('--help', '-h', 'help'):
            r = self.run_cli(flag)
            self.assertExit(0, r, flag)
            for verb in VERB_OPTIONS:
                self.assertIn(verb, r[1])

    def test_no_arguments_is_usage_error(self):
        r = self.run_cli()
        self.assertExit(2, r, 'no arguments')
        self.assertIn('--help', r[2])

    def test_unknown_verb(self):
        r = self.run_cli('frobnicate', 'x.json')
        self.assertExit(2, r, 'unknown verb')
        self.assertIn("unknown command 'frobnicate'", r[2])
        self.assertIn('validate', r[2])

    # ---- per-verb help and usage -----------------------------------------------------------

    def test_verb_help_names_its_options(self):
        for verb, options in VERB_OPTIONS.items():
            for args in ([verb, '--help'], [verb, '-h'], ['help', verb]):
                r = self.run_cli(*args)
                self.assertExit(0, r, ' '.join(args))
                self.assertIn(f'Usage: relata-cli {verb}', r[1])
                self.assertIn('Exit status', r[1])
                for option in options:
                    self.assertIn(option, r[1], f'{verb} --help does not name {option}')

    def test_missing_file_argument(self):
        for verb in VERB_OPTIONS:
            r = self.run_cli(verb)
            self.assertExit(2, r, f'{verb} without FILE')
            self.assertIn('missing FILE', r[2])

    def test_unknown_option(self):
        path = self.write('valid.json', VALID)
        r = self.run_cli('validate', path, '--frobnicate')
        self.assertExit(2, r, 'unknown option')
        self.assertIn('frobnicate', r[2])

    def test_two_files(self):
        path = self.write('valid.json', VALID)
        self.assertExit(2, self.run_cli('validate', path, path), 'two files')

    # ---- validate ---------------------------------------------------------------------------

    def test_validate_valid(self):
        path = self.write('valid.json', VALID)
        r = self.run_cli('validate', path)
        self.assertExit(0, r, 'validate valid')
        self.assertIn('valid', r[1])

    def test_validate_sequelize_error(self):
        path = self.write('error.json', SEQUELIZE_ERROR)
        r = self.run_cli('validate', path)
        self.assertExit(1, r, 'validate Sequelize error')
        self.assertIn('You have used the alias items in two separate associations', r[2])
        self.assertIn(path, r[2], 'diagnostics are prefixed with the file name')

    def test_validate_conformance_error_cases(self):
        for name in ('own-15', 'own-17', 'guide-23a', 'guide-06a'):
            path = case(name)
            self.assertExit(1, self.run_cli('validate', path), f'validate {name}')

    def test_validate_broken_json(self):
        path = self.write('broken.json', BROKEN_JSON)
        r = self.run_cli('validate', path)
        self.assertExit(2, r, 'validate broken JSON')
        self.assertTrue(r[2].strip(), 'broken JSON: a message on stderr')

    def test_validate_bad_shape(self):
        path = self.write('shape.json', BAD_SHAPE)
        self.assertExit(2, self.run_cli('validate', path), 'validate wrong shape')

    def test_validate_unreadable(self):
        r = self.run_cli('validate', os.path.join(self.tmp.name, 'does-not-exist.json'))
        self.assertExit(2, r, 'validate missing file')
        self.assertIn('does-not-exist.json', r[2])
        self.assertExit(2, self.run_cli('validate', self.tmp.name), 'validate a directory')

    def test_validate_stdin(self):
        self.assertExit(0, self.run_cli('validate', '-', stdin=json.dumps(VALID)), 'validate - valid')
        self.assertExit(1, self.run_cli('validate', '-', stdin=json.dumps(SEQUELIZE_ERROR)), 'validate - error')
        r = self.run_cli('validate', '-', stdin=BROKEN_JSON)
        self.assertExit(2, r, 'validate - broken')
        self.assertIn('<stdin>', r[2])

    def test_validate_json(self):
        r = self.run_cli('validate', self.write('error.json', SEQUELIZE_ERROR), '--json')
        self.assertExit(1, r, 'validate --json error')
        report = json.loads(r[1])
        self.assertFalse(report['valid'])
        self.assertGreaterEqual(report['errors'], 1)
        self.assertEqual('error', report['diagnostics'][0]['severity'])
        r = self.run_cli('validate', self.write('valid.json', VALID), '--json')
        self.assertExit(0, r, 'validate --json valid')
        self.assertTrue(json.loads(r[1])['valid'])
        r = self.run_cli('validate', self.write('broken.json', BROKEN_JSON), '--json')
        self.assertExit(2, r, 'validate --json broken')
        self.assertFalse(json.loads(r[1])['readable'])

    def test_validate_bad_dialect(self):
        r = self.run_cli('validate', self.write('valid.json', VALID), '--dialect', 'oracle')
        self.assertExit(2, r, 'validate --dialect oracle')
        self.assertIn('oracle', r[2])

    # ---- ddl --------------------------------------------------------------------------------

    def test_ddl_needs_a_dialect(self):
        r = self.run_cli('ddl', self.write('valid.json', VALID))
        self.assertExit(2, r, 'ddl without --dialect')
        self.assertIn('--dialect', r[2])
        self.assertExit(2, self.run_cli('ddl', self.write('valid.json', VALID), '--dialect', 'db2'),
                        'ddl --dialect db2')

    def test_ddl_valid_every_dialect(self):
        path = self.write('valid.json', VALID)
        for dialect in ('postgres', 'mysql', 'sqlite'):
            r = self.run_cli('ddl', path, '--dialect', dialect)
            self.assertExit(0, r, f'ddl {dialect}')
            self.assertIn('CREATE TABLE', r[1].upper())
            self.assertIn('players', r[1])
            self.assertLess(r[1].find('teams'), r[1].find('players'), 'teams is created before players')

    def test_ddl_invalid(self):
        r = self.run_cli('ddl', self.write('error.json', SEQUELIZE_ERROR), '--dialect', 'postgres')
        self.assertExit(1, r, 'ddl on a Sequelize error')
        self.assertEqual('', r[1], 'no script on stdout')
        self.assertIn('alias items', r[2])
        self.assertExit(2, self.run_cli('ddl', self.write('broken.json', BROKEN_JSON), '--dialect', 'sqlite'),
                        'ddl on broken JSON')

    def test_ddl_stdin(self):
        r = self.run_cli('ddl', '-', '--dialect', 'sqlite', stdin=json.dumps(VALID))
        self.assertExit(0, r, 'ddl -')
        self.assertIn('players', r[1])

    def test_ddl_output_file(self):
        out = os.path.join(self.tmp.name, 'schema.sql')
        path = self.write('valid.json', VALID)
        r = self.run_cli('ddl', path, '--dialect', 'postgres', '-o', out)
        self.assertExit(0, r, 'ddl -o')
        self.assertEqual('', r[1], 'nothing on stdout with -o')
        with open(out, encoding='utf-8') as f:
            script = f.read()
        self.assertIn('players', script)
        self.assertEqual(script, self.run_cli('ddl', path, '--dialect', 'postgres')[1], '-o writes what stdout shows')

        # A refused document leaves an existing OUT untouched.
        r = self.run_cli('ddl', self.write('error.json', SEQUELIZE_ERROR), '--dialect', 'postgres', '--output', out)
        self.assertExit(1, r, 'ddl -o on an invalid design')
        with open(out, encoding='utf-8') as f:
            self.assertEqual(script, f.read())

    def test_ddl_output_unwritable(self):
        out = os.path.join(self.tmp.name, 'no-such-dir', 'schema.sql')
        r = self.run_cli('ddl', self.write('valid.json', VALID), '--dialect', 'sqlite', '-o', out)
        self.assertExit(2, r, 'ddl -o into a missing folder')
        self.assertIn('no-such-dir', r[2])
        self.assertFalse(os.path.exists(out))

    def test_ddl_drop(self):
        r = self.run_cli('ddl', self.write('valid.json', VALID), '--dialect', 'postgres', '--drop')
        self.assertExit(0, r, 'ddl --drop')
        upper = r[1].upper()
        self.assertIn('DROP TABLE', upper)
        self.assertLess(upper.find('DROP TABLE'), upper.find('CREATE TABLE'))

    def test_ddl_with_warnings_still_prints_the_script(self):
        """A design Sequelize accepts but Relata warns about: script on stdout, warnings on stderr, 0."""
        # references.model naming a model whose table is called otherwise: Sequelize accepts it.
        candidates = [self.write('warn.json', {
            'format': 'relata/1',
            'models': [{'name': 'trainer', 'attributes': {}},
                       {'name': 'pokemon', 'attributes': {
                           'trainerId': {'type': 'INTEGER', 'references': {'model': 'trainer', 'key': 'id'}}}}],
            'associations': []})]
        candidates += [p for p in sorted(glob.glob(os.path.join(CASES, '*.json'))) if expected(p)['ok']]
        for path in candidates:
            for dialect in ('postgres', 'mysql', 'sqlite'):
                status, out, _ = self.run_cli('validate', path, '--dialect', dialect, '--json')
                report = json.loads(out)
                if status != 0 or report['errors'] or not report['warnings']:
                    continue
                r = self.run_cli('ddl', path, '--dialect', dialect)
                self.assertExit(0, r, f'ddl {os.path.basename(path)} --dialect {dialect} (warnings only)')
                self.assertIn('CREATE TABLE', r[1].upper())
                self.assertIn('warning', r[2])
                return
        self.skipTest('no conformance case with warnings only')

    # ---- accessors --------------------------------------------------------------------------

    def test_accessors_json(self):
        path = case('guide-01')
        r = self.run_cli('accessors', path, '--json')
        self.assertExit(0, r, 'accessors --json guide-01')
        self.assertEqual({'player': ['createTeam', 'getTeam', 'setTeam'], 'team': []}, json.loads(r[1]))

    def test_accessors_json_includes_join_models(self):
        path = case('guide-22')
        r = self.run_cli('accessors', path, '--json')
        self.assertExit(0, r, 'accessors --json guide-22')
        self.assertEqual(expected(path)['accessors'], json.loads(r[1]))

    def test_accessors_text_and_stdin(self):
        r = self.run_cli('accessors', '-', stdin=json.dumps(VALID))
        self.assertExit(0, r, 'accessors -')
        self.assertIn('getTeam', r[1])

    def test_accessors_invalid(self):
        r = self.run_cli('accessors', self.write('error.json', SEQUELIZE_ERROR), '--json')
        self.assertExit(1, r, 'accessors on a Sequelize error')
        self.assertEqual('', r[1])

    def test_accessors_dialect_needs_sql(self):
        r = self.run_cli('accessors', self.write('valid.json', VALID), '--dialect', 'sqlite')
        self.assertExit(2, r, 'accessors --dialect without --sql')
        self.assertIn('--sql', r[2])
        self.assertExit(2, self.run_cli('accessors', self.write('valid.json', VALID), '--sql'),
                        'accessors --sql without --dialect')

    def test_accessors_sql(self):
        path = self.write('valid.json', VALID)
        r = self.run_cli('accessors', path, '--sql', '--dialect', 'postgres')
        if r[0] == 2 and 'not available' in r[2]:
            self.skipTest('accessor SQL not available in this build')
        self.assertExit(0, r, 'accessors --sql')
        self.assertIn('getTeam', r[1])
        self.assertIn('SELECT', r[1].upper())
        r = self.run_cli('accessors', path, '--sql', '--dialect', 'sqlite', '--json')
        self.assertExit(0, r, 'accessors --sql --json')
        queries = json.loads(r[1])
        self.assertEqual({'player', 'team'}, set(queries))
        self.assertIn('getTeam', [q['method'] for q in queries['player']])

    # ---- inspect ----------------------------------------------------------------------------

    def test_inspect_json(self):
        r = self.run_cli('inspect', case('guide-01'), '--json')
        self.assertExit(0, r, 'inspect --json guide-01')
        schema = json.loads(r[1])
        for key in ('tables', 'associations', 'syncOrder', 'cyclic', 'cycleChain', 'error'):
            self.assertIn(key, schema)
        self.assertIsNone(schema['error'])
        self.assertEqual(['teams', 'players'], schema['syncOrder'])
        tables = {t['tableName']: t for t in schema['tables']}
        players = tables['players']
        self.assertEqual('player', players['model'])
        self.assertFalse(players['joinModel'])
        self.assertEqual(['id'], players['primaryKey'])
        self.assertEqual('createdAt', players['createdAt'])
        self.assertNotIn('deletedAt', players, 'not paranoid: no deletedAt field')
        columns = {c['field']: c for c in players['columns']}
        team_id = columns['teamId']
        self.assertEqual('foreignKey', team_id['origin'])
        self.assertEqual({'table': 'teams', 'key': 'id'}, team_id['references'])
        self.assertEqual([0], team_id['associations'])
        self.assertEqual('autoPrimaryKey', columns['id']['origin'])
        self.assertEqual('timestamp', columns['createdAt']['origin'])
        self.assertNotIn('defaultValue', columns['id'], 'unset optionals are left out')
        assoc = schema['associations'][0]
        self.assertEqual('belongsTo', assoc['type'])
        self.assertEqual('teamId', assoc['foreignKey'])
        self.assertEqual({'createTeam', 'getTeam', 'setTeam'},
                         {a['name'] for a in assoc['accessors'] if a['installed']})
        for a in assoc['accessors']:
            self.assertIn('kind', a)

    def test_inspect_join_model(self):
        r = self.run_cli('inspect', case('guide-22'), '--json')
        self.assertExit(0, r, 'inspect --json guide-22')
        schema = json.loads(r[1])
        joins = [t for t in schema['tables'] if t['joinModel']]
        self.assertTrue(joins, 'guide-22 has a join model')
        btm = [a for a in schema['associations'] if a['type'] == 'belongsToMany']
        self.assertTrue(all('through' in a and 'otherKey' in a for a in btm))

    def test_inspect_error(self):
        r = self.run_cli('inspect', self.write('error.json', SEQUELIZE_ERROR), '--json')
        self.assertExit(1, r, 'inspect on a Sequelize error')
        schema = json.loads(r[1])
        self.assertIsNotNone(schema['error'])
        self.assertIn('alias items', schema['error']['message'])
        self.assertIn('alias items', r[2])

    def test_inspect_text_and_output(self):
        out = os.path.join(self.tmp.name, 'inspect.json')
        r = self.run_cli('inspect', '-', '--json', '-o', out, stdin=json.dumps(VALID))
        self.assertExit(0, r, 'inspect - --json -o')
        with open(out, encoding='utf-8') as f:
            self.assertIn('players', [t['tableName'] for t in json.load(f)['tables']])
        r = self.run_cli('inspect', self.write('valid.json', VALID))
        self.assertExit(0, r, 'inspect text')
        self.assertIn('players', r[1])
        self.assertIn('teamId', r[1])


if __name__ == '__main__':
    if not CLI or not os.path.isfile(CLI):
        sys.stderr.write('test_cli.py: set RELATA_CLI to the relata-cli binary (ctest does this)\n')
        sys.exit(2)
    unittest.main(verbosity=2)
