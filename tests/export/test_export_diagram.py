#!/usr/bin/env python3
"""Consumer test of `relata-cli export --format svg` and `--format png`: the editor's diagram,
rendered without a display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are removed from the
environment, so relata-cli has to pick Qt's offscreen platform itself).

For every design that validates (resources/examples, tests/conformance/cases, data/):

  SVG  xml.etree parses it; the root is <svg> with a viewBox "0 0 W H" and a width and height of
       the same proportions; every table is drawn: its model name is a text of its own, its table
       name is shown, and so is every column (attribute, type) and every set of markers (PK, FK,
       UQ, NN); every alias ("as") labels its edge. Two runs (file and standard output) give the
       same bytes.
  PNG  at the default scale (2): a well-formed PNG (signature, chunk CRCs) of ceil(W*2) x
       ceil(H*2) pixels. At --scale 0.5 (a quarter of the pixels to decode in Python): ceil(W/2) x
       ceil(H/2) pixels, the same bytes twice (file and standard output), decoded: background in
       the corners, several colours and a fair share of drawn (non-background) pixels.

A design that does not validate is refused (exit 1, nothing written) and drawn with --force.
Then the command itself: positions come from the design's "layout" (the automatic layout
without one), stdin, spellings of --format, usage errors, -o into a directory that cannot be
written (exit 2, no file left), --progress, --help.

With --expect-no-editor (relata-cli built with RELATA_BUILD_GUI=OFF): svg and png are refused
with exit 2 and a message saying why, and write nothing.
"""

import concurrent.futures
import json
import math
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import exportlib
import pngfile

SVG = '{http://www.w3.org/2000/svg}'
DEFAULT_SCALE = 2  # relata-cli export --help: the PNG's default --scale, as File > Export
SMALL_SCALE = 0.5  # the pixel check decodes this one (a quarter of the pixels of scale 1)
MIN_DRAWN_SHARE = 0.03  # of the pixels, at least this many differ from the background
# As a user on a server would run it: no display, and (as root over ssh) no XDG_RUNTIME_DIR.
HEADLESS = {k: v for k, v in os.environ.items()
            if k not in ('DISPLAY', 'WAYLAND_DISPLAY', 'QT_QPA_PLATFORM', 'XDG_RUNTIME_DIR')}
NO_EDITOR = 'relata-cli was built without the editor (RELATA_BUILD_GUI=OFF): svg/png unavailable'
SHOP = os.path.join(exportlib.ROOT, 'resources', 'examples', 'shop.relata.json')
PLAYER_TEAM = os.path.join(exportlib.ROOT, 'resources', 'examples', 'guide-01-belongsto-player-team.relata.json')


def export(*args, input=None):
    """relata-cli export ARGS without a display; stdout as bytes, stderr as text."""
    p = subprocess.run([exportlib.cli_path(), 'export', *args], input=input, capture_output=True,
                       env=HEADLESS, timeout=120)
    p.stderr = p.stderr.decode('utf-8', 'replace')
    return p


def read(path):
    with open(path, 'rb') as f:
        return f.read()


# ---- SVG --------------------------------------------------------------------------------------

def svg_length(value):
    """The number of an SVG length such as "312.2mm" or "1180", or None."""
    try:
        number = float((value or '').rstrip('abcdefghijklmnopqrstuvwxyz%'))
    except ValueError:
        return None
    return number if number > 0 else None


def svg_size(root):
    """(W, H) of the viewBox "0 0 W H", or a reason why not."""
    box = (root.get('viewBox') or '').split()
    if len(box) != 4:
        return None, f'viewBox is {root.get("viewBox")!r}'
    x, y, w, h = (float(v) for v in box)
    if x != 0 or y != 0 or w <= 0 or h <= 0 or w != int(w) or h != int(h):
        return None, f'viewBox is {root.get("viewBox")!r}, expected "0 0 W H" in whole units'
    width, height = svg_length(root.get('width')), svg_length(root.get('height'))
    if not width or not height:
        return None, f'width/height are {root.get("width")!r}/{root.get("height")!r}'
    if abs(width / height - w / h) > 0.01 * (w / h):
        return None, f'width/height {width}/{height} do not have the proportions of the viewBox {w}x{h}'
    return (int(w), int(h)), None


