"""Settings: the dialog and its pages, the first-run page, reminders and start-up."""
