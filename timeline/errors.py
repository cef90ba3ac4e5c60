"""Errors a user can cause, each with its own exit code for the CLI."""

from __future__ import annotations


class TimelineError(Exception):
    """Base for errors reported to the user in one line, never as a traceback."""

    exit_code = 1


class InputError(TimelineError):
    """A file is missing, unreadable, empty or not text."""

    exit_code = 2


class DateError(TimelineError):
    """A publication date is invalid or missing."""

    exit_code = 3


class FormatError(TimelineError):
    """An input is in a format we cannot read (bad JSON, bad TimeML)."""

    exit_code = 4


class OutputError(TimelineError):
    """An output cannot be written, or would overwrite something without leave."""

    exit_code = 5
