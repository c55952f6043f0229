"""Use cases over the store and the domain rules. No Qt here.

Every change is a function taking a `Context` and returning `Changes`: which rows
of which tables it touched, so a view refreshes only what changed, and the
operation id that undo needs.
"""
