#!/usr/bin/env python3
"""`relata-cli export` as a command: options, exit statuses, standard input, -o and --split
writes (atomic: a failed write leaves the previous file), --progress. Python 3 stdlib only."""

import os
import stat
import sys
import tempfile
import unittest

import exportlib

SHOP = os.path.join(exportlib.ROOT, 'resources', 'examples', 'shop.relata.json')
INVALID = os.path.join(exportlib.ROOT, 'tests', 'conformance', 'cases', 'own-15-error-duplicate-alias.json')


def run(*args, input=None):
    return exportlib.cli('export', *args, input=input)


class ExportCli(unittest.TestCase):
    def test_usage_errors(self):
        for args, text in [
            ((SHOP,), 'missing --format'),
            ((SHOP, '--format', 'svgz'), 'unknown format'),
            ((SHOP, '--format', 'sql'), '--dialect'),
            ((SHOP, '--format', 'cpp', '--dialect', 'postgres'), '--dialect does not apply'),
            ((SHOP, '--format', 'sql', '--dialect', 'oracle'), 'unknown dialect'),
            ((SHOP, '--format', 'sql', '--dialect', 'sqlite', '--split'), '-o DIR'),
            ((SHOP, '--format', 'cpp', '--split'), 'applies to --format sql only'),
            ((SHOP, '--format', 'sql', '--dialect', 'sqlite', '--module', 'esm'), '--module applies'),
            ((SHOP, '--format', 'sequelize', '--module', 'amd'), 'unknown --module'),
            ((SHOP, '--format', 'dbml', '--namespace', 'x'), '--namespace applies'),
            ((SHOP, '--format', 'cpp', '--namespace', 'class'), 'not a valid C++ name'),
            ((SHOP, '--format', 'sql', '--dialect', 'mysql', '--force'), '--force does not apply'),
            (('--format', 'cpp'), 'missing FILE'),
        ]:
            with self.subTest(args=args):
                p = run(*args)
                self.assertEqual(p.returncode, 2, p.stderr)
                self.assertIn(text, p.stderr)
                self.assertEqual(p.stdout, '')

    def test_help(self):
        p = run('--help')
        self.assertEqual(p.returncode, 0)
        for f in ('sql', 'cpp', 'sequelize', 'mermaid', 'dbml', 'markdown', '--split', '--force'):
            self.assertIn(f, p.stdout)
        p = exportlib.cli('--help')
        self.assertIn('export', p.stdout)

    def test_invalid_design(self):
        for fmt in ('cpp', 'sequelize', 'mermaid'):
            p = run(INVALID, '--format', fmt)
            self.assertEqual(p.returncode, 1)
            self.assertIn('You have used the alias items in two separate associations', p.stderr)
            self.assertEqual(p.stdout, '')
        p = run(INVALID, '--format', 'sequelize', '--force')
        self.assertEqual(p.returncode, 0)
        self.assertIn("as: 'items'", p.stdout)

    def test_stdin_and_stdout(self):
        with open(SHOP, encoding='utf-8') as f:
            text = f.read()
        a = run('-', '--format', 'mermaid', input=text)
        b = run(SHOP, '--format', 'mermaid')
        self.assertEqual(a.returncode, 0)
        self.assertEqual(a.stdout, b.stdout)
        self.assertTrue(a.stdout.startswith('%%'))

    def test_output_is_atomic(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 'shop.h')
            p = run(SHOP, '--format', 'cpp', '-o', out)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(p.stdout, '')
            with open(out, encoding='utf-8') as f:
                self.assertIn('struct Customer {', f.read())
            p = run(SHOP, '--format', 'cpp', '-o', os.path.join(tmp, 'missing', 'x.h'))
            self.assertEqual(p.returncode, 2)
            if os.geteuid() != 0:  # root writes anywhere
                os.chmod(tmp, stat.S_IRUSR | stat.S_IXUSR)
                try:
                    p = run(SHOP, '--format', 'dbml', '-o', out)
                    self.assertEqual(p.returncode, 2)
                finally:
                    os.chmod(tmp, stat.S_IRWXU)
                with open(out, encoding='utf-8') as f:
                    self.assertIn('struct Customer {', f.read())  # the previous file is intact
            self.assertEqual(sorted(os.listdir(tmp)), ['shop.h'])  # no temporary files left

    def test_split_and_progress(self):
        with tempfile.TemporaryDirectory() as tmp:
            p = run(SHOP, '--format', 'sql', '--dialect', 'postgres', '--split', '--drop', '-o',
                    os.path.join(tmp, 'sql'), '--progress')
            self.assertEqual(p.returncode, 0, p.stderr)
            files = sorted(os.listdir(os.path.join(tmp, 'sql')))
            self.assertEqual(files[0], '000_drop.sql')
            self.assertEqual(files[1], '001_customers.sql')
            self.assertEqual(len(files), 9)  # drop + 8 tables
            self.assertIn('8/8', p.stderr)
            self.assertIn('wrote 9 files', p.stderr)
            # -o names a file: refused, the file stays
            target = os.path.join(tmp, 'plain')
            with open(target, 'w') as f:
                f.write('keep')
            p = run(SHOP, '--format', 'sql', '--dialect', 'sqlite', '--split', '-o', target)
            self.assertEqual(p.returncode, 2)
            with open(target) as f:
                self.assertEqual(f.read(), 'keep')

    def test_esm(self):
        p = run(SHOP, '--format', 'sequelize', '--module', 'esm')
        self.assertEqual(p.returncode, 0)
        self.assertIn('export default function defineModels(sequelize, DataTypes) {', p.stdout)
        self.assertNotIn('module.exports', p.stdout)


if __name__ == '__main__':
    exportlib.cli_path()
    unittest.main(verbosity=2)