def markers(column):
    """The markers the canvas shows for a column of `relata-cli inspect --json`."""
    out = []
    if column.get('primaryKey'):
        out.append('PK')
    if column.get('references'):
        out.append('FK')
    if column.get('unique'):
        out.append('UQ')
    if not column.get('allowNull', True) and not column.get('primaryKey'):
        out.append('NN')
    return ' '.join(out)


def aliases(design_path):
    """The alias text each association's edge is labelled with ("as", or the plural of an object)."""
    with open(design_path, encoding='utf-8') as f:
        doc = json.load(f)
    for a in doc.get('associations', []):
        alias = (a.get('options') or {}).get('as')
        if isinstance(alias, dict):
            alias = alias.get('plural') or alias.get('singular')
        if alias:
            yield alias


def check_drawing(texts, schema, design_path):
    """Every table, column, marker set and alias is among the SVG's texts."""
    for table in schema['tables']:
        where = f'table {table["model"]}'
        if table['model'] not in texts:
            return f'{where}: the model name is not drawn'
        if not any(table['tableName'] in t for t in texts):
            return f'{where}: the table name {table["tableName"]!r} is not drawn'
        for c in table['columns']:
            if not any(t == c['attribute'] or t.startswith(c['attribute'] + ' (') for t in texts):
                return f'{where}: column {c["attribute"]!r} is not drawn'
            if c['type'] not in texts:
                return f'{where}: the type {c["type"]!r} of {c["attribute"]!r} is not drawn'
            if markers(c) and markers(c) not in texts:
                return f'{where}: markers {markers(c)!r} of {c["attribute"]!r} are not drawn'
    for alias in aliases(design_path):
        if alias not in texts:
            return f'the alias {alias!r} does not label its edge'
    return None


