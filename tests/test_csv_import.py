from datetime import date
from pathlib import Path

import pytest

from leercoach.csvimport import CsvImportError, parse_date, read_employees_csv
from leercoach.domain import GrowthPhase
from leercoach.domain.people import MatchReason
from leercoach.store import Store


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "medewerkers.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_excel_belgium_semicolons_with_bom(tmp_path: Path, store: Store) -> None:
    path = write(
        tmp_path,
        "Naam;Team;Functie;E-mail;Startdatum;Personeelsnummer\r\n"
        "Zoë Peeters;Zorg;verpleegkundige;zoe@voorbeeld.be;01/09/2023;123\r\n"
        "Mehmet Ağaoğlu;Logistiek;planner;;2024-02-15;124\r\n",
        "utf-8-sig",
    )
    found = read_employees_csv(path)
    assert [d.name for d in found.drafts] == ["Zoë Peeters", "Mehmet Ağaoğlu"]
    assert found.drafts[0].start_date == date(2023, 9, 1)
    assert found.drafts[1].email is None
    assert [d.employee_number for d in found.drafts] == ["123", "124"]
    assert found.ignored_columns == []
    store.employees.add_many(found.drafts)
    assert [e.name for e in store.employees.find()] == ["Mehmet Ağaoğlu", "Zoë Peeters"]


def test_commas_and_split_names(tmp_path: Path) -> None:
    path = write(tmp_path, 'voornaam,achternaam,afdeling\nSøren,"Van den Broeck, jr.",IT\n')
    found = read_employees_csv(path)
    assert found.drafts[0].name == "Søren Van den Broeck, jr."
    assert found.drafts[0].team == "IT"


def test_windows_1252_from_old_excel(tmp_path: Path) -> None:
    path = write(tmp_path, "naam;team\nRenée Dubois;Onthaal\n", "cp1252")
    assert read_employees_csv(path).drafts[0].name == "Renée Dubois"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_excel_unicode_text_utf16_with_tabs(tmp_path: Path, encoding: str) -> None:
    # Excel › Opslaan als › Unicode-tekst (*.txt): UTF-16 with a BOM, tabs, CRLF.
    path = write(
        tmp_path,
        "\ufeffNaam\tTeam\tStartdatum\r\n"
        "Zoë Peeters\tZorg; nacht\t01/09/2023\r\n"
        '"Søren 👩\u200d💻, jr."\tIT, data\t2024-02-15\r\n',
        encoding,
    )
    found = read_employees_csv(path)
    assert [d.name for d in found.drafts] == ["Zoë Peeters", "Søren 👩\u200d💻, jr."]
    assert [d.team for d in found.drafts] == ["Zorg; nacht", "IT, data"]
    assert found.drafts[0].start_date == date(2023, 9, 1)
    assert found.ignored_columns == []


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "naam;startdatum;einddatum;groeifase\n"
        "Jef;01/01/2020;;expert\n"
        ";01/01/2020;;\n"
        "Lieve;31/02/2024;;\n"
        "\n"
        "Wout;2024-05-01;2024-04-01;meester\n",
    )
    with pytest.raises(CsvImportError) as caught:
        read_employees_csv(path)
    assert caught.value.problems == [
        "line 3: name: a name is required",
        "line 4: start date: '31/02/2024' is not a real date",
        "line 6: growth phase: 'meester' is not one of starter, bekwaam, expert, mentor",
        "line 6: end_date: 2024-04-01 lies before the start date 2024-05-01",
    ]
    assert str(path) in str(caught.value)


