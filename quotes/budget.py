"""A time budget per article: a runaway analysis becomes a clear refusal, not a hang.

``time_budget(seconds)`` raises ``OutOfTime`` in the block when it runs over. On Unix, in
the main thread, a timer interrupts the computation wherever it is (between two Python
instructions, or when a parser returns from C); elsewhere ``check()`` calls between the
stages stop it at the next one. ``OutOfTime`` is a ``BaseException``, so that no
``except Exception`` on the way (a library's, or ours) takes it for an ordinary error.
Budgets nest: the earliest deadline fires, and says which budget it was.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

# Without --timeout: a minute, and two more per million characters. The 4.9 MB article (the
# client's, repeated under the 5 MB limit) takes about 2.5 minutes here, parse included.
BASE_SECONDS = 60.0
SECONDS_PER_MILLION = 120.0


@dataclass(frozen=True, slots=True, eq=False)
class Budget:
    """Seconds allowed to a block, and the clock time when they are spent."""

    seconds: float
    deadline: float


class OutOfTime(BaseException):
    """A block ran over its ``Budget``."""

    def __init__(self, budget: Budget) -> None:
        super().__init__(f"over the time budget of {budget.seconds:g} s")
        self.budget = budget


_active: list[Budget] = []


def _timer_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _on_alarm(signum: int, frame: object) -> None:
    if _active:
        expired = min(_active, key=lambda b: b.deadline)
        if expired.deadline <= time.monotonic() + 0.01:
            raise OutOfTime(expired)
        _arm()  # woken early (the clock's grain): wait for the rest


def _arm() -> None:
    if _active:
        left = min(b.deadline for b in _active) - time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
    else:
        signal.setitimer(signal.ITIMER_REAL, 0)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[Budget | None]:
    """Run the block within ``seconds`` (None: no limit), or raise ``OutOfTime``."""
    if seconds is None:
        yield None
        return
    budget = Budget(seconds, time.monotonic() + seconds)
    timer = _timer_usable()
    previous = None
    if timer:
        previous = signal.signal(signal.SIGALRM, _on_alarm) if not _active else None
    _active.append(budget)
    try:
        if timer:
            _arm()
        yield budget
    finally:
        _active.remove(budget)
        if timer:
            _arm()
            if not _active:
                signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def seconds_text(seconds: float | None) -> str:
    """« 648 s », « 0.5 s »: a budget as a user reads it."""
    if seconds is None:
        return "no limit"
    return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:g} s"


def check() -> None:
    """Raise ``OutOfTime`` now if a budget is spent (for code that no timer can interrupt)."""
    now = time.monotonic()
    for budget in _active:
        if budget.deadline <= now:
            raise OutOfTime(budget)


@dataclass(frozen=True, slots=True)
class Limits:
    """What a run allows each article: seconds (None: the default for its size; 0: no limit),
    and whether an unexpected error shows its traceback (``--debug``) instead of one line."""

    timeout: float | None = None
    debug: bool = False

    def seconds_for(self, characters: int) -> float | None:
        """The budget of an article of ``characters`` characters (None: no limit)."""
        if self.timeout is None:
            return BASE_SECONDS + SECONDS_PER_MILLION * characters / 1_000_000
        return self.timeout or None


_limits: ContextVar[Limits | None] = ContextVar("quotes_limits", default=None)


def current_limits() -> Limits:
    """The limits the command line set for this run (the defaults otherwise)."""
    return _limits.get() or Limits()


@contextmanager
def run_limits(limits: Limits) -> Iterator[None]:
    """Every article analyzed in the block gets ``limits``."""
    token = _limits.set(limits)
    try:
        yield
    finally:
        _limits.reset(token)
