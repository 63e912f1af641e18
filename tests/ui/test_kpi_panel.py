"""The KPI panel: a year's figures as a grid of words and values, a year to choose."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from leercoach.domain import EmployeeDraft
from leercoach.domain.kpi import ROWS, figure_text
from leercoach.store import Store
from leercoach.ui.kpi_panel import LABEL, VALUE, KpiPanel
from leercoach.ui.session import Session

from ..test_kpi import build_file
from .test_accessible_names import unnamed


def shown(panel: KpiPanel) -> dict[str, str]:
    model = panel.model
    return {
        str(model.index(row, LABEL).data()): str(model.index(row, VALUE).data())
        for row in range(model.rowCount())
    }


def make_panel(
    qtbot: QtBot, open_store: Callable[[], Store], library: Any
) -> tuple[KpiPanel, Session]:
    store = open_store()
    build_file(store)
    session = Session(store, library)
    panel = KpiPanel(session)
    qtbot.addWidget(panel)
    panel.resize(420, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, session


def test_the_panel_shows_a_past_years_figures_in_dutch(
    qtbot: QtBot, open_store: Callable[[], Store], library: Any, language: Any
) -> None:
    language("nl")
    panel, _session = make_panel(qtbot, open_store, library)
    years = [panel.year.itemText(i) for i in range(panel.year.count())]
    assert years == [str(y) for y in range(date.today().year, 2024, -1)]
    assert panel.chosen_year() == date.today().year  # this year first
    panel.set_year(2025)
    figures = shown(panel)
    assert panel.title.text() == "Kerncijfers ontwikkeling 2025"
    assert figures["Medewerkers in dienst"] == "3"
    assert figures["Gesprekken per medewerker"] == "2,00"
    assert figures["Ontwikkelgesprekken per medewerker"] == "0,67"
    assert figures["Binnen hun ritme"] == "67%"
    assert figures["Afspraken op tijd klaar"] == "50%"
    assert figures["Opleidingen gevolgd door een transfergesprek"] == "33%"
    assert "31 december 2025" in panel.reference.text()
    assert len(figures) == len(ROWS)


def test_the_panel_follows_the_data_and_a_team(
    qtbot: QtBot, open_store: Callable[[], Store], library: Any, language: Any
) -> None:
    language("en")
    panel, session = make_panel(qtbot, open_store, library)
    this_year = date.today().year
    expected = session.store.kpi.figures(this_year, today=date.today())
    assert shown(panel)["Employees in service"] == figure_text(expected, "employees")
    session.people.add(EmployeeDraft(name="Fien Nieuw", team="B"))
    assert shown(panel)["Employees in service"] == str(expected.employees + 1)
    panel.set_team("B")
    team_b = session.store.kpi.figures(this_year, "B", today=date.today())
    assert shown(panel)["Employees in service"] == str(team_b.employees)
    assert panel.title.text().endswith("· B")


def test_every_widget_of_the_panel_has_a_name(
    qtbot: QtBot, open_store: Callable[[], Store], library: Any, language: Any
) -> None:
    language("nl")
    panel, _session = make_panel(qtbot, open_store, library)
    assert unnamed(panel) == []
