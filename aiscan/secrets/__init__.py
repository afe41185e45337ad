"""Secrets and client personal data: detectors, the scan engine and the three scopes."""
