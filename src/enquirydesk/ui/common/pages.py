"""How a page hears of changes: the window announces each one (what changed, and who
made it) to every page at once; a page re-reads only what it shows, and only while it
is shown — a hidden page remembers that it is stale and reads again when next shown."""

from __future__ import annotations

from enquirydesk.services.context import Changes


class ChangeAware:
    """For a page (a QWidget): call `page_shown()` from its `showEvent`, and write
    `take_changes` (re-read what a change touched) and `reread` (read all again)."""

    stale = False

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if not self.isVisible():  # type: ignore[attr-defined]
            self.stale = True
            return
        self.take_changes(changes, initiator)

    def page_shown(self) -> None:
        if self.stale:
            self.stale = False
            self.reread()

    def take_changes(self, changes: Changes, initiator: object) -> None:
        raise NotImplementedError

    def reread(self) -> None:
        raise NotImplementedError
