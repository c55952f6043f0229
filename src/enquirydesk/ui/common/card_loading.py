"""A card beside a list (the enquiry's detail pane, the customer's card) read on the
window's worker, the way the user expects it.

Until the asked-for card is there the one before stays, its actions off (and, when
the read takes long, greyed or a placeholder), so nothing acts on an item other than
the one shown; an answer a newer selection made stale is dropped. The keyboard goes
back to the widget the disabling took it from; an action's key pressed meanwhile runs
on the new card. `pending` says a read is on its way, `loaded` follows each one, and
`when_loaded` runs code once the card is there.

`CardLoading` is mixed into the card's QWidget, which calls `_init_loading` and writes
the hooks at the end (what to show, hold and release); the texts stay in the widget,
under its own translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from enquirydesk.domain.errors import EnquiryDeskError, NotFoundError
from enquirydesk.ui.common.tasks import Tasks

#: A card read that takes longer than this greys the card shown (or puts up a
#: placeholder); a quicker one swaps the cards without a flash.
GREY_MS = 150


class CardLoading:
    """The loading half of a card widget (a mixin for a QWidget with a `loaded` signal)."""

    tasks: Tasks

    def _init_loading(self, task: str) -> None:
        """`task`: the worker's key of this card's reads (each replaces the one before)."""
        self._task = f"{task}-{id(self):x}"
        self._generation = 0  # of the newest request; an answer to an older one is dropped
        self._pending = False
        self._pressed: Any = None  # an action's key pressed while the card was read
        self._waiting: list[Callable[[], None]] = []  # `when_loaded`
        #: (the card's widget that had the keyboard, the one Qt gave it to) while loading
        self._focus: tuple[QWidget, QWidget | None] | None = None
        self._grey = QTimer(self)  # type: ignore[arg-type]
        self._grey.setSingleShot(True)
        self._grey.setInterval(GREY_MS)
        self._grey.timeout.connect(self._greyed)

    @property
    def pending(self) -> bool:
        """A card is being read: what is shown is the one before (`loaded` follows)."""
        return self._pending

    def when_loaded(self, then: Callable[[], None]) -> None:
        """Run `then` once no card is on its way (at once when none is)."""
        if self._pending:
            self._waiting.append(then)
        else:
            then()

    def _press_when_loaded(self, pressed: Any) -> bool:
        """Keep an action's key pressed while the card is read (True): it runs on the card."""
        if self._pending:
            self._pressed = pressed
        return self._pending

    # -- asking --------------------------------------------------------------------------

    def _nothing_asked(self, message: str) -> None:
        """Nothing selected: no read on its way, `message` in the card's place."""
        self._generation += 1
        self.tasks.cancel(self._task)
        self._pressed = None
        self._settle()
        self._show_empty(message)
        self._loaded()

    def _read(self, work: Callable[[], Any]) -> None:
        """Have the asked-for card read by `work()` on the worker."""
        self._generation += 1
        generation = self._generation
        if not self._pending:
            self._pending = True
            self._keeping_focus(self._hold_actions)
        self._grey.start()
        self.tasks.run(
            work,
            lambda card: self._arrived(generation, card),
            key=self._task,
            failed=lambda error: self._not_read(generation, error),
        )

    # -- the card on its way ---------------------------------------------------------------

    def _greyed(self) -> None:
        if self._pending:
            self._grey_card()

    def _keeping_focus(self, disable: Callable[[], None]) -> None:
        """Run `disable`; a widget of the card whose keyboard focus Qt moved away (a
        disabled widget gives it to the next one) gets it back once the card is there,
        unless the user took it elsewhere meanwhile."""
        focused = QApplication.focusWidget()
        disable()
        given = QApplication.focusWidget()
        if focused is None or given is focused or not self.isAncestorOf(focused):  # type: ignore[attr-defined]
            return
        had = focused if self._focus is None else self._focus[0]
        self._focus = (had, given)

    def _settle(self) -> None:
        self._pending = False
        self._grey.stop()
        self._release()

    def _arrived(self, generation: int, card: Any) -> None:
        if generation != self._generation or self._card_id(card) != self._asked_id():
            return  # a newer selection's card follows
        self._settle()
        self._show_card(card)
        self._loaded()

    def _not_read(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._settle()
        self._show_empty(self._why_unread(error))
        self._loaded()
        if not isinstance(error, EnquiryDeskError):  # a bug: the window's error hook
            if self.tasks.on_error is None:
                raise error
            self.tasks.on_error(error)

    def _loaded(self) -> None:
        """What waited for the card: the keyboard back, `loaded`, `when_loaded`, a key."""
        focus, self._focus = self._focus, None
        if focus is not None:
            had, given = focus
            if had.isEnabled() and had.isVisible() and QApplication.focusWidget() is given:
                had.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit(self._asked_id())  # type: ignore[attr-defined]
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()
        pressed, self._pressed = self._pressed, None
        if pressed is not None and not self._pending:
            self._press_now(pressed)

    # -- written by the card -----------------------------------------------------------------

    def _asked_id(self) -> int | None:
        raise NotImplementedError

    def _card_id(self, card: Any) -> int:
        raise NotImplementedError

    def _hold_actions(self) -> None:
        """Turn the actions off while a card is read."""
        raise NotImplementedError

    def _release(self) -> None:
        """The read is over: what `_hold_actions` and `_grey_card` turned off, on again."""
        raise NotImplementedError

    def _grey_card(self) -> None:
        """The read takes long: grey the card shown, or put up a placeholder."""
        raise NotImplementedError

    def _show_card(self, card: Any) -> None:
        raise NotImplementedError

    def _show_empty(self, message: str) -> None:
        raise NotImplementedError

    def _why_unread(self, error: Exception) -> str:
        """Why no card is shown, in a sentence: gone, the file's own words when it is
        busy or damaged, else the page's own sentence."""
        if isinstance(error, NotFoundError):
            return self._gone()
        if isinstance(error, EnquiryDeskError):
            return str(error)
        return self._unreadable()

    def _gone(self) -> str:
        """The sentence for a card whose record was deleted (or merged away)."""
        raise NotImplementedError

    def _unreadable(self) -> str:
        """The sentence for a card that could not be read (a bug)."""
        raise NotImplementedError

    def _press_now(self, pressed: Any) -> None:
        """Run an action's key kept while the card was read."""
        raise NotImplementedError
