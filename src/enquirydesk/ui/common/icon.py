"""The program's icon as Qt wants it: one `QIcon` holding every drawn size, so that the
title bar, the taskbar and the tray each take the sharpest one for their size."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon, QPixmap

from enquirydesk import desktop
from enquirydesk.i18n import translate


def application_icon() -> QIcon:
    """The icon from the package's PNGs; a null icon (and one line on stderr) when the
    installation lacks them — a broken install still opens its window."""
    icon = QIcon()
    try:
        images = desktop.icon_pngs()
    except OSError as error:
        print(
            translate(
                "App", "EnquiryDesk's icon is missing from this installation ({error})."
            ).format(error=error),
            file=sys.stderr,
        )
        return icon
    for data in images.values():
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
