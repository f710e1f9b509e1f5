#!/usr/bin/env python3
"""Every translatable string of ui/ and app/ has a finished German and Chinese translation.

Runs lupdate over the sources into a temporary copy of each translations/*.ts and fails when the
copy gains a string (new or changed text, or a context lupdate cannot see) or still has an
unfinished, vanished or obsolete entry. Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def problems(ts_text):
    """(context, source, state) for every entry that is not a finished translation."""
    out = []
    for ctx in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", ts_text, re.S):
        for msg in re.finditer(r"<message[^>]*>(.*?)</message>", ctx.group(2), re.S):
            body = msg.group(1)
            state = re.search(r'<translation[^>]*type="(unfinished|vanished|obsolete)"', body)
            empty = re.search(r"<translation[^>]*>\s*</translation>|<translation[^>]*/>", body)
            if state or empty:
                source = re.search(r"<source>(.*?)</source>", body, re.S)
                out.append((ctx.group(1), source.group(1) if source else "?",
                            state.group(1) if state else "empty"))
    return out


def main():
    lupdate, root = sys.argv[1], Path(sys.argv[2])
    ts_files = sorted((root / "translations").glob("*.ts"))
    if not ts_files:
        print("no translations/*.ts found")
        return 1
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            run = subprocess.run([lupdate, "-locations", "none", str(root / "ui"), str(root / "app"),
                                  "-ts", str(copy)], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{ts.name}: lupdate failed:\n{run.stdout}{run.stderr}")
                failed += 1
                continue
            found = problems(copy.read_text(encoding="utf-8"))
            for ctx, source, state in found:
                print(f"{ts.name}: {state}: [{ctx}] {source}")
            if found:
                print(f"{ts.name}: {len(found)} string(s) need work: run "
                      f"lupdate ui app -ts translations/{ts.name} and translate them in Qt Linguist")
                failed += 1
            else:
                count = copy.read_text(encoding="utf-8").count("<message")
                print(f"{ts.name}: {count} strings, all translated and current")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
