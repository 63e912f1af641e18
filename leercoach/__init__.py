"""leercoach: offline coaching conversations for managers."""

__version__ = "0.1.0"
