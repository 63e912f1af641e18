"""What a name, team, role, e-mail address and date may be: the domain's rules, which the
command line, the CSV import and the app all apply (EmployeeDraft.problems)."""

from __future__ import annotations

from datetime import date

import pytest

from leercoach.domain import EmployeeDraft


@pytest.mark.parametrize(
    "name",
    [
        "Zoë Van den Broeck",
        "Mehmet Ağaoğlu",
        "Renée O'Brien-Dubois",
        "Søren Ĳsselmeer",
        "Ωμέγα Παπαδοπούλου",
        "محمد العلي",
        "李小龍",
        "Anaïs 👩\u200d💻",  # a ZWJ sequence: woman technologist
        "Kim 🏳️\u200d🌈",
        "Ewan 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland
        "Mi\u0301lan",  # a combining accent
        "  Jef Peeters\n",  # the edges are stripped before storing
    ],
)
def test_names_may_hold_any_letters_accents_emoji_apostrophes_and_hyphens(name: str) -> None:
    assert EmployeeDraft(name=name, team=name, role=name).problems() == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Jef \u202ePeeters", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("Jef \u202aPeeters", "U+202A LEFT-TO-RIGHT EMBEDDING"),
        ("\u2066Jef\u2069 Peeters", "U+2066 LEFT-TO-RIGHT ISOLATE"),
        ("Jef\nPeeters", "U+000A LINE FEED"),
        ("Jef\rPeeters", "U+000D CARRIAGE RETURN"),
        ("Jef\tPeeters", "U+0009 TAB"),
        ("Jef\x1b[31m Peeters", "U+001B control character"),
        ("Jef\u200bPeeters", "U+200B ZERO WIDTH SPACE"),
        ("Jef\u00adPeeters", "U+00AD SOFT HYPHEN"),
        ("Jef\u2028Peeters", "U+2028 LINE SEPARATOR"),
        ("Jef \U000e0041\U000e0042", "U+E0041 TAG LATIN CAPITAL LETTER A"),
    ],
)
@pytest.mark.parametrize("field", ["name", "team", "role"])
def test_control_and_bidi_characters_are_refused_naming_the_field(
    field: str, text: str, shown: str
) -> None:
    fields = {"name": "Jef", field: text}
    (problem,) = EmployeeDraft(**fields).problems()
    assert problem.startswith(f"{field}: contains an invisible or control character")
    assert f"({shown})" in problem


@pytest.mark.parametrize(
    "email",
    [
        "a@",
        "@",
        "@voorbeeld.be",
        "jef@voorbeeld",
        "jef peeters@voorbeeld.be",
        "jef@@voorbeeld.be",
        "jef@voorbeeld.",
        "jef@.be",
        "jef@voorbeeld..be",
    ],
)
def test_an_email_needs_a_name_one_at_and_a_domain_with_a_dot(email: str) -> None:
    (problem,) = EmployeeDraft(name="Jef", email=email).problems()
    assert problem == f"email: {email!r} is not an e-mail address (name@example.org)"


@pytest.mark.parametrize(
    "email", ["jef@voorbeeld.be", "Zoë.Peeters@bücher.de", "a+b@x.co.uk", " jef@x.be ", ""]
)
def test_ordinary_email_addresses_pass(email: str) -> None:
    assert EmployeeDraft(name="Jef", email=email).problems() == []


@pytest.mark.parametrize(
    ("field", "day"),
    [
        ("start_date", date(1, 1, 1)),
        ("start_date", date(1899, 12, 31)),
        ("end_date", date(9999, 12, 31)),
        ("end_date", date(2101, 1, 1)),
    ],
)
def test_dates_outside_1900_to_2100_are_refused(field: str, day: date) -> None:
    (problem,) = EmployeeDraft(name="Jef", **{field: day}).problems()  # type: ignore[arg-type]
    assert problem == (
        f"{field}: {day.isoformat()} lies outside the years 1900 to 2100; is the year right?"
    )
    edges = EmployeeDraft(name="Jef", start_date=date(1900, 1, 1), end_date=date(2100, 12, 31))
    assert edges.problems() == []
