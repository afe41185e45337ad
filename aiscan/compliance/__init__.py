"""The regulation as data and the pure evaluation of findings against it."""
