"""One base for every error the domain raises, so callers can catch Dateline's own."""


class DatelineError(Exception):
    """Base of every error Dateline reports to a user."""


class InvalidInput(DatelineError):
    """Input that breaks a rule of the domain (bad date, empty text, unknown kind...)."""


class NotFound(DatelineError):
    """A report, claim or incident that is not in the store."""


class Conflict(DatelineError):
    """A command that contradicts the aggregate's state (retracting twice, linking a retracted claim)."""
