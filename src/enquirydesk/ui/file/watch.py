"""Two things about the file the window keeps an eye on, each told in a banner: a disk
nearly full (nothing can be saved until space is freed; looked at every few minutes),
and a live file on a network drive or in a cloud-sync folder (said once, on opening).
A database on a server has neither on this PC."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from enquirydesk.domain.storage import Risk
from enquirydesk.services import location, maintenance
from enquirydesk.services.context import Context
from enquirydesk.ui.common.banner import Banner
from enquirydesk.ui.common.tasks import Tasks

#: How often the free space of the database's disk is looked at.
SPACE_EVERY_MS = 2 * 60 * 1000


class FileWatch(QObject):
    def __init__(self, window: QMainWindow, ctx: Context, tasks: Tasks) -> None:
        super().__init__(window)
        self.window, self.ctx, self.tasks = window, ctx, tasks
        self.space_banner: Banner | None = None
        self.place_banner: Banner | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SPACE_EVERY_MS)
        self.timer.timeout.connect(self.look_at_space)

    def start(self) -> None:
        if self.ctx.store.on_server:
            return  # no file of it on this PC: the server's disk is the server's care
        path = self.ctx.store.path
        self.tasks.run(lambda: location.storage_risk(path), self._place, key="storage risk")
        self.look_at_space()
        self.timer.start()

    # -- the disk ---------------------------------------------------------------------

    def look_at_space(self) -> None:
        path = self.ctx.store.path
        self.tasks.run(lambda: maintenance.disk_space(path), self._space, key="disk space")

    def _space(self, space) -> None:
        if space.enough:
            if self.space_banner is not None:
                self.space_banner.hide()
            return
        locale = QLocale(self.ctx.formats.tag)  # sizes as the shop's numbers read
        text = self.tr(
            "The disk holding this file is almost full ({free} free). EnquiryDesk saves nothing "
            "until at least {needed} are free, so that no change is ever half-saved: free some "
            "space, then carry on."
        ).format(
            free=locale.formattedDataSize(space.free), needed=locale.formattedDataSize(space.needed)
        )
        if self.space_banner is None:
            self.space_banner = Banner("diskFullBanner", "error", text, self.window)
            self.space_banner.add_button(
                self.tr("Look &again"), "diskAgainButton", self.tr("Look at the free space again"),
                self.look_at_space,
            )  # fmt: skip
            self.window.banners.addWidget(self.space_banner)
        self.space_banner.set_text(text)
        self.space_banner.show()

    # -- the place --------------------------------------------------------------------

    def _place(self, risk: Risk | None) -> None:
        if risk is None:
            return
        if risk.kind == "cloud":
            text = self.tr(
                "This file is in a {name} folder. Sync programs copy a database and its "
                "journal at moments of their own and can damage it. Keep the file in a folder "
                "of this PC outside {name}, and let EnquiryDesk's backups keep the copies."
            ).format(name=risk.name)
        else:
            text = self.tr(
                "This file is on {name}. SQLite's locking cannot be trusted over a network, "
                "and the file can be damaged. Keep the file on this PC; for several PCs, use "
                "a database server."
            ).format(name=risk.name)
        self.place_banner = Banner("storageWarningBanner", "warning", text, self.window)
        self.place_banner.add_button(
            self.tr("&Dismiss"), "dismissStorageButton", self.tr("Dismiss this warning"),
            self.place_banner.hide,
        )  # fmt: skip
        self.window.banners.addWidget(self.place_banner)
        self.place_banner.show()  # now, not on the layout's next turn
