"""Is the database somewhere WAL is not safe? Synced folders and network shares are not.

SQLite's WAL mode needs shared memory and byte-range locks on the local disk; a sync
client (OneDrive, Dropbox, Google Drive, iCloud) may copy the file mid-write and a
network file system may ignore the locks. Either can silently lose or corrupt data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath

SYNC_FOLDER_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "mijn drive",
    "icloud drive",
    "iclouddrive",
    "mobile documents",
    "nextcloud",
    "owncloud",
    "box sync",
    "pcloud",
)
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "afpfs",
        "9p",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "webdav",
    }
)
DRIVE_REMOTE = 4


class RiskKind(StrEnum):
    SYNCED_FOLDER = "synced-folder"
    NETWORK_SHARE = "network-share"


@dataclass(frozen=True)
class LocationRisk:
    kind: RiskKind
    detail: str

    def __str__(self) -> str:
        if self.kind is RiskKind.SYNCED_FOLDER:
            return (
                f"the database is in a synced folder ({self.detail}); sync clients can copy "
                "it half-written. Keep it on the local disk and rely on leercoach's backups."
            )
        return (
            f"the database is on a network share ({self.detail}); SQLite cannot lock it "
            "safely there. Keep it on the local disk."
        )


def synced_folder(path: PurePath) -> str | None:
    for part in path.parts:
        folded = part.casefold()
        for name in SYNC_FOLDER_NAMES:
            if folded == name or folded.startswith(name + " ") or folded.startswith(name + "-"):
                return part
    return None


def mount_type(path: PurePath, mounts_text: str) -> str | None:
    """The file-system type of the mount holding ``path``, from /proc/mounts text."""
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def risky_location(path: Path) -> LocationRisk | None:
    resolved = path.expanduser().resolve()
    folder = synced_folder(resolved)
    if folder is not None:
        return LocationRisk(RiskKind.SYNCED_FOLDER, folder)
    if os.name == "nt":
        return _windows_network(resolved)
    mounts = Path("/proc/mounts")
    if mounts.exists():
        kind = mount_type(resolved, mounts.read_text("utf-8", errors="replace"))
        if kind in NETWORK_FILE_SYSTEMS:
            return LocationRisk(RiskKind.NETWORK_SHARE, kind)
    return None


def _windows_network(path: Path) -> LocationRisk | None:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return LocationRisk(RiskKind.NETWORK_SHARE, text.split("\\")[2])
    import ctypes

    drive = path.drive + "\\"
    windll = getattr(ctypes, "windll", None)
    if windll is not None and windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE:
        return LocationRisk(RiskKind.NETWORK_SHARE, drive)
    return None
