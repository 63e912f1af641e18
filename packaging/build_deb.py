"""Build the Debian package from the frozen build, then validate it.

    python packaging/build_deb.py --frozen dist/leercoach --out dist

The frozen build goes to /usr/lib/leercoach with a ``leercoach`` command in /usr/bin, the
desktop entry, the AppStream metainfo, the icon (rendered from the SVG at every hicolor
size), a man page, the copyright and the changelog. The libraries PyInstaller copied from
this Debian system are left out again and depended on instead (found by their ELF build
id, so only the very same build is swapped); ``dpkg-shlibdeps`` then works out Depends
from every binary in the package. ``dpkg-deb`` builds the .deb; desktop-file-validate,
``appstreamcli validate --no-net`` and lintian must pass (lintian with the overrides in
packaging/linux/leercoach.lintian-overrides, each with its reason).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
import icons
from release import MAINTAINER, ROOT, Release, app_id, current_release, releases

LINUX = ROOT / "packaging" / "linux"
PACKAGE = "leercoach"
INSTALL_DIR = Path("usr/lib") / PACKAGE
# Only a GTK desktop loads Qt's GTK theme plugin, and such a desktop has GTK: recommended,
# not depended on, and left out of the dpkg-shlibdeps run (which would want it installed).
OPTIONAL_PLUGINS = {"libqgtk3.so": "libgtk-3-0"}
SUMMARY = "offline coaching conversations for managers"
DESCRIPTION = """\
leercoach helps a manager hold one-on-one coaching conversations: question-card
decks (development talk, check-in, exit conversation, onboarding), the answers,
the agreed actions and the growth cycles of each employee, with PDF summaries.
.
Everything stays in one SQLite file in the user's data folder, optionally
encrypted: no network, no account, no cloud. Installing, upgrading or removing
the package never touches that folder."""


def run(*command: str | Path, cwd: Path | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def build_id(path: Path) -> str | None:
    found = re.search(r"Build ID: ([0-9a-f]+)", run("readelf", "-n", path))
    return found[1] if found else None


def host_libraries() -> dict[str, list[Path]]:
    """The shared libraries this system's dynamic loader knows, by file name."""
    found: dict[str, list[Path]] = {}
    for line in run("ldconfig", "-p").splitlines():
        name, _, target = line.strip().partition(" => ")
        if target:
            found.setdefault(name.split(" (")[0], []).append(Path(target))
    return found


def debian_owners(paths: list[Path]) -> dict[Path, str]:
    """The Debian package that installed each path (merged /usr: /lib is /usr/lib)."""
    spellings: dict[str, Path] = {}
    for path in paths:
        for text in {str(path), str(path.resolve())}:
            spellings[text] = path
            spellings[text[4:] if text.startswith("/usr/") else "/usr" + text] = path
    # One query for all: dpkg-query reads its whole database each time it runs.
    result = subprocess.run(
        ["dpkg-query", "-S", *spellings], capture_output=True, text=True, check=False
    )
    owners: dict[Path, str] = {}
    for line in result.stdout.splitlines():
        package, _, spelling = line.partition(": ")
        if spelling in spellings and "," not in package:
            owners.setdefault(spellings[spelling], package.split(":")[0])
    return owners


def drop_debian_libraries(internal: Path) -> dict[str, str]:
    """Remove the copies of Debian's own libraries; return {library: package} removed."""
    host = host_libraries()
    originals: dict[Path, Path] = {}
    for library in sorted(internal.iterdir()):
        if not is_elf(library) or library.name not in host:
            continue
        bundled = build_id(library)
        same = [path for path in host[library.name] if path.exists() and build_id(path) == bundled]
        # A different build (pyenv's libpython, a wheel's own copy) stays in the package.
        if same and bundled:
            originals[library] = same[0]
    owners = debian_owners(list(originals.values()))
    removed: dict[str, str] = {}
    for library, original in originals.items():
        if original in owners:
            library.unlink()
            removed[library.name] = owners[original]
    return removed


