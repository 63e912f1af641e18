from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from leercoach.trust.location import RiskKind, mount_type, risky_location, synced_folder

MOUNTS = """\
/dev/vda / ext4 rw 0 0
//nas/team /mnt/team cifs rw 0 0
server:/export /home/ann/net nfs4 rw 0 0
/dev/vdb /home/ann/net/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            PureWindowsPath(r"C:\Users\ann\OneDrive - Stad Gent\leercoach.db"),
            "OneDrive - Stad Gent",
        ),
        (
            PurePosixPath("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/l.db"),
            "Mobile Documents",
        ),
        (PurePosixPath("/home/ann/Dropbox/werk/l.db"), "Dropbox"),
        (PureWindowsPath(r"G:\Mijn Drive\l.db"), "Mijn Drive"),
        (PurePosixPath("/home/ann/.local/share/leercoach/leercoach.db"), None),
        (PurePosixPath("/home/ann/dropboxes-archief/l.db"), None),
    ],
)
def test_synced_folders_are_recognised(path: PureWindowsPath, expected: str | None) -> None:
    assert synced_folder(path) == expected


def test_mount_type_uses_the_deepest_mount() -> None:
    assert mount_type(PurePosixPath("/mnt/team/l.db"), MOUNTS) == "cifs"
    assert mount_type(PurePosixPath("/home/ann/net/x/l.db"), MOUNTS) == "nfs4"
    assert mount_type(PurePosixPath("/home/ann/net/local/l.db"), MOUNTS) == "ext4"
    assert mount_type(PurePosixPath("/home/ann/netwerk/l.db"), MOUNTS) == "ext4"


def test_real_path_in_a_synced_folder_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "OneDrive" / "leercoach.db"
    risk = risky_location(path)
    assert risk is not None and risk.kind is RiskKind.SYNCED_FOLDER
    assert "synced folder (OneDrive)" in str(risk)
    assert risky_location(tmp_path / "leercoach.db") is None
