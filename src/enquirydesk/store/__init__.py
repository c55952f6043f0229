"""Persistence: the only layer that knows about peewee and SQL."""
