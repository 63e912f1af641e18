"""Property tests: whatever a person types, pastes or imports, the answer is a result or a
clear refusal, never a crash and never half a change.

Text strategies leave out lone surrogates (Unicode category Cs): they cannot come out
of a UTF-8 file, Qt hands the app valid UTF-16 only, and SQLite cannot store them
(Python's sqlite3 refuses to encode them). Every other character, control
characters and NUL included, is fair game.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leercoach.csvimport import CsvEmployees, CsvImportError, parse_employees_csv
from leercoach.decks import DeckError, parse_deck_text
from leercoach.decks.parse import CARD_KEYS, DECK_KEYS, SLUG_PATTERN
from leercoach.domain import ActionOwner, Deck, EmployeeDraft
from leercoach.domain.text import unsafe_character
from leercoach.store import Store, ValidationError
from tests.conftest import SMALL_DECK

PROPERTY = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
STORE_PROPERTY = settings(PROPERTY, max_examples=100)

CHARACTERS = st.characters(blacklist_categories=("Cs",))
TEXT = st.text(alphabet=CHARACTERS, max_size=60)
# Control characters, odd spaces and TOML/CSV syntax mixed with anything, so that examples
# hit the characters parsers and strip() treat specially far more often than chance would.
NASTY = st.text(
    alphabet=st.one_of(
        st.sampled_from("\x00\x01\x1f\x7f\x85\u2028\u3000\ufeff\t\r\n \"';,=[]{}#\\"),
        CHARACTERS,
    ),
    max_size=40,
)
HUGE = st.builds(
    lambda piece, times: piece * times,
    st.text(CHARACTERS, min_size=1, max_size=3),
    st.integers(1_000, 20_000),
)
ANY_TEXT = st.one_of(TEXT, NASTY, TEXT, NASTY, HUGE)  # huge now and then: it is slow


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated database, closed: without a -wal file a plain copy is complete."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    Store.open(path).close()
    assert not Path(f"{path}-wal").exists()
    return path


@contextmanager
def fresh_store(template: Path) -> Iterator[Store]:
    """A new database file per example (hypothesis cannot reuse function-scoped fixtures);
    copied from the template because migrating a new file per example takes 35 ms."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.db"
        shutil.copyfile(template, path)
        with Store.open(path) as store:
            yield store


# Decks ---------------------------------------------------------------------------------------

KNOWN_HEADS = {*DECK_KEYS, "TOML syntax error"}
CARD_PATH = re.compile(r"^cards(\[\d+\])?(\.|$)")
LINE = re.compile(r"\bline \d+\b|end of document")


def assert_names_a_key_or_line(problems: list[str], text: str) -> None:
    assert problems, "a DeckError must say what is wrong"
    for problem in problems:
        assert isinstance(problem, str) and problem.strip()
        head = problem.split(": ", 1)[0]
        if LINE.search(problem) or head in KNOWN_HEADS or CARD_PATH.match(head):
            continue
        # An unknown key is named as written, quoted (repr) so even '' or 'a\nb' reads clearly.
        assert head in {repr(key) for key in tomllib.loads(text)}, problem


def parse_or_refuse(text: str) -> Deck | None:
    try:
        return parse_deck_text(text, "prop.toml")
    except DeckError as error:
        assert_names_a_key_or_line(error.problems, text)
        return None


def spliced(base: str, insert: str, at: int, cut: int) -> str:
    at = at % (len(base) + 1)
    return base[:at] + insert + base[at + cut :]


@PROPERTY
@given(
    st.one_of(
        ANY_TEXT, st.builds(spliced, st.just(SMALL_DECK), NASTY, st.integers(0), st.integers(0, 30))
    )
)
def test_deck_parser_on_any_text_gives_a_deck_or_a_deck_error(text: str) -> None:
    parse_or_refuse(text)


