"""CSRF protection of state-changing routes, per framework: whether an application that keeps a
cookie session checks an anti-forgery token (evidence gathered by `evidence`, one module per
framework)."""