def shlib_depends(source: Path, stage: Path) -> str:
    """Depends for every binary in the stage, by dpkg-shlibdeps; the bundled libraries
    (Qt, ICU, Python, SQLCipher, …) are private ones in a non-public folder."""
    binaries = [
        path
        for path in sorted(stage.rglob("*"))
        if is_elf(path) and path.name not in OPTIONAL_PLUGINS
    ]
    internal = stage / INSTALL_DIR / "_internal"
    private = sorted({path.parent for path in binaries if path.is_relative_to(internal)})
    output = run(
        "dpkg-shlibdeps",
        "-O",
        f"-T{source / 'debian' / 'substvars'}",
        *(f"-l{folder}" for folder in private),
        *(f"-e{path}" for path in binaries),
        cwd=source,
    )
    depends = output.strip().partition("shlibs:Depends=")[2]
    if not depends:
        raise SystemExit(f"dpkg-shlibdeps found no dependencies:\n{output}")
    return depends


def metainfo(template: Path, listed: list[Release]) -> str:
    entries = []
    for release in listed:
        notes = "\n".join(f"            <li>{escape(note)}</li>" for note in release.notes)
        entries.append(
            f'    <release version="{release.version}" date="{release.date}">\n'
            f"      <description>\n        <ul>\n{notes}\n        </ul>\n      </description>\n"
            "    </release>"
        )
    return template.read_text("utf-8").replace("@RELEASES@", "\n".join(entries))


def debian_changelog(listed: list[Release]) -> str:
    """CHANGELOG.md in Debian's changelog format (a native package's changelog.gz)."""
    entries = []
    for release in listed:
        when = datetime.fromisoformat(release.date).replace(hour=12, tzinfo=UTC)
        items = "\n".join(
            textwrap.fill(note, 78, initial_indent="  * ", subsequent_indent="    ")
            for note in release.notes
        )
        entries.append(
            f"{PACKAGE} ({release.version}) unstable; urgency=medium\n\n{items}\n\n"
            f" -- {MAINTAINER}  {format_datetime(when)}\n"
        )
    return "\n".join(entries)


def write_gzip(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped:
        zipped.write(text.encode("utf-8"))


def drop_build_machine_runpaths(tree: Path) -> int:
    """PyInstaller keeps the RUNPATH of pyenv-style Python builds (/root/.pyenv/...): a
    folder of the build machine. Remove such absolute entries, keep $ORIGIN ones (Qt's)."""
    changed = 0
    for path in sorted(tree.rglob("*")):
        if not is_elf(path):
            continue
        runpath = run("patchelf", "--print-rpath", path).strip()
        if not runpath:
            continue
        kept = [entry for entry in runpath.split(":") if entry.startswith("$ORIGIN")]
        if kept != runpath.split(":"):
            if kept:
                run("patchelf", "--set-rpath", ":".join(kept), path)
            else:
                run("patchelf", "--remove-rpath", path)
            changed += 1
    return changed


def normalise_modes(stage: Path, executables: set[Path]) -> None:
    """Debian's modes: folders and programs 0755, everything else (libraries too) 0644."""
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path in executables else 0o644)


