# leercoach: `make run` starts the app, `make test` runs every check headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench translations system-deps clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("leercoach needs Python 3.11 or newer, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	@bash packaging/system-deps.sh gui
	$(BIN)/leercoach

system-deps:
	@bash packaging/system-deps.sh test

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

pytest: $(VENV)/.installed-dev system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck pytest

bench: $(VENV)/.installed-dev system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

translations: $(VENV)/.installed-dev
	$(BIN)/python packaging/translations.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