def test_names_with_control_characters_bad_emails_and_odd_years_are_refused(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        "naam;team;e-mail;startdatum\n"
        "Zoë Peeters 👩\u200d💻;Zorg;zoe@voorbeeld.be;01/09/2023\n"
        '"Jef\nPeeters";IT;;\n'
        "Lieve \u202eBuyse;IT;lieve@;\n"
        "Wout;Zorg\u200b;@;01/01/0001\n",
    )
    with pytest.raises(CsvImportError) as caught:
        read_employees_csv(path)
    assert caught.value.problems == [
        # The row starts on line 3; its quoted name goes on to line 4.
        "line 3: name: contains an invisible or control character (U+000A LINE FEED),"
        " which is not allowed",
        "line 5: name: contains an invisible or control character"
        " (U+202E RIGHT-TO-LEFT OVERRIDE), which is not allowed",
        "line 5: email: 'lieve@' is not an e-mail address (name@example.org)",
        "line 6: team: contains an invisible or control character (U+200B ZERO WIDTH SPACE),"
        " which is not allowed",
        "line 6: email: '@' is not an e-mail address (name@example.org)",
        "line 6: start_date: 0001-01-01 lies outside the years 1900 to 2100; is the year right?",
    ]


PEOPLE = (
    "naam;e-mail;startdatum;personeelsnr\n"
    "Zoë Peeters;zoe@voorbeeld.be;01/09/2023;123\n"
    "Jef Peeters;;;\n"
    "An Smet;an@voorbeeld.be;;\n"
)


def test_importing_the_same_file_twice_doubles_nobody(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path, PEOPLE)
    first = store.employees.import_rows(read_employees_csv(path).rows)
    assert [person.name for person in first.added] == ["Zoë Peeters", "Jef Peeters", "An Smet"]
    assert first.added[0].employee_number == "123"
    again = store.employees.import_rows(read_employees_csv(path).rows)
    assert again.added == [] and again.updated == []
    assert [(p.row.line, p.match.person.id, p.match.reason) for p in again.present] == [
        (2, first.added[0].id, MatchReason.EMPLOYEE_NUMBER),
        (3, first.added[1].id, MatchReason.NAME),
        (4, first.added[2].id, MatchReason.EMAIL),
    ]
    assert store.employees.count() == 3
    store.employees.delete(first.added[0].id)  # erasing Zoë leaves no second Zoë behind
    assert [person.name for person in store.employees.find()] == ["An Smet", "Jef Peeters"]


def test_update_changes_only_the_fields_the_file_gives(tmp_path: Path, store: Store) -> None:
    zoe = store.employees.import_rows(read_employees_csv(write(tmp_path, PEOPLE)).rows).added[0]
    store.employees.set_growth_phase(zoe.id, GrowthPhase.EXPERT, date(2025, 1, 6))
    changed = write(
        tmp_path,
        "personeelsnummer;naam;team;functie\n"
        "123;Zoë Peeters-Maes;Nacht;\n"  # an empty cell changes nothing
        "; jef peeters ;Logistiek;chauffeur\n",
    )
    outcome = store.employees.import_rows(read_employees_csv(changed).rows, update=True)
    assert outcome.added == [] and len(outcome.updated) == 2
    now = store.employees.get(zoe.id)
    assert (now.name, now.team, now.role, now.email) == (
        "Zoë Peeters-Maes",
        "Nacht",
        "",
        "zoe@voorbeeld.be",
    )
    assert (now.start_date, now.growth_phase) == (date(2023, 9, 1), GrowthPhase.EXPERT)
    jef = next(p for p in store.employees.find() if p.team == "Logistiek")
    assert (jef.name, jef.role) == ("jef peeters", "chauffeur")
    assert store.employees.count() == 3
    unchanged = store.employees.import_rows(read_employees_csv(changed).rows, update=True)
    assert unchanged.updated == [] and len(unchanged.present) == 2


def test_missing_name_column(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="no name column"):
        read_employees_csv(write(tmp_path, "team;functie\nIT;dev\n"))


def test_empty_and_header_only(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="empty"):
        read_employees_csv(write(tmp_path, ""))
    with pytest.raises(CsvImportError, match="only a header"):
        read_employees_csv(write(tmp_path, "naam;team\n"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01", date(2024, 3, 1)),
        ("1/3/2024", date(2024, 3, 1)),
        ("01-03-2024", date(2024, 3, 1)),
        ("1.3.2024", date(2024, 3, 1)),
    ],
)
def test_dates_as_people_type_them(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_unreadable_date_names_the_text() -> None:
    with pytest.raises(ValueError, match="'maart' is not a date"):
        parse_date("maart")
