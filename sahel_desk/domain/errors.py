"""Errors the core raises with a message a user can read."""

from __future__ import annotations

from dataclasses import dataclass


class SahelDeskError(Exception):
    """Base of every error the application reports to a person."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a record: which field, and why, in words.

    ``template`` and ``params`` let the UI say it in the user's language; ``message`` is the
    English text the command line prints.
    """

    field: str
    message: str
    severity: str = "error"  # "error" blocks saving; "warning" is shown and allowed
    template: str = ""
    params: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def problem(where: str, template: str, severity: str = "error", **params: object) -> Problem:
    """A Problem on field ``where`` whose English message is ``template`` filled with ``params``."""
    return Problem(where, template.format(**params), severity, template, tuple(params.items()))


class ValidationError(SahelDeskError):
    """A record breaks one or more rules; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class NotFoundError(SahelDeskError):
    """The record asked for does not exist (or is in the trash when it must not be)."""


class DatabaseError(SahelDeskError):
    """The database cannot be opened, upgraded or trusted."""


class FileRejected(SahelDeskError):
    """A file cannot be read safely or is not what it claims to be; nothing was imported.

    ``template``/``params`` let the UI say it in the user's language, as for ``Problem``.
    """

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class Cancelled(SahelDeskError):
    """The user stopped a long job; whatever it was writing was discarded."""
