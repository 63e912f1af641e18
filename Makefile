# leercoach: `make run` starts the app, `make test` runs every check headless,
# `make package` builds and smoke-tests what a user installs (packaging/README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench translations system-deps package clean

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

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	@touch $@ $(VENV)/.installed-dev $(VENV)/.installed-run

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

# The wheel, the sdist, the frozen build (a folder and its tarball), the .deb and their
# checksums, all in dist/; then the smoke test of the frozen build and of the installed .deb.
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' leercoach/__init__.py)
package: $(VENV)/.installed-package
	@bash packaging/system-deps.sh package
	rm -rf dist build/pyinstaller build/deb
	$(BIN)/hatchling build -d dist
	$(BIN)/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller \
		packaging/leercoach.spec
	tar -C dist -czf dist/leercoach-$(VERSION)-linux-$$(uname -m).tar.gz leercoach
	$(BIN)/python packaging/build_deb.py --frozen dist/leercoach --out dist
	cd dist && sha256sum *.whl *.tar.gz *.deb > SHA256SUMS
	$(BIN)/python packaging/smoke_test.py --frozen dist/leercoach --deb dist/leercoach_$(VERSION)_$$(dpkg --print-architecture).deb

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
