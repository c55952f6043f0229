"""The keys of the actions on the selected enquiry (the detail pane's buttons, the
Enquiry menu): kept apart from the pane, so that the Enquiries page binds them before
the pane is first made."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def pane_keys() -> dict[str, QKeySequence]:
    """The pane's action → its key (made when asked: the platform's Delete key needs the
    application)."""
    return {
        "logContact": QKeySequence("Ctrl+K"),
        "markPurchased": QKeySequence("Ctrl+B"),
        "markLost": QKeySequence("Ctrl+L"),
        "scheduleFollowUp": QKeySequence("Ctrl+U"),
        "recordFeedback": QKeySequence("Ctrl+Shift+F"),
        "editEnquiry": QKeySequence("F2"),
        "deleteEnquiry": QKeySequence(QKeySequence.StandardKey.Delete),
    }
