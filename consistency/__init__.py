"""consistency: check where news reports of one event agree and where they disagree."""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config  # noqa: E402
from .errors import ConfigError, ConsistencyError, InputError, ModelError  # noqa: E402
from .load import load_articles  # noqa: E402
from .pipeline import check, check_articles  # noqa: E402
from .records import Report  # noqa: E402

__all__ = [
    "Config", "ConfigError", "ConsistencyError", "InputError", "ModelError", "Report",
    "__version__", "check", "check_articles", "load_articles",
]
