"""Refresh the translations from the code: the UI's (.ts/.qm) and the core's (.po/.mo).

    python packaging/translations.py          # lupdate + lrelease; Babel extract, update, compile
    python packaging/translations.py --check  # exit 1 when a message lacks its place or Dutch

Source strings are English (Qt's and gettext's convention); Dutch is the default language.
The UI (leercoach/ui) is translated by Qt; everything else, the command line included, by
gettext from resources/locale (packaging/catalogues.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import catalogues  # beside this script (packaging is no package)

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")
# A region's few words of its own, over its language's catalogue (kept by hand, no lupdate).
REGIONAL = {"nl_NL": "nl"}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "leercoach" / "ui").rglob("*.py"))


def lupdate(target: Path, language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def untranslated(ts: Path, *, plurals_only: bool = False) -> list[str]:
    missing = []
    for (context, source), message in messages(ts).items():
        if plurals_only and message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            missing.append(f"{context}: {source}")
            continue
        numerus = translation.findall("numerusform")
        texts = [n.text or "" for n in numerus] if numerus else [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            missing.append(f"{context}: {source}")
    return missing


def check() -> int:
    """The .ts files hold every string in the code, Dutch is finished, English has its plurals."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            committed = FOLDER / f"leercoach_{language}.ts"
            fresh = Path(scratch) / committed.name
            shutil.copy(committed, fresh)
            lupdate(fresh, language)
            new = set(messages(fresh)) - set(messages(committed))
            problems += [f"{committed.name}: not yet in the file: {c}: {s}" for c, s in new]
    problems += [
        f"leercoach_nl.ts: untranslated: {m}" for m in untranslated(FOLDER / "leercoach_nl.ts")
    ]
    # English is the source language, except for plurals: "%n action(s)" needs its forms.
    problems += [
        f"leercoach_en.ts: plural forms missing: {m}"
        for m in untranslated(FOLDER / "leercoach_en.ts", plurals_only=True)
    ]
    for region, language in REGIONAL.items():
        known = messages(FOLDER / f"leercoach_{language}.ts")
        regional = FOLDER / f"leercoach_{region}.ts"
        problems += [
            f"{regional.name}: no longer in the code: {c}: {s}"
            for c, s in messages(regional)
            if (c, s) not in known
        ]
        problems += [f"{regional.name}: untranslated: {m}" for m in untranslated(regional)]
    problems += catalogues.problems()
    for line in problems:
        print(line)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        return check()
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = FOLDER / f"leercoach_{language}.ts"
        lupdate(ts, language)
        lrelease(ts, FOLDER / f"leercoach_{language}.qm")
    for region in REGIONAL:
        lrelease(FOLDER / f"leercoach_{region}.ts", FOLDER / f"leercoach_{region}.qm")
    missing = untranslated(FOLDER / "leercoach_nl.ts")
    print(f"{len(messages(FOLDER / 'leercoach_nl.ts'))} strings, {len(missing)} without Dutch")
    for line in catalogues.refresh():
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
