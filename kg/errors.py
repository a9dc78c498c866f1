"""Errors a user can act on. The CLI prints them as one line, never as a traceback."""


class ExokgError(Exception):
    """Base class: the message names the problem (file, line, field, value)."""


class InputError(ExokgError):
    """Bad input: missing or unreadable file, empty text, wrong format, bad value."""


class QueryError(ExokgError):
    """A query that exokg refuses to run (unsafe SPARQL, bad parameters)."""
