"""The one error hierarchy. Each error carries the exit code the CLI uses and a one-line message."""

from __future__ import annotations


class AiscanError(Exception):
    """Base class: something the user can act on, shown as one line without a traceback."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def diagnostics(self) -> str:
        """One printable line: a key or a file name from a hostile file cannot add lines or
        terminal control sequences to it."""
        return one_line(self.message if not self.hint else f"{self.message} ({self.hint})")


def one_line(text: str) -> str:
    """`text` as one printable line: newlines and control characters are shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class UsageError(AiscanError):
    """Bad arguments: a path that does not exist, an unknown format."""


class ConfigError(AiscanError):
    """A configuration, policy, waiver or attestation file that cannot be used."""


class CatalogueError(AiscanError):
    """The requirement catalogue or a ruleset is malformed."""


class ToolError(AiscanError):
    """An external analyzer could not be run or did not finish. Recorded in the AnalyzerRun."""

    exit_code = 3


class ToolTimeout(ToolError):
    """An external analyzer was stopped because its time bound ran out."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived. Like KeyboardInterrupt it passes every isolation boundary
    (`except Exception`), so no analyzer can record it as a crash and carry on."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by signal {signum}")
        self.signum = signum
