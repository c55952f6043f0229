"""Pure business rules: no Qt, no peewee. Everything here is testable without a screen or a file."""
