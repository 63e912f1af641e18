"""Smoke-test the frozen build and the Debian package as a user meets them.

    python packaging/smoke_test.py --frozen dist/leercoach [--deb dist/leercoach_….deb]

The frozen build is copied out of the source tree and run with a clean environment: no
virtual environment, no source on the path, HOME and LEERCOACH_DATA_DIR in a temporary
folder. It must print its version, list the decks, make demo data, export PDFs, encrypt
the file and check it with the passphrase from the environment, and start the app
offscreen with its Dutch main window (LEERCOACH_QUIT_WHEN_SHOWN, see leercoach/ui/shown.py).

With --deb, as root: ``apt-get install`` the package, run ``leercoach`` from the PATH
(the command line and the app), check that the desktop entry, the icons and the metainfo
are where the desktop looks for them, upgrade to a newer version and back, and remove
it; the user's data folder is the same, byte for byte, after each step. Without root the
package part is skipped, and says so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from icons import HICOLOR_SIZES
from release import app_id, version

PASSPHRASE = "smoke test passphrase, long enough"


class Checks:
    """Runs a program the way a user would and counts what passed."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.home = scratch / "home"
        self.data = scratch / "data"
        self.home.mkdir()
        self.passed = 0

    def env(self, **extra: str) -> dict[str, str]:
        """Nothing of this shell: no virtual environment, no PYTHONPATH, a fresh home."""
        clean = {"HOME": str(self.home), "LEERCOACH_DATA_DIR": str(self.data), **extra}
        if os.name == "nt":  # Windows cannot start a program without SYSTEMROOT
            system = os.environ["SYSTEMROOT"]
            folders = {name: str(self.home / name) for name in ("LOCALAPPDATA", "APPDATA")}
            return {"SYSTEMROOT": system, "PATH": rf"{system}\System32", "USERPROFILE":
                    str(self.home), "TEMP": str(self.scratch), "TMP": str(self.scratch),
                    **folders, **clean}  # fmt: skip
        return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": str(self.scratch), **clean}

    def run(self, program: str | Path, *arguments: str, ok: bool = True, **extra: str) -> str:
        result = subprocess.run(
            [str(program), *arguments],
            env=self.env(**extra),
            cwd=self.scratch,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if (result.returncode == 0) != ok:
            raise SystemExit(
                f"smoke test: `{Path(program).name} {' '.join(arguments)}` exited "
                f"{result.returncode}:\n{result.stdout}{result.stderr}"
            )
        return result.stdout

    def expect(self, what: str, condition: bool, detail: object = "") -> None:
        if not condition:
            raise SystemExit(f"smoke test failed: {what} {detail}")
        self.passed += 1
        print(f"  ok  {what}")

    def gui_shows_dutch_window(self, program: str | Path, database: Path) -> None:
        output = self.run(
            program,
            "--db",
            str(database),
            QT_QPA_PLATFORM="offscreen",
            LEERCOACH_QUIT_WHEN_SHOWN="1",
        )
        shown = json.loads(output.strip().splitlines()[-1])
        self.expect("the app shows its main window", shown["visible"] is True, shown)
        self.expect(
            "in Dutch: the menus and Qt's own buttons",
            shown["menus"][:2] == ["&Bestand", "&Medewerker"] and shown["qt_cancel"] == "Annuleren",
            shown,
        )
        self.expect(
            f"with its icon and desktop id {app_id()}",
            shown["icon"] is True and shown["desktop_file"] == app_id(),
            shown,
        )
        self.expect(
            "the title names the file, and the app once (Qt adds the display name)",
            (shown["title"], shown["display_name"]) == (database.name, "leercoach"),
            shown,
        )


def data_fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def smoke_frozen(frozen: Path, checks: Checks) -> None:
    print(f"frozen build {frozen}, copied out of the tree:")
    app = checks.scratch / "app"
    shutil.copytree(frozen, app, symlinks=True)
    program = app / "leercoach"
    checks.expect("--version", checks.run(program, "--version").strip() == f"leercoach {version()}")
    decks = checks.run(program, "decks", "list")
    checks.expect("decks list", "check-in" in decks and "ontwikkelgesprek" in decks, decks)
    demo = checks.run(program, "demo", "--employees", "3")
    # A manager's first language: the command line speaks Dutch unless asked otherwise.
    checks.expect("demo --employees 3", "3 demomedewerkers toegevoegd" in demo, demo)
    english = checks.run(program, "--lang", "en", "demo", "--employees", "0")
    checks.expect("--lang en", "added 0 demo employees" in english, english)
    pdfs = checks.scratch / "pdfs"
    year = str(date.today().year)
    checks.run(program, "export", "pdf", "--all", "--period", year, "--out", str(pdfs))
    written = sorted(pdfs.glob("*.pdf"))
    checks.expect(
        "export pdf: one PDF per employee",
        len(written) == 3 and all(p.read_bytes().startswith(b"%PDF-") for p in written),
        [p.name for p in written],
    )
    smoke_the_year(program, checks, year)
    database = checks.data / "leercoach.db"
    checks.run(program, "encrypt", LEERCOACH_NEW_PASSPHRASE=PASSPHRASE)
    checks.expect(
        "encrypt: no longer a plain SQLite file",
        not database.read_bytes().startswith(b"SQLite format 3"),
    )
    checks.run(program, "check", ok=False)  # without the passphrase it cannot be read
    checked = checks.run(program, "check", LEERCOACH_PASSPHRASE=PASSPHRASE)
    checks.expect("check with the passphrase from the environment", "in orde" in checked, checked)
    checks.expect(
        "Qt's Dutch catalogue is in the build",
        any(app.rglob("qtbase_nl.qm")) and any(app.rglob("*qsvg*")),
    )
    checks.gui_shows_dutch_window(program, checks.scratch / "first-start.db")


def smoke_the_year(program: Path, checks: Checks, year: str) -> None:
    """The commands of the year around the talks (issue 16), each with what it needs
    frozen in: the calendar's icalendar, the overview's and KPIs' report blocks."""
    rows = json.loads(checks.run(program, "overview", "--json"))
    checks.expect("overview --json: a row per person", len(rows) == 3, rows)
    report = checks.scratch / "team.pdf"
    checks.run(program, "overview", "--pdf", str(report))
    checks.expect("overview --pdf", report.read_bytes().startswith(b"%PDF-"))
    figures = json.loads(checks.run(program, "kpi", "--year", year, "--json"))
    checks.expect("kpi --json", figures.get("employees") == 3, figures)
    checks.run(program, "trends", rows[0]["id"], "--json")
    calendar = checks.scratch / "agenda.ics"
    checks.run(program, "calendar", "--out", str(calendar))
    checks.expect("calendar --out", calendar.read_bytes().startswith(b"BEGIN:VCALENDAR"))
    # The preparation form: reportlab's AcroForm out, pypdf in (both must be frozen in).
    form = checks.scratch / "voorbereiding.pdf"
    checks.run(program, "prep", "form", "--employee", rows[0]["id"], "--deck", "check-in",
               "--out", str(form))  # fmt: skip
    checks.expect("prep form", form.read_bytes().startswith(b"%PDF-"))
    read = checks.run(program, "prep", "import", str(form))
    checks.expect("prep import (a blank form)", "antwoorden: 0" in read, read)


def smoke_deb(deb: Path, checks: Checks) -> None:
    print(f"Debian package {deb.name}:")
    apt_install(deb)
    try:
        found = shutil.which("leercoach", path="/usr/bin:/bin")
        checks.expect("leercoach is on the PATH", found == "/usr/bin/leercoach", found)
        checks.expect(
            "leercoach --version from the PATH",
            checks.run("leercoach", "--version").strip() == f"leercoach {version()}",
        )
        identifier = app_id()
        share = Path("/usr/share")
        desktop = share / "applications" / f"{identifier}.desktop"
        checks.expect(f"desktop entry {desktop}", desktop.is_file())
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
        icons = [share / "icons/hicolor" / f"{s}x{s}/apps/{identifier}.png" for s in HICOLOR_SIZES]
        icons.append(share / "icons/hicolor/scalable/apps" / f"{identifier}.svg")
        checks.expect(
            "icons in the hicolor theme, 16 to 512 px and SVG", all(map(Path.is_file, icons))
        )
        metainfo = share / "metainfo" / f"{identifier}.metainfo.xml"
        checks.expect(f"AppStream metainfo {metainfo}", metainfo.is_file())
        checks.expect(
            "the metainfo names this release",
            f'<release version="{version()}"' in metainfo.read_text(),
        )
        decks = checks.run("leercoach", "decks", "list")
        checks.expect("the installed app lists the decks", "check-in" in decks)
        checks.gui_shows_dutch_window("leercoach", checks.scratch / "installed-start.db")
        before = data_fingerprint(checks.data)
        apt_install(newer_version(deb, checks.scratch))
        checks.expect("an upgrade keeps the user's data", data_fingerprint(checks.data) == before)
        people = checks.run("leercoach", "employees", "list", LEERCOACH_PASSPHRASE=PASSPHRASE)
        checks.expect("the upgraded app reads it", len(people.strip().splitlines()) >= 3, people)
    finally:
        apt("remove", "leercoach")
    checks.expect("apt-get remove takes the program away", not Path("/usr/lib/leercoach").exists())
    checks.expect("and leaves the user's data", data_fingerprint(checks.data) == before)


def apt_install(deb: Path) -> None:
    """As an administrator would (plain ``dpkg -i`` would not bring the dependencies)."""
    apt("install", "--no-install-recommends", "--allow-downgrades", str(deb.resolve()))


def apt(*arguments: str) -> None:
    result = subprocess.run(
        ["apt-get", "-y", "-qq", *arguments],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"apt-get {' '.join(arguments)} failed:\n{result.stdout}{result.stderr}")


def newer_version(deb: Path, scratch: Path) -> Path:
    """The same package as version X+smoke1, which dpkg sorts after X: an upgrade."""
    tree = scratch / "repack"
    subprocess.run(["dpkg-deb", "--raw-extract", str(deb), str(tree)], check=True)
    control = tree / "DEBIAN" / "control"
    control.write_text(
        control.read_text().replace(f"Version: {version()}\n", f"Version: {version()}+smoke1\n")
    )
    newer = scratch / f"leercoach_{version()}+smoke1.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(tree), str(newer)],
        check=True,
        capture_output=True,
    )
    return newer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, required=True, help="the onedir build")
    parser.add_argument("--deb", type=Path, help="the .deb to install, upgrade and remove")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="leercoach-smoke-") as folder:
        checks = Checks(Path(folder))
        smoke_frozen(args.frozen.resolve(), checks)
        if args.deb is not None and os.geteuid() == 0:
            smoke_deb(args.deb, checks)
        elif args.deb is not None:
            print(f"skipped: installing {args.deb.name} needs root (run as root or in CI)")
    print(f"smoke: {checks.passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
