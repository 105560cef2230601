"""Named errors; each renders as one line that names the file and the problem."""
from __future__ import annotations


class BriefingsError(Exception):
    """Base of every error this package reports to the user."""


class ArticleError(BriefingsError):
    """An article could not be read or extracted; other articles still build."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ModelNotInstalled(BriefingsError):
    """No spaCy model with the configured name is installed."""


class PageConflict(BriefingsError):
    """A generated page would overwrite or delete a hand-written page."""
