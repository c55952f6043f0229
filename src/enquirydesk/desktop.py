"""How EnquiryDesk shows itself to the desktop: its id, its icon and its desktop entry.

The files are package data (``enquirydesk/resources/``), read through
`importlib.resources`, so that a wheel, an editable install and the PyInstaller bundle
all find them where the package is, never beside the source tree. Their sources are in
the repository's ``resources/`` folder; ``tools/make_icons.py`` renders the icon sizes
from the SVG and copies everything here.

No Qt: `enquirydesk.ui.common.icon` turns the bytes into a `QIcon`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

#: The reverse-DNS id: the desktop entry's and the metainfo's file names, the icon's name
#: in the icon theme, and what Wayland matches the window to (`setDesktopFileName`).
APP_ID = "io.github.enquirydesk.EnquiryDesk"
ICON_NAME = APP_ID
#: The sizes the icon is drawn at, in pixels (16 for menus and the tray, 512 for stores).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
ICON_SVG = "enquirydesk.svg"
FOLDER = "resources"


def png_name(size: int) -> str:
    """The file name of the icon drawn at `size` pixels."""
    return f"enquirydesk-{size}.png"


def resource(name: str) -> Traversable:
    """One of the package's resource files (it may not exist: see `read`)."""
    return resources.files("enquirydesk").joinpath(FOLDER, name)


def read(name: str) -> bytes:
    """The bytes of a resource file; FileNotFoundError when the installation lacks it."""
    return resource(name).read_bytes()


@cache
def icon_pngs() -> dict[int, bytes]:
    """The icon as PNG data, by size in pixels (read once per process)."""
    return {size: read(png_name(size)) for size in ICON_SIZES}


def icon_svg() -> bytes:
    return read(ICON_SVG)


def desktop_entry() -> str:
    """The freedesktop entry that puts EnquiryDesk in the desktop's list of programs."""
    return read(DESKTOP_FILE).decode("utf-8")


def metainfo() -> str:
    """The AppStream description software centres show."""
    return read(METAINFO_FILE).decode("utf-8")
