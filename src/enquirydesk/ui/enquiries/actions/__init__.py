"""The small forms behind the detail pane's actions, one service call each.

Log contact and schedule follow-up (`contact`), purchased, lost and feedback
(`outcome`), edit (`edit`); what they share is in `base`.
"""

from enquirydesk.ui.enquiries.actions.base import ActionDialog
from enquirydesk.ui.enquiries.actions.contact import FollowUpDialog, LogContactDialog
from enquirydesk.ui.enquiries.actions.edit import EditDialog
from enquirydesk.ui.enquiries.actions.outcome import FeedbackDialog, LostDialog, PurchaseDialog

__all__ = [
    "ActionDialog",
    "EditDialog",
    "FeedbackDialog",
    "FollowUpDialog",
    "LogContactDialog",
    "LostDialog",
    "PurchaseDialog",
]
