"""One root for every error the tool raises on purpose, each with a message that says what to do next."""

from __future__ import annotations


class QuotesError(Exception):
    """Root of the errors that the command line turns into a one-line message."""

    exit_status = 1


class ArticleError(QuotesError):
    """An input file that cannot be analyzed (exit status 2)."""

    exit_status = 2


class ArticleNotFound(ArticleError):
    """The path does not name a readable file."""


class EmptyArticle(ArticleError):
    """The file holds no text."""


class BinaryArticle(ArticleError):
    """The file is not text (an image, a PDF, an archive…)."""


class ArticleTooLarge(ArticleError):
    """The file is over the size limit."""


class NotFrench(ArticleError):
    """The text does not read as French."""


class UnreadableArticle(ArticleError):
    """The bytes cannot be decoded, or an HTML page has no main text."""


class AnalysisTimeout(ArticleError):
    """The analysis of one article ran over its time budget and was stopped."""


class AnalysisFailed(QuotesError):
    """An unexpected error in the analysis of one article (a bug): the other articles go on."""


class UsageError(QuotesError):
    """An option or environment variable with a value the tool cannot use (exit status 2)."""

    exit_status = 2


class OutputError(QuotesError):
    """The output cannot be written: a folder that is a file or not writable, a full disk, a
    folder another run is writing into (exit status 2)."""

    exit_status = 2


class ParserUnavailable(QuotesError):
    """The requested parser or its model is not installed."""


class ConlluError(QuotesError):
    """A CoNLL-U file that cannot be read or aligned to the article."""


class ExerciseError(QuotesError):
    """A key or answer file that cannot be used for grading."""
