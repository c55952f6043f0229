"""The Enquiries page: the lazy table, filters, the detail pane, its actions, the quick log."""
