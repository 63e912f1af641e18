"""The frozen build's entry point: ``leercoach`` is the command line (with no command, the
app); ``leercoach-gui`` (Windows, macOS: no console window) always starts the app, as the
``leercoach-gui`` script of the wheel does."""

import sys
from pathlib import Path

from leercoach.cli import gui_main, main

if __name__ == "__main__":
    sys.exit(gui_main() if Path(sys.executable).stem.endswith("-gui") else main())
