"""The decks and migrations travel inside the wheel: install it elsewhere and use it."""

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_built_wheel_works_outside_the_repo(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(dist.glob("leercoach-*.whl"))
    target = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(target)
    fresh_python = target / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(fresh_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # Install the wheel itself into the fresh venv; borrow only the third-party
    # dependencies from this environment (the editable leercoach there is not seen,
    # because .pth files in a borrowed folder are not processed).
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(fresh_python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    work = tmp_path / "elsewhere"
    work.mkdir()
    script = target / "bin" / "leercoach"
    where = subprocess.run(
        [
            str(fresh_python),
            "-c",
            "import leercoach, leercoach.paths as p;"
            " print(leercoach.__file__); print(p.shipped_decks_dir())",
        ],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    assert where[0].startswith(str(site)), where
    assert where[1].startswith(str(site)) and where[1].endswith("_data/conversation_cards")
    env = {"LEERCOACH_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    listed = subprocess.run(
        [str(script), "decks", "list"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    assert "check-in" in listed.stdout and "ontwikkelgesprek" in listed.stdout
    demo = subprocess.run(
        [str(script), "--db", str(tmp_path / "demo.db"), "demo", "--employees", "3"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert demo.returncode == 0, demo.stderr
    # No locale and no saved choice: Dutch, from the catalogue that travels in the wheel.
    assert "3 demomedewerkers toegevoegd" in demo.stdout
