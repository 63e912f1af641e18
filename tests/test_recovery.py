from datetime import datetime
from pathlib import Path

from leercoach.domain import EmployeeDraft
from leercoach.store import Store
from leercoach.trust.backup import make_backup
from leercoach.trust.recovery import newest_good_backup, set_aside_damaged, startup_problems
from leercoach.trust.restore import restore_backup


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 100, 4096):
        data[offset + 20 : offset + 80] = b"\xde\xad" * 30
    path.write_bytes(bytes(data))


def test_damaged_file_is_set_aside_and_newest_good_backup_restored(tmp_path: Path) -> None:
    db, backups = tmp_path / "leercoach.db", tmp_path / "backups"
    with Store.open(db) as store:
        store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        assert startup_problems(store) == []
        good = make_backup(store, backups, datetime(2026, 11, 12, 17, 4))
        store.employees.add(EmployeeDraft(name="Na de back-up"))
    newer = make_backup(db, backups, datetime(2026, 11, 13, 9, 0))
    damage(newer.path)
    damage(db)
    original = db.read_bytes()
    aside = set_aside_damaged(db, datetime(2026, 11, 20, 8, 30))
    assert aside.name == "leercoach.db.damaged-20261120-083000"
    assert aside.read_bytes() == original and not db.exists()
    chosen = newest_good_backup(backups)
    assert chosen is not None and chosen.path == good.path
    assert restore_backup(chosen.path, db) is None
    with Store.open(db) as store:
        assert [e.name for e in store.employees.find()] == ["Zoë Peeters"]
