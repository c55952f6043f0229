"""Render the application icon and put the desktop files into the package.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py

From ``resources/icons/enquirydesk.svg`` (the one source, drawn by hand) this writes the
PNG sizes (``resources/icons/enquirydesk-<size>.png``) with Qt's SVG renderer and the
Windows icon ``resources/icons/enquirydesk.ico`` (PNG images inside an ICO container,
which Windows has read since Vista: no image library needed). Then it copies the SVG,
the PNGs, the desktop entry and the AppStream metainfo into
``src/enquirydesk/resources/``, the package data the program reads them from.

The results are committed: a fresh clone needs none of this. Run it after editing the
SVG, the desktop entry or the metainfo; ``--check`` only says whether the package's
copies are up to date (exit 1 when not).
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from enquirydesk import desktop  # noqa: E402  (after the path above)

ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
PACKAGE = ROOT / "src" / "enquirydesk" / desktop.FOLDER
SVG = ICONS / desktop.ICON_SVG
ICO = ICONS / "enquirydesk.ico"
#: An ICO entry holds at most 256 pixels a side.
ICO_SIZES = tuple(size for size in desktop.ICON_SIZES if size <= 256)


def render(size: int) -> bytes:
    """The SVG drawn at `size` × `size` pixels, as PNG data."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG image Qt can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file holding the PNG `images` (size → data), smallest first.

    The layout: a 6-byte header (reserved, type 1 = icon, count), one 16-byte entry per
    image (width and height, 0 meaning 256; no palette; one plane; 32 bits per pixel;
    the data's length and offset), then the PNG data itself.
    """
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = images[size]
        side = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def package_files() -> dict[Path, Path]:
    """Each file of the package's resources, by the source it is a copy of."""
    sources = [SVG, *(ICONS / desktop.png_name(size) for size in desktop.ICON_SIZES)]
    sources += [LINUX / desktop.DESKTOP_FILE, LINUX / desktop.METAINFO_FILE]
    return {source: PACKAGE / source.name for source in sources}


def stale() -> list[Path]:
    """The package's copies that are missing or differ from their source."""
    return [
        copy
        for source, copy in package_files().items()
        if not copy.exists() or copy.read_bytes() != source.read_bytes()
    ]


def make() -> None:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    images = {size: render(size) for size in desktop.ICON_SIZES}
    for size, data in images.items():
        (ICONS / desktop.png_name(size)).write_bytes(data)
    ICO.write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    PACKAGE.mkdir(exist_ok=True)
    for source, copy in package_files().items():
        shutil.copyfile(source, copy)
        print(copy.relative_to(ROOT))
    print(ICO.relative_to(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="only say whether the package's copies are current"
    )
    args = parser.parse_args()
    if args.check:
        behind = stale()
        for path in behind:
            print(f"{path.relative_to(ROOT)} is not up to date: run tools/make_icons.py")
        return 1 if behind else 0
    make()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
