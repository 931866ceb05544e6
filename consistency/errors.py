"""The error hierarchy: every problem a user can fix is a ConsistencyError and ends the run with exit 2."""

from __future__ import annotations


class ConsistencyError(Exception):
    """Root of every error the tool raises on purpose."""


class InputError(ConsistencyError, ValueError):
    """The articles given cannot be read or do not form anything to compare."""


class ConfigError(ConsistencyError, ValueError):
    """An option or configuration value is unknown or out of range."""


class ModelError(ConsistencyError, RuntimeError):
    """The embedding model cannot be built, found or loaded."""


class OutputError(ConsistencyError):
    """A report, output or baseline file cannot be written where the user asked."""
