"""The command line speaks the app's language: --lang, the saved choice, the locale, Dutch.

Every run pins the locale itself (LANG, LC_ALL, LC_MESSAGES), as a user's shell would
set it; JSON and exit codes never change with the language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from enum import Enum
from pathlib import Path

import pytest

from leercoach import domain, language, vocabulary
from leercoach.domain import ActionStatus, CyclePhase, EmployeeDraft, GrowthPhase
from leercoach.domain.people import MatchReason
from leercoach.store import Store
from leercoach.store.search import HitKind
from leercoach.trust.copies import CopyKind
from leercoach.trust.rekey import KeyState


def leercoach(
    *args: str, locale: str = "C.UTF-8", data: Path, db: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG=locale, LEERCOACH_DATA_DIR=str(data))
    command = [sys.executable, "-m", "leercoach", *(["--db", str(db)] if db else []), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_an_error_is_dutch_by_default_and_english_on_request(data: Path, db_path: Path) -> None:
    Store.open(db_path).close()
    dutch = leercoach("employees", "show", "nope", data=data, db=db_path)
    assert (dutch.returncode, dutch.stderr) == (2, "leercoach: geen medewerker met id 'nope'\n")
    english = leercoach("--lang", "en", "employees", "show", "nope", data=data, db=db_path)
    assert (english.returncode, english.stderr) == (2, "leercoach: no employee with id 'nope'\n")


def test_help_and_argparse_own_words_follow_the_language(data: Path) -> None:
    dutch = leercoach("--help", data=data)
    assert dutch.returncode == 0
    assert dutch.stdout.startswith("gebruik: leercoach")
    assert "toon deze hulp en stop" in dutch.stdout
    assert "kaartensets oplijsten, tonen en controleren" in dutch.stdout
    english = leercoach("--lang", "en", "--help", data=data)
    assert english.stdout.startswith("usage: leercoach")
    assert "show this help message and exit" in english.stdout
    missing = leercoach("employees", data=data)
    assert missing.returncode == 2
    assert "leercoach employees: fout: deze argumenten zijn verplicht: ACTION" in missing.stderr


@pytest.mark.parametrize(
    ("locale", "spoken"),
    [("nl_BE.UTF-8", "geen"), ("nl_NL", "geen"), ("en_US.UTF-8", "no"), ("fr_FR.UTF-8", "geen")],
)
def test_the_system_locale_decides_when_nothing_is_chosen(
    locale: str, spoken: str, data: Path, db_path: Path
) -> None:
    Store.open(db_path).close()
    shown = leercoach("employees", "show", "nope", locale=locale, data=data, db=db_path)
    assert shown.stderr.startswith(f"leercoach: {spoken} ")


def test_the_language_chosen_in_the_app_beats_the_locale_and_lang_beats_both(
    data: Path, db_path: Path
) -> None:
    Store.open(db_path).close()
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"language": "en"}), "utf-8")
    chosen = leercoach("employees", "show", "nope", locale="nl_BE.UTF-8", data=data, db=db_path)
    assert chosen.stderr == "leercoach: no employee with id 'nope'\n"
    asked = leercoach("--lang", "nl", "employees", "show", "nope", data=data, db=db_path)
    assert asked.stderr == "leercoach: geen medewerker met id 'nope'\n"


def test_save_language_keeps_other_settings_and_is_owner_only(
    private_data_dir: Path,
) -> None:
    (private_data_dir / "settings.json").write_text('{"other": 1}', "utf-8")
    language.save_language("en")
    saved = private_data_dir / "settings.json"
    assert json.loads(saved.read_text("utf-8")) == {"other": 1, "language": "en"}
    assert language.saved_language() == "en"
    if os.name == "posix":
        assert saved.stat().st_mode & 0o077 == 0
    saved.write_text("not json", "utf-8")
    assert language.saved_language() is None


def test_json_is_byte_identical_in_both_languages(data: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        person = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Zorg"))
    for command in (
        ["employees", "show", person.id, "--json"],
        ["employees", "list", "--json"],
        ["decks", "list", "--json"],
    ):
        dutch = leercoach("--lang", "nl", *command, data=data, db=db_path)
        english = leercoach("--lang", "en", *command, data=data, db=db_path)
        assert dutch.returncode == english.returncode == 0
        assert dutch.stdout == english.stdout and dutch.stdout.strip()


def test_a_readable_listing_uses_the_one_vocabulary(data: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        person = store.employees.add(EmployeeDraft(name="Jef", growth_phase=GrowthPhase.BEKWAAM))
    dutch = leercoach("employees", "show", person.id, data=data, db=db_path)
    assert "  groeifase: bekwaam" in dutch.stdout and "Openstaande afspraken (0):" in dutch.stdout
    english = leercoach("--lang", "en", "employees", "show", person.id, data=data, db=db_path)
    assert "  growth phase: competent" in english.stdout


LABELLED_ENUMS: list[type[Enum]] = [
    *(getattr(domain, name) for name in domain.__all__),
    MatchReason,
    HitKind,
    CopyKind,
    KeyState,
]
LABELLED_ENUMS = [
    kind for kind in LABELLED_ENUMS if isinstance(kind, type) and issubclass(kind, Enum)
]


@pytest.mark.parametrize("kind", LABELLED_ENUMS, ids=lambda kind: kind.__name__)
def test_every_value_has_one_label_in_each_language(kind: type[Enum]) -> None:
    for value in kind:
        english, dutch = vocabulary.label(value, "en"), vocabulary.label(value, "nl")
        assert english and dutch
    assert {kind.__name__ for kind in LABELLED_ENUMS} <= vocabulary.LABELLED


def test_an_agreed_action_is_an_afspraak_and_statuses_read_the_same_everywhere() -> None:
    from leercoach.reports.words import Words

    assert vocabulary.label(HitKind.ACTION, "nl") == "afspraak"
    assert Words("nl").action_status(ActionStatus.BEZIG) == vocabulary.label(
        ActionStatus.BEZIG, "nl"
    )
    assert Words("nl").phase(CyclePhase.OPVOLGEN) == "Opvolgen"
    assert Words("en").smart("time_bound") == "Time-bound"


def test_the_core_speaks_the_language_it_is_given() -> None:
    from leercoach.csvimport import CsvImportError, parse_employees_csv

    language.use("nl")
    with pytest.raises(CsvImportError) as caught:
        parse_employees_csv("Naam;E-mail\nZoë;zoe-at-voorbeeld\n")
    assert caught.value.problems == [
        "regel 2: e-mail: 'zoe-at-voorbeeld' is geen e-mailadres (naam@voorbeeld.be)"
    ]
    language.use("en")
    with pytest.raises(CsvImportError) as caught:
        parse_employees_csv("Naam;E-mail\nZoë;zoe-at-voorbeeld\n")
    assert caught.value.problems == [
        "line 2: email: 'zoe-at-voorbeeld' is not an e-mail address (name@example.org)"
    ]


def test_the_trust_package_speaks_dutch_too(tmp_path: Path) -> None:
    """A restore refused, in the language of the command line."""
    missing = tmp_path / "geen-backup.db"
    done = subprocess.run(
        [sys.executable, "-m", "leercoach", "--lang", "nl", "--db", str(tmp_path / "x.db"),
         "restore", str(missing)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert f"{missing} bestaat niet" in done.stderr