def toml_string(value: str) -> str:
    escaped = []
    for char in value:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def toml_value(value: Any) -> str:
    """Our own small TOML writer: values only, enough for every type tomllib reads."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    assert isinstance(value, dict)
    return "{ " + ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items()) + " }"


BARE_KEY = st.text("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_-", min_size=1, max_size=12)
# Built from pieces rather than st.from_regex, which is slow to draw from.
SLUG = st.lists(st.sampled_from(["zorg", "a", "b2", "check", "x9y"]), min_size=1, max_size=3).map(
    "-".join
)
CARD_ID = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(["vraag", "q1", "energie"]),
    st.sampled_from(["", "_2", "-b", "3"]),
)
SCALARS = st.one_of(
    TEXT,
    NASTY,
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(BARE_KEY, inner, max_size=3)
    ),
    max_leaves=10,
)
SOME_TEXT = st.text(CHARACTERS, min_size=1, max_size=40).map(lambda t: t if t.strip() else "x" + t)
PLAUSIBLE: dict[str, st.SearchStrategy[Any]] = {
    "slug": SLUG,
    "version": st.integers(1, 5),
    "kind": st.sampled_from(["check-in", "ontwikkelgesprek", "exitgesprek"]),
    "language": st.sampled_from(["nl", "en"]),
    "duration_minutes": st.integers(1, 240),
    "id": CARD_ID,
    "theme": SLUG,
    "answer": st.one_of(
        st.sampled_from(["text", "yesno", "scale"]),
        st.builds(
            lambda options: {"type": "choice", "options": options},
            st.lists(SOME_TEXT, min_size=2, max_size=4, unique=True),
        ),
    ),
    "follow_ups": st.lists(SOME_TEXT, max_size=3),
    "phase": st.sampled_from(["plannen", "leren", "opvolgen", "evalueren"]),
}
MISSING = object()
DECK_REQUIRED = tuple(key for key in DECK_KEYS if key != "cards")
CARD_REQUIRED = ("id", "question", "theme")


def table(
    required: tuple[str, ...], optional: tuple[str, ...]
) -> st.SearchStrategy[dict[str, Any]]:
    """A valid table, then up to three keys spoiled: any value, removed, or an unknown key."""
    valid = st.fixed_dictionaries(
        {key: PLAUSIBLE.get(key, SOME_TEXT) for key in required},
        optional={key: PLAUSIBLE.get(key, SOME_TEXT) for key in optional},
    )
    spoilt = st.dictionaries(
        st.one_of(st.sampled_from((*required, *optional)), BARE_KEY),
        st.one_of(VALUES, st.just(MISSING), HUGE),
        max_size=3,
    )

    def spoil(table: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        merged = {**table, **changes}
        return {key: value for key, value in merged.items() if value is not MISSING}

    return st.builds(spoil, valid, st.one_of(st.just({}), spoilt))


def deck_document(deck: dict[str, Any], cards: list[dict[str, Any]]) -> str:
    lines = [f"{key} = {toml_value(value)}" for key, value in deck.items()]
    if "cards" not in deck:  # a spoilt `cards = <value>` cannot also have [[cards]] tables
        for card in cards:
            lines.append("")
            lines.append("[[cards]]")
            lines.extend(f"{key} = {toml_value(value)}" for key, value in card.items())
    return "\n".join(lines) + "\n"


@PROPERTY
@given(
    table(DECK_REQUIRED, ()),
    st.lists(
        table(CARD_REQUIRED, tuple(k for k in CARD_KEYS if k not in CARD_REQUIRED)), max_size=4
    ),
)
def test_deck_parser_on_valid_toml_with_any_values(
    deck: dict[str, Any], cards: list[dict[str, Any]]
) -> None:
    text = deck_document(deck, cards)
    try:
        parsed = parse_deck_text(text, "prop.toml")
    except DeckError as error:
        # The document is valid TOML (our writer is right); only its values are odd.
        assert not error.problems[0].startswith("TOML syntax error"), error.problems[0]
        assert_names_a_key_or_line(error.problems, text)
        return
    assert SLUG_PATTERN.match(parsed.slug)
    assert len({card.id for card in parsed.cards}) == len(parsed.cards) > 0


@pytest.mark.parametrize("key", ['""', '"a\\nb"'])
def test_an_odd_unknown_key_is_named_readably(key: str) -> None:
    with pytest.raises(DeckError) as raised:
        parse_deck_text(f"{key} = 1\n" + SMALL_DECK, "odd.toml")
    (problem,) = raised.value.problems
    assert "\n" not in problem and not problem.startswith(":"), problem


# CSV import ----------------------------------------------------------------------------------

FILE_LEVEL = {
    "the file is empty",
    "no employees in the file, only a header",
    "contains NUL bytes; is this really a CSV file?",
}
CSV_LINE = re.compile(r"^line \d+: \S")


def assert_csv_outcome(text: str) -> None:
    try:
        found = parse_employees_csv(text, "prop.csv")
    except CsvImportError as error:
        assert error.problems
        for problem in error.problems:
            assert problem in FILE_LEVEL or CSV_LINE.match(problem), problem
        return
    assert isinstance(found, CsvEmployees) and found.drafts
    for draft in found.drafts:
        assert draft.problems() == []


HEADERS = st.sampled_from(
    [
        "naam",
        "Naam ",
        "voornaam",
        "achternaam",
        "team",
        "afdeling",
        "functie",
        "e-mail",
        "startdatum",
        "einddatum",
        "groeifase",
        "opmerking",
        "",
    ]
)
PLAIN = st.text("abcdefghijklmnopqrstuvwxyz ZËÉÇĞëéçğ-'", min_size=1, max_size=15).filter(str.strip)
CELLS = st.one_of(
    PLAIN,
    PLAIN,
    PLAIN,
    NASTY,
    st.sampled_from(["2024-03-01", "31/02/2024", "1-3-2024", "٢٠٢٤-٠١-٠١", "expert", "x@y", "@"]),
)
# Usually a name column first, so some files are good; sometimes any header at all.
HEADER = st.one_of(
    st.builds(
        lambda first, rest: [first, *rest],
        st.sampled_from(["naam", "Naam ", "NAAM"]),
        st.lists(st.sampled_from(["team", "functie", "opmerking"]), max_size=3),
    ),
    st.lists(HEADERS, min_size=1, max_size=6),
)


def csv_document(delimiter: str, header: list[str], rows: list[list[str]], bom: bool) -> str:
    def line(cells: list[str]) -> str:
        return delimiter.join(cells)

    return ("\ufeff" if bom else "") + "\n".join([line(header), *map(line, rows)]) + "\n"


@PROPERTY
@given(
    st.one_of(
        ANY_TEXT,
        st.builds(
            csv_document,
            st.sampled_from([";", ","]),
            HEADER,
            st.lists(st.lists(CELLS, max_size=7), max_size=6),
            st.booleans(),
        ),
    )
)
def test_csv_import_gives_employees_or_problems_by_line(text: str) -> None:
    assert_csv_outcome(text)


# The store -----------------------------------------------------------------------------------


# SQLite's length() stops at the first NUL, so a required text with a NUL in it is refused
# as a ValidationError before it reaches the database's CHECK constraint.
STORE_TEXT = st.one_of(
    TEXT,
    NASTY,
    st.builds(lambda c: c * 20_000, st.text(CHARACTERS, min_size=1, max_size=2)),
    # What strip() and SQLite's trim() disagree on sits at the edges of a text.
    st.builds(
        lambda edge, text: edge + text, st.sampled_from(["\x00", " \x00", "\t", "\x85"]), NASTY
    ),
)


@STORE_PROPERTY
@given(
    name=STORE_TEXT,
    team=STORE_TEXT,
    role=STORE_TEXT,
    answer=STORE_TEXT,
    note=STORE_TEXT,
    what=STORE_TEXT,
    measure=STORE_TEXT,
)
def test_store_keeps_any_text_or_refuses_it(
    template: Path,
    name: str,
    team: str,
    role: str,
    answer: str,
    note: str,
    what: str,
    measure: str,
) -> None:
    deck = parse_deck_text(SMALL_DECK, "mini.toml")
    with fresh_store(template) as store:
        try:
            person = store.employees.add(EmployeeDraft(name=name, team=team, role=role))
        except ValidationError as error:
            assert error.problems and (
                not name.strip() or any(map(unsafe_character, (name, team, role)))
            )
            assert store.employees.count() == 0
            person = store.employees.add(EmployeeDraft(name="Zoë"))
        else:
            again = store.employees.get(person.id)
            assert "\x00" not in name and not any(map(unsafe_character, (name, team, role)))
            assert (again.name, again.team, again.role) == (
                name.strip(),
                team.strip(),
                role.strip(),
            )
        talk = store.conversations.start(person.id, deck)
        store.conversations.save_answer(talk.id, deck.cards[0], 0, answer)
        store.conversations.set_private_note(talk.id, note)
        saved = store.conversations.answer(talk.id, deck.cards[0].id)
        assert saved is not None and saved.value == answer
        assert store.conversations.get(talk.id).private_note == note
        try:
            action = store.actions.add(person.id, what, ActionOwner.SAMEN, success_measure=measure)
        except ValidationError as error:
            assert error.problems and (not what.strip() or "\x00" in what)
            assert store.actions.for_employee(person.id) == []
        else:
            kept = store.actions.get(action.id)
            assert (kept.what, kept.success_measure) == (what.strip(), measure.strip())
        assert store.check() == []


@STORE_PROPERTY
@given(
    good=st.lists(STORE_TEXT.filter(lambda t: not EmployeeDraft(name=t).problems()), max_size=5),
    bad=st.sampled_from(
        [
            EmployeeDraft(name=" \t\n"),
            EmployeeDraft(name="Jef", email="geen-adres"),
            EmployeeDraft(name="Jef", start_date=date(2024, 5, 1), end_date=date(2024, 4, 1)),
            # Passes the Python checks, fails SQLite's CHECK inside the transaction.
            EmployeeDraft(name="\x00Jef"),
        ]
    ),
    where=st.integers(0),
)
def test_add_many_with_one_bad_draft_adds_nobody(
    template: Path, good: list[str], bad: EmployeeDraft, where: int
) -> None:
    drafts = [EmployeeDraft(name=name) for name in good]
    drafts.insert(where % (len(drafts) + 1), bad)
    with fresh_store(template) as store:
        store.employees.add(EmployeeDraft(name="Er al"))
        with pytest.raises(ValidationError):
            store.employees.add_many(drafts)
        assert [person.name for person in store.employees.find()] == ["Er al"]
        assert store.check() == []


@pytest.mark.parametrize("field", ["name", "action"])
def test_text_starting_with_nul_is_refused_as_validation_error(template: Path, field: str) -> None:
    with fresh_store(template) as store:
        with pytest.raises(ValidationError):
            if field == "name":
                store.employees.add(EmployeeDraft(name="\x00Jef"))
            else:
                person = store.employees.add(EmployeeDraft(name="Jef"))
                store.actions.add(person.id, "\x00bellen", ActionOwner.SAMEN)
        assert store.check() == []
