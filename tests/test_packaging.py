"""What the packages say about leercoach comes from one place and agrees everywhere."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

from leercoach import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(ROOT / "packaging"))

import build_deb  # noqa: E402
import release  # noqa: E402

LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_the_version_lives_only_in_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert "version" not in project and project["dynamic"] == ["version"]
    built = subprocess.run(
        [sys.executable, "-m", "hatchling", "version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert built.stdout.strip() == __version__
    assert release.version() == __version__ and release.app_id() == APP_ID


def test_the_changelog_has_released_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert "## [Unreleased]" in text and "Keep a Changelog" in text
    current = release.current_release()
    assert current.version == __version__
    assert current.notes, "a release says what changed"


def test_desktop_entry_is_named_by_the_app_id_and_speaks_dutch() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert fields["Icon"] == APP_ID and fields["Exec"] == "leercoach"
    assert fields["Categories"] == "Office;"
    assert fields["StartupWMClass"] == "leercoach"  # Qt's window class: the app's name
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert fields[key] and fields[f"{key}[nl]"], key
    assert fields["Comment[nl]"] != fields["Comment"]


def test_metainfo_lists_the_changelog_releases_newest_first() -> None:
    text = build_deb.metainfo(LINUX / f"{APP_ID}.metainfo.xml.in", release.releases())
    component = ET.fromstring(text)
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("project_license") == "MIT"
    assert component.find("content_rating") is not None
    summaries = {s.get(LANG): s.text for s in component.findall("summary")}
    assert summaries[None] and summaries["nl"] and summaries[None] != summaries["nl"]
    assert any(paragraph.get(LANG) == "nl" for paragraph in component.findall("description/p"))
    versions = [r.get("version") for r in component.findall("releases/release")]
    assert versions == [r.version for r in release.releases()] and versions[0] == __version__


def test_debian_changelog_has_an_entry_per_release() -> None:
    text = build_deb.debian_changelog(release.releases())
    assert text.startswith(f"leercoach ({__version__}) unstable; urgency=medium\n")
    assert f" -- {release.MAINTAINER}  " in text
    notes = [line for line in text.splitlines() if line.startswith("  ")]
    assert notes and all(len(line) <= 80 for line in notes)
