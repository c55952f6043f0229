"""The Today page: what waits for staff, one key from its action; and the reminders."""
