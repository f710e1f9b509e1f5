#!/usr/bin/env python3
"""Consumer test of `relata-cli export --format cpp`: the header of every example, conformance
and data/ design is compiled by g++ and clang++ (-std=c++17 -Wall -Wextra -Werror -pedantic-errors).

  * standalone: one translation unit per design that includes only its header (twice: the
    include guard) and checks, by static_assert, what `inspect --json` resolved: model and
    table names, every column (attribute, column name, type, nullability, keys, references),
    the primary key, every association (name, type, foreign key, target, join table, get
    accessor), and for plain names the member types of the type map. Run in two parallel
    batches per compiler (-fsyntax-only evaluates every static_assert).
  * together: two translation units that both include every header (each in its own
    namespace) are linked into one program (no duplicate symbols) and run: it walks every
    `models` table and round-trips the enum labels through to_string / from_string.
  * data/identifiers_check.cpp: hand-written checks of the renamed identifiers.
  * invalid designs are refused (exit 1) and --force is a usage error (exit 2).
"""

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

import exportlib

FLAGS = ['-std=c++17', '-Wall', '-Wextra', '-Werror', '-pedantic-errors']

KEYWORDS = set('''alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t
char32_t class compl concept const consteval constexpr constinit const_cast continue co_await co_return co_yield
decltype default delete do double dynamic_cast else enum explicit export extern false float for friend goto if
inline int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected public
register reinterpret_cast requires return short signed sizeof static static_assert static_cast struct switch
template this thread_local throw true try typedef typeid typename union unsigned using virtual void volatile
wchar_t while xor xor_eq final override import module std errno linux unix assert offsetof stdin stdout stderr
alloca major minor min max'''.split())
NAMESPACE_NAMES = {'AssociationType', 'AssociationInfo', 'ColumnInfo', 'ModelInfo', 'models', 'to_string',
                   'from_string'}
MEMBER_NAMES = {'model_name', 'table_name', 'column', 'columns', 'primary_key', 'association', 'associations'} \
    | NAMESPACE_NAMES

TYPE_MAP = {'INTEGER': 'std::int32_t', 'MEDIUMINT': 'std::int32_t', 'SMALLINT': 'std::int16_t',
            'TINYINT': 'std::int8_t', 'BIGINT': 'std::int64_t', 'FLOAT': 'double', 'DOUBLE': 'double',
            'REAL': 'float', 'BOOLEAN': 'bool', 'DATE': 'std::chrono::system_clock::time_point',
            'BLOB': 'std::vector<std::uint8_t>'}
ASSOC_TYPES = {'belongsTo': 'BelongsTo', 'hasOne': 'HasOne', 'hasMany': 'HasMany', 'belongsToMany': 'BelongsToMany'}


def cstr(s):
    out = '"'
    for b in s.encode('utf-8'):
        c = chr(b)
        if c in '"\\?':
            out += '\\' + c
        elif 0x20 <= b < 0x7f:
            out += c
        else:
            out += '\\%03o' % b
    return out + '"'


def pascal(name):
    return ''.join(w[:1].upper() + w[1:] for w in re.split(r'[^A-Za-z0-9]+', name) if w)


def plain(s):
    return re.fullmatch(r'[A-Za-z][A-Za-z0-9]*', s or '') is not None and s not in KEYWORDS and \
        any(c.islower() for c in s)


def base_type(col):
    key = re.sub(r'\(.*', '', col.get('type', ''))
    return key, TYPE_MAP.get(key, 'std::string')


def namespace_for(d):
    return 'relata_export_test::' + 'd_' + re.sub(r'_+', '_', re.sub(r'[^A-Za-z0-9]', '_', d.name)).strip('_')


