"""The core (everything but leercoach.ui) must run where Qt is absent."""

import pkgutil
import subprocess
import sys

import leercoach

NOT_CORE = ("leercoach.ui", "leercoach.__main__")


def core_modules() -> list[str]:
    """Every module of leercoach but the UI (a new one is core unless it says otherwise)."""
    return [
        info.name
        for info in pkgutil.walk_packages(leercoach.__path__, "leercoach.")
        if not info.name.startswith(NOT_CORE)
    ]


def test_core_modules_never_import_qt() -> None:
    modules = core_modules()
    assert "leercoach.store.store" in modules and "leercoach.decks.parse" in modules
    assert "leercoach.trust.erasure" in modules and "leercoach.vocabulary" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_cli_version_creates_no_qapplication() -> None:
    script = (
        "import sys\n"
        "from leercoach.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as exit:\n    code = exit.code\n"
        "assert code == 0, code\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "False"
    assert "leercoach 0.1.0" in result.stdout
