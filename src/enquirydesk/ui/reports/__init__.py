"""The Reports page: the owner's month on one page, exported and printed."""
