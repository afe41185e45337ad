"""aiscan: a Secure-SDLC conformance scanner for chapter 3 of the Kazakh e-microcredit rules."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("aiscan")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