def check_unit(d, header, schema):
    ns = namespace_for(d)
    lines = [f'#include "{os.path.basename(header)}"', f'#include "{os.path.basename(header)}" // the guard',
             '#include <type_traits>', '', f'namespace t = {ns};', '']
    sa = lambda cond, what: lines.append(f'static_assert({cond}, {cstr(what)});')  # noqa: E731
    tables = schema['tables']
    sa(f't::models.size() == {len(tables)}', 'model count')
    structs = [pascal(t['model']) for t in tables]
    for i, t in enumerate(tables):
        m = f't::models[{i}]'
        sa(f'{m}.model_name == {cstr(t["model"])}', f'{t["model"]}: model name')
        sa(f'{m}.table_name == {cstr(t["tableName"])}', f'{t["model"]}: table name')
        sa(f'{m}.join_model == {"true" if t["joinModel"] else "false"}', f'{t["model"]}: join model')
        sa(f'{m}.column_count == {len(t["columns"])}', f'{t["model"]}: column count')
        for j, c in enumerate(t['columns']):
            col = f'{m}.columns[{j}]'
            what = f'{t["model"]}.{c["attribute"]}'
            sa(f'{col}.attribute == {cstr(c["attribute"])}', what + ': attribute')
            sa(f'{col}.column == {cstr(c["field"])}', what + ': column')
            sa(f'{col}.type == {cstr(c.get("type", ""))}', what + ': type')
            nullable = c['allowNull'] and not c['primaryKey']
            sa(f'{col}.nullable == {"true" if nullable else "false"}', what + ': nullable')
            sa(f'{col}.primary_key == {"true" if c["primaryKey"] else "false"}', what + ': primary key')
            sa(f'{col}.auto_increment == {"true" if c["autoIncrement"] else "false"}', what + ': auto-increment')
            ref = c.get('references') or {}
            sa(f'{col}.references_table == {cstr(ref.get("table", ""))}', what + ': references table')
            sa(f'{col}.references_column == {cstr(ref.get("key", ""))}', what + ': references column')
        sa(f'{m}.primary_key_size == {len(t["primaryKey"])}', f'{t["model"]}: primary key size')
        for j, f in enumerate(t['primaryKey']):
            sa(f'{m}.primary_key[{j}] == {cstr(f)}', f'{t["model"]}: primary key column {j}')
        assocs = [a for a in schema['associations'] if a['source'] == t['model']]
        sa(f'{m}.association_count == {len(assocs)}', f'{t["model"]}: association count')
        for k, a in enumerate(assocs):
            x = f'{m}.associations[{k}]'
            what = f'{t["model"]} association {a["as"]}'
            sa(f'{x}.type == t::AssociationType::{ASSOC_TYPES[a["type"]]}', what + ': type')
            sa(f'{x}.name == {cstr(a["as"])}', what + ': name')
            sa(f'{x}.target == {cstr(a["target"])}', what + ': target')
            sa(f'{x}.foreign_key == {cstr(a.get("foreignKey", ""))}', what + ': foreign key')
            if a['type'] == 'belongsToMany':
                sa(f'{x}.other_key == {cstr(a.get("otherKey", ""))}', what + ': other key')
                sa(f'{x}.through_table == {cstr(a.get("throughTable", ""))}', what + ': through table')
            get = next((acc['name'] for acc in a['accessors'] if acc['kind'] == 'get' and acc['installed']), '')
            sa(f'{x}.get == {cstr(get)}', what + ': get accessor')

        # member types, where the names need no adjusting
        s = structs[i]
        if not plain(t['model']) or structs.count(s) != 1 or s in NAMESPACE_NAMES or s in KEYWORDS:
            continue
        attrs = [c['attribute'] for c in t['columns']]
        enum_names = [pascal(c['attribute']) for c in t['columns'] if c.get('type') == 'ENUM']
        for c in t['columns']:
            name = c['attribute']
            if not plain(name) or name in MEMBER_NAMES or name == s or attrs.count(name) != 1 or name in enum_names:
                continue
            key, cpp = base_type(c)
            if key == 'ENUM':
                e = pascal(name)
                if e in attrs or enum_names.count(e) != 1 or e in MEMBER_NAMES or e == s:
                    continue
                cpp = f't::{s}::{e}'
                for label in c.get('values', []):
                    if plain(label) and (c.get('values') or []).count(label) == 1:
                        sa(f't::to_string({cpp}::{label}) == {cstr(label)}', f'{s}::{e}::{label} to_string')
                        sa(f'[] {{ {cpp} v{{}}; return t::from_string({cstr(label)}, v) && v == {cpp}::{label}; }}()',
                           f'{s}::{e} from_string {label}')
                sa(f'!([] {{ {cpp} v{{}}; return t::from_string("\\001 no such label", v); }}())',
                   f'{s}::{e} from_string rejects unknown labels')
            if c['allowNull'] and not c['primaryKey']:
                cpp = f'std::optional<{cpp}>'
            sa(f'std::is_same_v<decltype(t::{s}::{name}), {cpp}>', f'{s}::{name} is {cpp}')
            sa(f't::{s}::column::{name} == {cstr(c["field"])}', f'{s}::column::{name}')
        sa(f't::{s}::table_name == {cstr(t["tableName"])}', f'{s}::table_name')
        sa(f't::{s}::columns.size() == {len(t["columns"])}', f'{s}::columns')
    lines += ['', 'int main() { return 0; }', '']
    return '\n'.join(lines)