def parse_svg(data):
    """(root, texts, (W, H)) or raises AssertionError with the reason."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise AssertionError(f'the SVG does not parse: {e}')
    if root.tag != SVG + 'svg':
        raise AssertionError(f'the root element is {root.tag}, not svg')
    size, why = svg_size(root)
    if why:
        raise AssertionError(why)
    texts = {''.join(t.itertext()).strip() for t in root.iter(SVG + 'text')}
    return root, texts, size


# ---- PNG --------------------------------------------------------------------------------------

def expected_png_size(svg_wh, scale):
    return math.ceil(svg_wh[0] * scale), math.ceil(svg_wh[1] * scale)


def check_png_structure(data, want):
    try:
        got = pngfile.size(data)
        for _ in pngfile.chunks(data):
            pass
    except pngfile.PngError as e:
        return f'not a well-formed PNG: {e}'
    if got != want:
        return f'PNG is {got[0]}x{got[1]}, expected {want[0]}x{want[1]} (the SVG size times the scale)'
    return None


def check_pixels(data):
    """Not blank: the corners are background, more than two colours, enough drawn pixels."""
    try:
        image = pngfile.decode(data)
    except pngfile.PngError as e:
        return f'PNG does not decode: {e}', None
    counts = image.pixel_counts()
    background, count = counts.most_common(1)[0]
    corners = [image.pixel(x, y) for x in (0, image.width - 1) for y in (0, image.height - 1)]
    if any(c != background for c in corners):
        return 'the corners (margin) are not the background colour', None
    drawn = 1 - count / (image.width * image.height)
    if len(counts) < 3 or drawn < MIN_DRAWN_SHARE:
        return f'blank: {len(counts)} colours, {drawn:.1%} of the pixels drawn', None
    return None, f'{len(counts)} colours, {drawn:.0%} drawn'


# ---- one design -------------------------------------------------------------------------------

def check_valid(d, tmp):
    svg_path, png_path, small_path = (os.path.join(tmp, n) for n in ('d.svg', 'd.png', 'small.png'))
    p = export(d.path, '--format', 'svg', '-o', svg_path)
    if p.returncode != 0 or p.stdout:
        return f'svg -o: exit {p.returncode}, {len(p.stdout)} bytes on stdout: {p.stderr.strip()[-400:]}', None
    svg = read(svg_path)
    if export(d.path, '--format', 'svg').stdout != svg:
        return 'svg: a second export (to standard output) gives other bytes', None
    try:
        _, texts, size = parse_svg(svg)
    except AssertionError as e:
        return f'svg: {e}', None
    why = check_drawing(texts, d.inspect(), d.path)
    if why:
        return f'svg: {why}', None

    p = export(d.path, '--format', 'png', '-o', png_path)
    if p.returncode != 0:
        return f'png: exit {p.returncode}: {p.stderr.strip()[-400:]}', None
    # The design's warnings, nothing else: the offscreen platform's own notes are not the user's business.
    noise = [n for n in ('This plugin does not support', 'XDG_RUNTIME_DIR') if n in p.stderr]
    if noise:
        return f'png: stderr carries Qt platform notes {noise}: {p.stderr.strip()[-300:]!r}', None
    png = read(png_path)
    why = check_png_structure(png, expected_png_size(size, DEFAULT_SCALE))
    if why:
        return f'png: {why}', None

    p = export(d.path, '--format', 'png', '--scale', str(SMALL_SCALE), '-o', small_path)
    if p.returncode != 0:
        return f'png --scale {SMALL_SCALE}: exit {p.returncode}: {p.stderr.strip()[-400:]}', None
    small = read(small_path)
    if export(d.path, '--format', 'png', '--scale', str(SMALL_SCALE)).stdout != small:
        return 'png: a second export (to standard output) gives other bytes', None
    why = check_png_structure(small, expected_png_size(size, SMALL_SCALE))
    if why:
        return f'png --scale {SMALL_SCALE}: {why}', None
    why, note = check_pixels(small)
    if why:
        return f'png --scale {SMALL_SCALE}: {why}', None
    return None, f'{size[0]}x{size[1]}, {len(d.inspect()["tables"])} tables, {note}'


def check_invalid(d, tmp):
    out = os.path.join(tmp, 'd.svg')
    for fmt in ('svg', 'png'):
        p = export(d.path, '--format', fmt, '-o', out)
        if p.returncode != 1 or 'nothing exported' not in p.stderr or os.path.exists(out):
            return f'{fmt}: an invalid design gave exit {p.returncode} (expected 1, nothing written)', None
    p = export(d.path, '--format', 'svg', '--force')
    if p.returncode != 0:
        return f'svg --force: exit {p.returncode}: {p.stderr.strip()[-300:]}', None
    try:
        parse_svg(p.stdout)
    except AssertionError as e:
        return f'svg --force: {e}', None
    return None, 'refused; drawn with --force'


def check_design(path, kind):
    d = exportlib.Design(path, kind)
    valid = subprocess.run([exportlib.cli_path(), 'validate', d.path], capture_output=True).returncode
    with tempfile.TemporaryDirectory(prefix='relata-diagram-') as tmp:
        if valid == 0:
            return check_valid(d, tmp)
        if valid == 1:
            return check_invalid(d, tmp)
    return f'relata-cli validate exited {valid}', None


# ---- the command ------------------------------------------------------------------------------

def with_layout(path, layout, tmp, name):
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    doc.pop('layout', None)
    if layout:
        doc['layout'] = layout
    out = os.path.join(tmp, name)
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(doc, f)
    return out


def command_checks(tmp):
    """(name, reason or None) of each check of the command itself."""
    def svg_width(path):
        p = export(path, '--format', 'svg')
        assert p.returncode == 0, p.stderr
        return parse_svg(p.stdout)[2][0]

    def layout():
        auto = svg_width(with_layout(PLAYER_TEAM, None, tmp, 'auto.relata.json'))
        far = svg_width(with_layout(PLAYER_TEAM, {'player': {'x': 0, 'y': 0}, 'team': {'x': 3000, 'y': 0}},
                                    tmp, 'far.relata.json'))
        if not auto < 3000 < far:
            return f'width {auto} without a layout, {far} with team at x=3000'
        return None

    def stdin_and_spellings():
        want = export(SHOP, '--format', 'svg').stdout
        for args in (('-', '--format', 'svg'), (SHOP, '--format=svg'), (SHOP, '-format', 'SVG'),
                     (SHOP, '--format', ' Svg ')):
            p = export(*args, input=read(SHOP) if args[0] == '-' else None)
            if p.returncode != 0 or p.stdout != want:
                return f'{" ".join(args)}: exit {p.returncode}, same bytes: {p.stdout == want}: {p.stderr[-300:]}'
        return None

    def usage_errors():
        for args, text in [
            (('--format', 'svg', '--scale', '2'), '--scale applies to --format png only'),
            (('--format', 'png', '--scale', '0'), 'a number above 0'),
            (('--format', 'png', '--scale', 'big'), 'a number above 0'),
            (('--format', 'png', '--scale', '17'), 'at most 16'),
            (('--format', 'cpp', '--scale', '2'), '--scale applies to --format png only'),
            (('--format', 'svg', '--dialect', 'postgres'), '--dialect does not apply to --format svg'),
            (('--format', 'png', '--split', '-o', tmp), '--split does not apply to --format png'),
            (('--format', 'png', '--module', 'esm'), '--module does not apply'),
        ]:
            p = export(SHOP, *args)
            if p.returncode != 2 or text not in p.stderr or p.stdout:
                return f'{" ".join(args)}: exit {p.returncode}, stderr {p.stderr.strip()[-200:]!r}'
        return None

    def unwritable():
        blocker = os.path.join(tmp, 'a-file')
        with open(blocker, 'w') as f:
            f.write('keep')
        targets = [os.path.join(tmp, 'missing', 'd.png'), os.path.join(blocker, 'd.svg')]
        locked = os.path.join(tmp, 'locked')
        os.mkdir(locked)
        if os.geteuid() != 0:  # root writes anywhere
            os.chmod(locked, 0o500)
            targets.append(os.path.join(locked, 'd.png'))
        before = sorted(os.listdir(tmp))
        try:
            for target in targets:
                fmt = target[-3:]
                p = export(SHOP, '--format', fmt, '-o', target)
                if p.returncode != 2 or 'cannot write' not in p.stderr or 'fix:' not in p.stderr:
                    return f'-o {target}: exit {p.returncode}, stderr {p.stderr.strip()[-200:]!r}'
                if os.path.exists(target):
                    return f'-o {target}: a file was left'
        finally:
            os.chmod(locked, 0o700)
        if sorted(os.listdir(tmp)) != before or os.listdir(locked) or read(blocker) != b'keep':
            return 'files were left behind or changed'
        return None

    def progress():
        p = export(SHOP, '--format', 'svg', '--progress', '-o', os.path.join(tmp, 'p.svg'))
        if p.returncode != 0 or 'relata-cli export svg: drawing 8 tables' not in p.stderr:
            return f'exit {p.returncode}, stderr {p.stderr.strip()[-200:]!r}'
        return None

    def help_text():
        p = export('--help')
        text = p.stdout.decode('utf-8', 'replace')
        missing = [w for w in ('svg', 'png', '--scale', 'ceil(W*S)', 'RELATA_BUILD_GUI') if w not in text]
        return f'--help lacks {missing}' if p.returncode or missing else None

    for check in (layout, stdin_and_spellings, usage_errors, unwritable, progress, help_text):
        try:
            yield check.__name__, check()
        except AssertionError as e:
            yield check.__name__, str(e) or 'failed'


def expect_no_editor(report, tmp):
    """relata-cli built without the editor: svg/png refused with the reason, the rest works."""
    for fmt in ('svg', 'png'):
        out = os.path.join(tmp, 'd.' + fmt)
        p = export(SHOP, '--format', fmt, '-o', out)
        if p.returncode != 2 or NO_EDITOR not in p.stderr or p.stdout or os.path.exists(out):
            report.fail(f'{fmt} without the editor', f'exit {p.returncode}, stderr {p.stderr.strip()[-300:]!r}')
        else:
            report.ok(f'{fmt} without the editor', 'refused with exit 2')
    p = export(SHOP, '--format', 'mermaid')
    if p.returncode != 0 or not p.stdout.startswith(b'%%'):
        report.fail('mermaid without the editor', f'exit {p.returncode}')
    else:
        report.ok('mermaid without the editor')


def main():
    exportlib.cli_path()
    report = exportlib.Report('export_diagram')
    with tempfile.TemporaryDirectory(prefix='relata-diagram-') as tmp:
        if '--expect-no-editor' in sys.argv[1:]:
            expect_no_editor(report, tmp)
            return report.finish()
        designs = exportlib.designs()
        # Processes, not threads: the pixel check is Python work.
        with concurrent.futures.ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
            results = pool.map(check_design, [d.path for d in designs], [d.kind for d in designs])
            for d, (why, note) in zip(designs, results):
                if why:
                    report.fail(d.name, why)
                else:
                    report.ok(d.name, note)
        for name, why in command_checks(tmp):
            if why:
                report.fail(f'command: {name}', why)
            else:
                report.ok(f'command: {name}')
    return report.finish()


if __name__ == '__main__':
    sys.exit(main())
