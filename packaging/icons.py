"""Render leercoach's icon from its SVG: the hicolor PNGs, a Windows .ico and a macOS .icns.

    python packaging/icons.py --hicolor STAGE/usr/share/icons/hicolor --name ID
    python packaging/icons.py --ico build/leercoach.ico --icns build/leercoach.icns

Qt's own SVG renderer draws them (PySide6 is already installed for the build, on every
platform), so Windows and macOS need no extra tool. Both .ico and .icns hold PNG images,
which every Windows since Vista and every macOS since 10.7 read.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "leercoach.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns element types that hold a PNG of that many pixels square.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024))  # fmt: skip
_APPLICATION: list[object] = []  # Qt draws only while a QGuiApplication lives


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon as a PNG of ``size`` pixels square, antialiased, transparent around."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _APPLICATION.append(QGuiApplication(["icons", "-platform", "offscreen"]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_hicolor(theme: Path, name: str) -> list[Path]:
    """``theme/NxN/apps/name.png`` for each size, and the SVG as ``scalable/apps/name.svg``."""
    written = []
    for size in HICOLOR_SIZES:
        target = theme / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(size))
        written.append(target)
    scalable = theme / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    return [*written, scalable]


def write_ico(target: Path) -> None:
    """A Windows icon: the ICONDIR header, one entry per size, then the PNGs themselves."""
    images = [render_png(size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + blobs)


def write_icns(target: Path) -> None:
    """A macOS icon family: 'icns', the total length, then (type, length, PNG) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = render_png(size)
        body += kind + struct.pack(">I", len(png) + 8) + png
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hicolor", type=Path, help="a hicolor theme folder to fill")
    parser.add_argument("--name", default="leercoach", help="the icon's name in the theme")
    parser.add_argument("--ico", type=Path, help="write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="write a macOS .icns here")
    args = parser.parse_args(argv)
    if args.hicolor:
        write_hicolor(args.hicolor, args.name)
    if args.ico:
        write_ico(args.ico)
    if args.icns:
        write_icns(args.icns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
