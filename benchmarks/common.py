"""What every benchmark shares: timing, a figure against its floor, the machine."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data"
PYTHON = sys.executable


@dataclass(frozen=True)
class Figure:
    """One measured number beside the floor of the same stack, measured in the same run."""

    name: str
    value: float
    floor: float | None
    unit: str
    target: str
    ok: bool | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    def line(self) -> str:
        floor = f"floor {self.floor:9.2f} {self.unit:<5}" if self.floor is not None else " " * 22
        ratio = f"ratio {self.ratio:6.2f}" if self.ratio is not None else " " * 12
        verdict = {True: "ok", False: "MISS", None: ""}[self.ok]
        text = f"{self.name:<56} {self.value:9.2f} {self.unit:<5} {floor} {ratio}"
        return f"{text}  target {self.target:<18} {verdict}" + (
            f"  ({self.note})" if self.note else ""
        )


def median_time(run: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """Median wall time of ``run`` in milliseconds."""
    for _ in range(warmup):
        run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def alternate(
    first: Callable[[], float], second: Callable[[], float], repeat: int
) -> tuple[list[float], list[float]]:
    """Run two measurements turn about, so a noisy spell hits both alike."""
    a, b = [], []
    for _ in range(repeat):
        a.append(first())
        b.append(second())
    return a, b


def child_env() -> dict[str, str]:
    """Subprocesses run headless and keep their settings, logs and backups under data/."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LEERCOACH_DATA_DIR"] = str(DATA / "home")
    env.pop("LEERCOACH_DB", None)
    # An installed leercoach has its bytecode compiled (pip does it at install time);
    # without this, every probe would compile ~70 modules from source, and the floor,
    # whose modules all come from site-packages, would not.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def run_probe(script: str, *args: str, timeout: float = 600) -> tuple[float, dict[str, Any]]:
    """Start a probe; (ms from process start to its report, the report's JSON)."""
    start = time.monotonic()
    done = subprocess.run(
        [PYTHON, str(HERE / script), *args],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{script} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    report: dict[str, Any] = json.loads(lines[-1])
    # CLOCK_MONOTONIC is one clock for the whole machine, so the child's reading compares.
    return (report["at"] - start) * 1000, report


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    import PySide6
    import reportlab

    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "PySide6": PySide6.__version__,
        "reportlab": reportlab.Version,
    }