def stage_package(frozen: Path, stage: Path, release: Release) -> dict[str, str]:
    identifier = app_id()
    target = stage / INSTALL_DIR
    shutil.copytree(frozen, target, symlinks=True)
    removed = drop_debian_libraries(target / "_internal")
    drop_build_machine_runpaths(target)
    for link in (target / "_internal").iterdir():
        if link.is_symlink() and not link.exists():
            link.unlink()  # pointed at a library Debian provides now
    share = stage / "usr" / "share"
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(Path("..") / "lib" / PACKAGE / PACKAGE)
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / f"{identifier}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{identifier}.metainfo.xml").write_text(
        metainfo(LINUX / f"{identifier}.metainfo.xml.in", releases()), "utf-8"
    )
    icons.write_hicolor(share / "icons" / "hicolor", identifier)
    docs = share / "doc" / PACKAGE
    docs.mkdir(parents=True)
    shutil.copy(LINUX / "copyright", docs / "copyright")
    write_gzip(docs / "changelog.gz", debian_changelog(releases()))
    manual = (LINUX / "leercoach.1").read_text("utf-8")
    manual = manual.replace(
        '.TH LEERCOACH 1 "" "leercoach"',
        f'.TH LEERCOACH 1 "{release.date}" "leercoach {release.version}"',
    )
    write_gzip(share / "man" / "man1" / "leercoach.1.gz", manual)
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy(LINUX / "leercoach.lintian-overrides", overrides / PACKAGE)
    normalise_modes(stage, {target / PACKAGE})
    return removed


def control(stage: Path, release: Release, depends: str) -> str:
    size_kib = sum(
        (path.lstat().st_size + 1023) // 1024 for path in stage.rglob("*") if not path.is_dir()
    )
    architecture = run("dpkg", "--print-architecture").strip()
    description = "\n".join(f" {line}" for line in DESCRIPTION.splitlines())
    return (
        f"Package: {PACKAGE}\nVersion: {release.version}\nArchitecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kib}\nDepends: {depends}\n"
        f"Recommends: {', '.join(sorted(set(OPTIONAL_PLUGINS.values())))}\n"
        f"Section: misc\nPriority: optional\nDescription: {SUMMARY}\n{description}\n"
    )


def md5sums(stage: Path) -> str:
    lines = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(stage)}")
    return "\n".join(lines) + "\n"


def validate(stage: Path, deb: Path) -> None:
    identifier = app_id()
    share = stage / "usr" / "share"
    print(run("desktop-file-validate", share / "applications" / f"{identifier}.desktop"), end="")
    print(run("appstreamcli", "validate", "--no-net", "--pedantic",
              share / "metainfo" / f"{identifier}.metainfo.xml"), end="")  # fmt: skip
    print(run("lintian", "--fail-on", "error,warning", "--display-info", "--tag-display-limit",
              "0", deb), end="")  # fmt: skip
    print("desktop-file-validate, appstreamcli validate and lintian: passed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, required=True, help="the onedir build")
    parser.add_argument("--out", type=Path, required=True, help="where the .deb goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument("--no-validate", action="store_true", help="skip the validators")
    args = parser.parse_args(argv)
    release = current_release()
    shutil.rmtree(args.work, ignore_errors=True)
    source = args.work / "src"
    stage = source / "debian" / PACKAGE
    (stage / "DEBIAN").mkdir(parents=True)
    (source / "debian" / "control").write_text(
        f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", "utf-8"
    )
    removed = stage_package(args.frozen, stage, release)
    print(f"uses Debian's own {len(removed)} libraries instead of bundled copies "
          f"({', '.join(sorted(set(removed.values())))})")  # fmt: skip
    depends = shlib_depends(source, stage)
    (stage / "DEBIAN" / "md5sums").write_text(md5sums(stage), "utf-8")
    (stage / "DEBIAN" / "control").write_text(control(stage, release, depends), "utf-8")
    for path in (stage / "DEBIAN").iterdir():
        path.chmod(0o644)
    architecture = run("dpkg", "--print-architecture").strip()
    args.out.mkdir(parents=True, exist_ok=True)
    deb = args.out / f"{PACKAGE}_{release.version}_{architecture}.deb"
    # xz as Debian's archive wants it (lintian refuses zstd), at level 1: ~50 s on two
    # cores instead of ~4 min at the default level, for a .deb 10 % larger.
    run("dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", stage, deb)
    print(f"built {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    if not args.no_validate:
        validate(stage, deb)
    return 0


if __name__ == "__main__":
    os.umask(0o022)
    sys.exit(main())
