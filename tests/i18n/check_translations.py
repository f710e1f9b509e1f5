#!/usr/bin/env python3
"""Every translatable string of ui/ and app/ has a finished German and Chinese translation, and
every %n string has its English singular and plural.

Runs lupdate over the sources into a temporary copy of each translations/*.ts and fails when the
copy gains a string (new or changed text, or a context lupdate cannot see) or still has an
unfinished, vanished, obsolete or empty entry. relata_en.ts, the source language's file, holds
only the %n strings ("%n step(s)" -> "%n step" / "%n steps"): it is updated with lupdate
-pluralonly, must hold every numerus string of the sources and nothing else, and no form of it may
still read "(s)". Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The source language's file: plural forms only.
PLURAL_ONLY = "relata_en.ts"


def problems(ts_text):
    """(context, source, state) for every entry that is not a finished translation."""
    out = []
    for ctx in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", ts_text, re.S):
        for msg in re.finditer(r"<message[^>]*>(.*?)</message>", ctx.group(2), re.S):
            body = msg.group(1)
            state = re.search(r'<translation[^>]*type="(unfinished|vanished|obsolete)"', body)
            empty = re.search(r"<translation[^>]*>\s*</translation>|<translation[^>]*/>"
                              r"|<numerusform>\s*</numerusform>", body)
            if state or empty:
                source = re.search(r"<source>(.*?)</source>", body, re.S)
                out.append((ctx.group(1), source.group(1) if source else "?",
                            state.group(1) if state else "empty"))
    return out


def plural_problems(ts_text):
    """(context, source, problem) for what a plural-only file must not have."""
    out = []
    for ctx in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", ts_text, re.S):
        for msg in re.finditer(r"<message([^>]*)>(.*?)</message>", ctx.group(2), re.S):
            source = re.search(r"<source>(.*?)</source>", msg.group(2), re.S)
            source = source.group(1) if source else "?"
            if 'numerus="yes"' not in msg.group(1):
                out.append((ctx.group(1), source, "not a %n string"))
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", msg.group(2), re.S)
            if any("(s)" in form for form in forms):
                out.append((ctx.group(1), source, 'still reads "(s)"'))
    return out


def numerus_sources(ts_text):
    return {(ctx.group(1), src.group(1))
            for ctx in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", ts_text, re.S)
            for src in re.finditer(r'<message[^>]*numerus="yes"[^>]*>\s*<source>(.*?)</source>', ctx.group(2), re.S)}


def main():
    lupdate, root = sys.argv[1], Path(sys.argv[2])
    ts_files = sorted((root / "translations").glob("*.ts"))
    if not ts_files:
        print("no translations/*.ts found")
        return 1
    if not any(ts.name == PLURAL_ONLY for ts in ts_files):
        print(f"translations/{PLURAL_ONLY} is missing: create it with "
              f"lupdate -pluralonly -locations none ui app -ts translations/{PLURAL_ONLY}")
        return 1
    failed = 0
    numerus = {}
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            plural_only = ts.name == PLURAL_ONLY
            run = subprocess.run([lupdate, "-locations", "none"] + (["-pluralonly"] if plural_only else []) +
                                 [str(root / "ui"), str(root / "app"), "-ts", str(copy)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{ts.name}: lupdate failed:\n{run.stdout}{run.stderr}")
                failed += 1
                continue
            text = copy.read_text(encoding="utf-8")
            numerus[ts.name] = numerus_sources(text)
            # (lupdate -pluralonly drops other strings from the copy: look at the file itself.)
            found = problems(text) + (plural_problems(ts.read_text(encoding="utf-8")) if plural_only else [])
            for ctx, source, state in found:
                print(f"{ts.name}: {state}: [{ctx}] {source}")
            if found:
                how = "lupdate -pluralonly" if plural_only else "lupdate"
                print(f"{ts.name}: {len(found)} {'string needs' if len(found) == 1 else 'strings need'} work: run "
                      f"{how} ui app -ts translations/{ts.name} and translate them in Qt Linguist")
                failed += 1
            else:
                count = copy.read_text(encoding="utf-8").count("<message")
                print(f"{ts.name}: {count} strings, all translated and current")
    # lupdate -pluralonly and a full lupdate must agree on the %n strings.
    for name, sources in numerus.items():
        for ctx, source in sorted(sources ^ numerus[PLURAL_ONLY]):
            print(f"{PLURAL_ONLY} and {name} differ in the %n string [{ctx}] {source}")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
