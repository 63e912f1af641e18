"""The icon rendered for every place a desktop shows it: hicolor PNGs, .ico, .icns."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import icons  # noqa: E402


def test_hicolor_theme_gets_every_size_drawn_from_the_svg(
    qapp: QApplication, tmp_path: Path
) -> None:
    written = icons.write_hicolor(tmp_path, "be.example.app")
    assert (
        tmp_path / "scalable" / "apps" / "be.example.app.svg"
    ).read_bytes() == icons.SVG.read_bytes()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(tmp_path / f"{size}x{size}" / "apps" / "be.example.app.png"))
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the teal tile fills the middle of the bottom edge, the corners
        # stay transparent around the rounded tile.
        assert QColor(image.pixel(size // 2, size - size // 8)).green() > 80
        assert image.pixelColor(0, 0).alpha() == 0
    assert len(written) == 9


def test_windows_icon_holds_a_png_per_size(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "leercoach.ico"
    icons.write_ico(target)
    data = target.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert width == (0 if size == 256 else size)
        image = QImage.fromData(data[offset : offset + length])
        assert image.width() == size


def test_macos_icon_family_is_well_formed(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "leercoach.icns"
    icons.write_icns(target)
    data = target.read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        image = QImage.fromData(data[position + 8 : position + length])
        assert image.width() == dict(icons.ICNS_TYPES)[kind]
        kinds.append(kind)
        position += length
    assert kinds == [kind for kind, _ in icons.ICNS_TYPES]
