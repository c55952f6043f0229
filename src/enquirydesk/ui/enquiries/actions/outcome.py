"""How it ended: purchased (value, how, why), lost (why), and the buyer's feedback."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from enquirydesk.services import catalogs, enquiries, feedback
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.timeline import EnquiryCard
from enquirydesk.ui.enquiries.actions.base import ActionDialog


class PurchaseDialog(ActionDialog):
    """They bought: value, how they bought, and why they chose us."""

    def __init__(self, ctx: Context, card: EnquiryCard, parent: QWidget | None = None) -> None:
        super().__init__(ctx, card, name="purchaseDialog", parent=parent)
        self.set_titles(self.tr("Mark purchased"), self.tr("Mark purchased"))
        facts = card.facts
        bought = facts.outcome == "purchased"
        value = facts.purchase_value_cents if bought else facts.estimated_value_cents
        self.value_edit = self.line_edit(self.amount_text(value))
        self.value_edit.setPlaceholderText(
            self.tr("e.g. {amount}").format(amount=self.amount_example())
        )
        self.value_edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.add_row(
            self.tr("&Value ({currency}):").format(currency=card.currency),
            self.value_edit,
            name="valueEdit",
            accessible=self.tr("Purchase value"),
            tip=self.tr("What they paid"),
            fields=("value",),
        )
        self.channel_combo = self.combo(
            catalogs.purchase_channel_names(), facts.purchase_channel, None
        )
        self.add_row(
            self.tr("&Bought:"),
            self.channel_combo,
            name="purchaseChannelCombo",
            accessible=self.tr("How they bought"),
            tip=self.tr("In store, online or by delivery"),
            fields=("purchase_channel",),
        )
        chosen = {key for key, _ in facts.decision_factors}
        offered = catalogs.factor_names()
        shown = {key: name for key, name in facts.decision_factors if key not in offered}
        shown.update(offered)
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.factor_checks: dict[str, QCheckBox] = {}
        for number, (key, name) in enumerate(shown.items()):
            check = QCheckBox(name, box)
            check.setObjectName(f"factor_{key}")
            check.setAccessibleName(name)
            check.setChecked(key in chosen)
            grid.addWidget(check, number // 2, number % 2)
            self.factor_checks[key] = check
        self.add_row(
            self.tr("Why they chose us:"),
            box,
            name="factorsBox",
            accessible=self.tr("Why they chose us"),
            tip=self.tr("Tick every reason they gave (Space ticks)"),
            fields=("decision factor", "decision_factor"),
        )
        self.chain.remove(box)
        self.chain.extend(self.factor_checks.values())
        if self.factor_checks:
            box.setFocusProxy(next(iter(self.factor_checks.values())))
        self.finish()

    def factors(self) -> list[str]:
        return [key for key, check in self.factor_checks.items() if check.isChecked()]

    def submit(self) -> Callable[[], Changes]:
        return partial(
            enquiries.mark_purchased,
            self.ctx,
            self.card.facts.id,
            value=self.value_edit.text(),
            purchase_channel=self.channel_combo.currentData(),
            factors=self.factors(),
        )


class LostDialog(ActionDialog):
    """They did not buy: why, and a note."""

    def __init__(self, ctx: Context, card: EnquiryCard, parent: QWidget | None = None) -> None:
        super().__init__(ctx, card, name="lostDialog", parent=parent)
        self.set_titles(self.tr("Mark lost"), self.tr("Mark lost"))
        reasons = catalogs.lost_reason_names()
        current = card.facts.lost_reason
        if current is not None and current not in reasons:
            reasons[current] = card.facts.lost_reason_name
        self.reason_combo = self.combo(reasons, current, None)
        self.reason_combo.setPlaceholderText(self.tr("Choose why…"))
        if current is None:
            self.reason_combo.setCurrentIndex(-1)  # a reason is chosen, never assumed
        self.add_row(
            self.tr("&Reason:"),
            self.reason_combo,
            name="reasonCombo",
            accessible=self.tr("Why the sale was lost"),
            tip=self.tr("Why they did not buy (arrow keys or the first letter to choose)"),
            fields=("reason", "lost reason", "lost_reason"),
        )
        self.note_edit = self.text_edit()
        self.add_row(
            self.tr("&Note:"),
            self.note_edit,
            name="noteEdit",
            accessible=self.tr("Note"),
            tip=self.tr("Anything worth remembering, for the timeline. Ctrl+Enter saves."),
            fields=("note",),
        )
        self.finish()

    def submit(self) -> Callable[[], Changes]:
        return partial(
            enquiries.mark_lost,
            self.ctx,
            self.card.facts.id,
            reason=self.reason_combo.currentData() or "",
            note=self.note_edit.toPlainText(),
        )


class FeedbackDialog(ActionDialog):
    """What the buyer said about the purchase; a poor answer opens a complaint follow-up."""

    def __init__(self, ctx: Context, card: EnquiryCard, parent: QWidget | None = None) -> None:
        super().__init__(ctx, card, name="feedbackDialog", parent=parent)
        self.set_titles(self.tr("Record feedback"), self.tr("Record feedback"))
        none = self.tr("Not asked")
        self.rating_combo = self.combo(
            {str(n): f"{n} {'★' * n}{'☆' * (5 - n)}" for n in range(5, 0, -1)}, None, none
        )
        self.add_row(
            self.tr("&Rating:"),
            self.rating_combo,
            name="ratingCombo",
            accessible=self.tr("Rating from 1 to 5"),
            tip=self.tr("How happy they are, from 1 (not at all) to 5 (very)"),
            fields=("rating",),
        )
        self.expectation_combo = self.combo(catalogs.expectation_names(), None, none)
        self.add_row(
            self.tr("&Expectation:"),
            self.expectation_combo,
            name="expectationCombo",
            accessible=self.tr("Compared with what they expected"),
            tip=self.tr("Compared with what they expected: worse, as expected, or better"),
            fields=("expectation",),
        )
        self.recommend_combo = self.combo({str(n): str(n) for n in range(10, -1, -1)}, None, none)
        self.add_row(
            self.tr("&Would recommend (0–10):"),
            self.recommend_combo,
            name="recommendCombo",
            accessible=self.tr("Would recommend us, from 0 to 10"),
            tip=self.tr("How likely they are to recommend the shop, from 0 to 10"),
            fields=("recommend",),
        )
        self.comment_edit = self.text_edit()
        self.add_row(
            self.tr("C&omment:"),
            self.comment_edit,
            name="commentEdit",
            accessible=self.tr("Comment"),
            tip=self.tr("What they said, in their words. Ctrl+Enter saves."),
            fields=("comment",),
        )
        self.complaint_check = QCheckBox(self.tr("This is a com&plaint"), self)
        self.add_row(
            "",
            self.complaint_check,
            name="complaintCheck",
            accessible=self.tr("This is a complaint"),
            tip=self.tr(
                "Opens a complaint follow-up for the next business day. A rating of 1–2 or "
                "“worse than expected” does so too."
            ),
            fields=("complaint",),
        )
        self.finish()

    @staticmethod
    def _number(box: QComboBox) -> int | None:
        data = box.currentData()
        return None if data is None else int(data)

    def submit(self) -> Callable[[], Changes]:
        return partial(
            feedback.record_feedback,
            self.ctx,
            self.card.facts.id,
            rating=self._number(self.rating_combo),
            expectation=self.expectation_combo.currentData(),
            recommend=self._number(self.recommend_combo),
            comment=self.comment_edit.toPlainText(),
            complaint=self.complaint_check.isChecked(),
        )
