"""consistency: check where news reports of one event agree and where they disagree."""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # when the package began importing: the CLI's "startup" stage counts from here
__version__ = "0.1.0"

# The public names are imported on first use, so `consistency --help`, a configuration error or a fully
# cached re-run pay only for what they touch (and never for torch or onnxruntime).
_LAZY = {
    "Config": "config", "check": "pipeline", "check_articles": "pipeline", "load_articles": "load",
    "Report": "records", "ConfigError": "errors", "ConsistencyError": "errors", "InputError": "errors",
    "ModelError": "errors",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'consistency' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "Config", "ConfigError", "ConsistencyError", "InputError", "ModelError", "Report",
    "__version__", "check", "check_articles", "load_articles",
]