def compile_batch(compiler, sources, include_dir, extra=()):
    """-fsyntax-only over a list of sources; returns {source: error text} for the failing ones."""
    p = subprocess.run([compiler, *FLAGS, '-fsyntax-only', '-I', include_dir, *extra, *sources],
                       capture_output=True, text=True, errors='replace')
    if p.returncode == 0:
        return {}
    failed = {}
    for src in sources:
        base = os.path.basename(src)[:-len('_check.cpp')]
        if re.search(re.escape(base) + r'(_check\.cpp|\.h):\d+', p.stderr):
            failed[src] = '\n'.join(l for l in p.stderr.splitlines()
                                    if base in l and ('error' in l or 'static assertion' in l))[:1500]
    if not failed:
        failed[sources[0]] = p.stderr[-2000:]
    return failed


def main():
    exportlib.cli_path()
    compilers = [c for c in (os.environ.get('RELATA_TEST_GXX') or shutil.which('g++'),
                             os.environ.get('RELATA_TEST_CLANGXX') or shutil.which('clang++')) if c]
    if not compilers:
        exportlib.skip_or_fail('no C++ compiler (g++ or clang++) found')
    if len(compilers) < 2:
        print(f'NOTE: only {compilers[0]} found; the header is checked with one compiler', flush=True)
        if os.environ.get('CI'):
            print('FAIL: CI needs both g++ and clang++')
            return 1
    report = exportlib.Report('export cpp')
    work = tempfile.mkdtemp(prefix='relata-export-cpp-')
    try:
        designs = exportlib.designs()
        units, problems, headers = {}, {}, []

        def prepare(d):
            if not d.valid:
                p = exportlib.cli('export', d.path, '--format', 'cpp')
                if p.returncode != 1:
                    return f'invalid design: export exited {p.returncode}, expected 1'
                p = exportlib.cli('export', d.path, '--format', 'cpp', '--force')
                if p.returncode != 2:
                    return f'--force with cpp: exit {p.returncode}, expected 2'
                return None
            header = os.path.join(work, d.safe_id() + '.h')
            p = exportlib.cli('export', d.path, '--format', 'cpp', '--namespace', namespace_for(d), '-o', header)
            if p.returncode != 0:
                return f'export exited {p.returncode}: {p.stderr.strip()[-300:]}'
            again = exportlib.cli('export', d.path, '--format', 'cpp', '--namespace', namespace_for(d))
            with open(header, encoding='utf-8') as f:
                if f.read() != again.stdout:
                    return 'two exports of the same design differ'
            unit = os.path.join(work, d.safe_id() + '_check.cpp')
            with open(unit, 'w', encoding='utf-8') as f:
                f.write(check_unit(d, header, d.inspect()))
            units[d.name] = unit
            headers.append((d, header))
            return None

        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for d, why in zip(designs, pool.map(prepare, designs)):
                if why:
                    problems[d.name] = why

        # standalone: per compiler, two parallel batches
        failures = {}
        srcs = sorted(units.values())
        batches = [srcs[0::2], srcs[1::2]]
        for compiler in compilers:
            with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
                for result in pool.map(lambda b: compile_batch(compiler, b, work) if b else {}, batches):
                    for src, err in result.items():
                        failures.setdefault(src, []).append(f'{os.path.basename(compiler)}: {err}')

        for d in designs:
            if d.name in problems:
                report.fail(d.name, problems[d.name])
            elif d.name in units and units[d.name] in failures:
                report.fail(d.name, ' | '.join(failures[units[d.name]]))
            else:
                report.ok(d.name)

        # together: two TUs including every header, linked and run
        headers.sort(key=lambda x: x[1])
        includes = ''.join(f'#include "{os.path.basename(h)}"\n' for _, h in headers)
        walk = []
        for d, _ in headers:
            ns = namespace_for(d)
            walk.append(f'    for (const auto& m : {ns}::models) {{\n'
                        f'        ++models;\n'
                        f'        for (std::size_t i = 0; i < m.column_count; ++i) ok = ok && !m.columns[i].column.empty();\n'
                        f'        for (std::size_t i = 0; i < m.primary_key_size; ++i) ok = ok && !m.primary_key[i].empty();\n'
                        f'        for (std::size_t i = 0; i < m.association_count; ++i) ok = ok && !m.associations[i].name.empty();\n'
                        f'    }}\n')
        with open(os.path.join(work, 'all_a.cpp'), 'w', encoding='utf-8') as f:
            f.write(includes + '#include <cstdio>\n\nint walk_b();\n\nint main() {\n    bool ok = true;\n'
                    '    std::size_t models = 0;\n' + ''.join(walk) +
                    '    const int b = walk_b();\n'
                    '    std::printf("%zu models\\n", models);\n'
                    '    return ok && b == static_cast<int>(models) ? 0 : 1;\n}\n')
        with open(os.path.join(work, 'all_b.cpp'), 'w', encoding='utf-8') as f:
            f.write(includes + '\nint walk_b() {\n    bool ok = true;\n    std::size_t models = 0;\n' + ''.join(walk) +
                    '    return ok ? static_cast<int>(models) : -1;\n}\n')
        ids = os.path.join(exportlib.HERE, 'data', 'identifiers.relata.json')
        exportlib.cli('export', ids, '--format', 'cpp', '--namespace', 'ids', '-o', os.path.join(work, 'identifiers.h'),
                      check_rc=0)

        def together(compiler):
            exe = os.path.join(work, 'all_' + os.path.basename(compiler))
            p = subprocess.run([compiler, *FLAGS, '-O0', '-I', work, os.path.join(work, 'all_a.cpp'),
                                os.path.join(work, 'all_b.cpp'), '-o', exe], capture_output=True, text=True,
                               errors='replace')
            if p.returncode != 0:
                return f'{os.path.basename(compiler)}: linking every header into one program failed: {p.stderr[-1500:]}'
            r = subprocess.run([exe], capture_output=True, text=True)
            if r.returncode != 0:
                return f'{os.path.basename(compiler)}: the program over every header failed: {r.stdout}{r.stderr}'
            exe2 = os.path.join(work, 'ids_' + os.path.basename(compiler))
            p = subprocess.run([compiler, *FLAGS, '-I', work, os.path.join(exportlib.HERE, 'data', 'identifiers_check.cpp'),
                                '-o', exe2], capture_output=True, text=True, errors='replace')
            if p.returncode != 0:
                return f'{os.path.basename(compiler)}: identifiers_check.cpp: {p.stderr[-1500:]}'
            r = subprocess.run([exe2], capture_output=True, text=True)
            if r.returncode != 0:
                return f'{os.path.basename(compiler)}: identifiers_check failed: {r.stdout}{r.stderr}'
            return None

        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for compiler, why in zip(compilers, pool.map(together, compilers)):
                name = f'every header in one program + identifiers_check ({os.path.basename(compiler)})'
                if why:
                    report.fail(name, why)
                else:
                    report.ok(name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main())
