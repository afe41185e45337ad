"""Retention dates: a version is kept until three years after it was replaced, plus a margin."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

RETENTION_YEARS = 3  # p22: versions "put into operation during the last three years"
DEFAULT_MARGIN_DAYS = 90


def years_after(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 1 March (never earlier)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def retain_until(replaced_on: date, margin_days: int, years: int = RETENTION_YEARS) -> date:
    """The last day a version replaced on `replaced_on` must still be kept."""
    return years_after(replaced_on, years) + timedelta(days=margin_days)


def today() -> date:
    return datetime.now(UTC).date()


def now_text() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_day(text: str) -> date:
    """A calendar day written YYYY-MM-DD."""
    return date.fromisoformat(text.strip())
