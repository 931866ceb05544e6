"""Run settings: defaults, then ``[tool.consistency]`` in pyproject.toml or a consistency.toml found upwards
from the working directory, then command-line flags, merged into one frozen Config.

The stages' parameter records are imported when a Config is made, not with this module: the command line
imports it to build ``--help``, which must not pay for numpy and the extractors' lexicons.
"""

from __future__ import annotations

import codecs
import difflib
import math
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError

if TYPE_CHECKING:
    from .align import AlignParams
    from .compare import CompareParams
    from .extract import NumberOptions
    from .stories import GroupParams

FAIL_ON = ("conflict", "compatible", "never")
BACKENDS = ("auto", "torch", "onnx", "openvino")  # kept here so --help and config checks import no stage
GROUPINGS = ("auto", "given", "one")
FORMATS = ("text", "json", "sarif", "junit", "github", "markdown", "html")  # consistency.report.FORMATS, unimported
SEVERITIES = ("error", "warning", "note", "off")
CONFIG_NAME = "consistency.toml"
ENGINES = ("local", "ray")


def _align_params() -> AlignParams:
    from .align import AlignParams

    return AlignParams()


def _number_options() -> NumberOptions:
    from .extract import NumberOptions

    return NumberOptions()


def _compare_params() -> CompareParams:
    from .compare import CompareParams

    return CompareParams()


def _group_params() -> GroupParams:
    from .stories import GroupParams

    return GroupParams()


@dataclass(frozen=True)
class Config:
    model: str = "default"
    prompt: str | None = None  # None: the model's own default prompt ("query: " for the default model)
    allow_download: bool = False
    backend: str = "auto"  # auto: the int8 ONNX graph when it passed its fidelity check, else torch
    batch_size: int | None = None  # None: the backend's own (measured) batch size
    cache_dir: Path | None = None  # None: the user cache directory (or $CONSISTENCY_CACHE_DIR)
    use_cache: bool = True
    encoding: str | None = None
    language: str | None = None  # force one language for every article instead of detecting it
    fail_on: str = "conflict"
    # figure and date findings fail the run only when the scorer's probability that both mentions state one fact
    # reaches this (0: every one); a stricter CI gate trades recall for precision (see README, "Gate strictness")
    min_identity: float = 0.0
    align: AlignParams = field(default_factory=_align_params)
    numbers: NumberOptions = field(default_factory=_number_options)
    compare: CompareParams = field(default_factory=_compare_params)
    source: str | None = None  # the configuration file these settings came from
    # corpus mode: how articles become stories, and which engine runs the stages
    group: str = "auto"  # auto | given | one
    stories: GroupParams = field(default_factory=_group_params)
    engine: str = "local"  # local | ray
    ray_address: str | None = None  # None: a local Ray instance


def _load_toml(path: Path) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None


def find_config(start: Path | None = None) -> tuple[Path, dict] | None:
    """The nearest consistency.toml, or pyproject.toml with a [tool.consistency] table, from ``start`` up."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own, _load_toml(own)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _tool_table(_load_toml(pyproject), pyproject)
            if table is not None:
                return pyproject, table
    return None


def _tool_table(data: dict, path: Path) -> dict | None:
    """``[tool.consistency]`` of a pyproject.toml, or None; a ``tool`` or ``tool.consistency`` that is not a
    table (a string, a list, ``[[tool.consistency]]``) is an error naming it, not a traceback."""
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table, got {type(tool).__name__}")
    table = tool.get("consistency")
    if table is not None and not isinstance(table, dict):
        kind = "an array of tables" if isinstance(table, list) and table and all(isinstance(t, dict) for t in table) \
            else type(table).__name__
        raise ConfigError(f"{path}: 'tool.consistency' must be a table ([tool.consistency]), got {kind}")
    return table


_TOP = {"model": str, "prompt": str, "backend": str, "language": str, "encoding": str, "fail_on": str, "cache_dir": str,
        "min_identity": (int, float),
        "batch_size": int, "allow_download": bool, "use_cache": bool, "group": str, "engine": str, "ray_address": str}
_STORIES = {"window": int, "threshold": (int, float)}
_ALIGN = {"top_k": int, "min_z": (int, float), "mutual_z": (int, float), "min_margin": (int, float), "candidates": int}
_TOLERANCES = {"rounding": bool, "rounding_cap": (int, float), "relative": (int, float), "approx": (int, float)}
_TABLES = {"align": _ALIGN, "tolerances": _TOLERANCES, "checks": None, "stories": _STORIES}


_KINDS = {int: "an integer", str: "a string", bool: "true or false"}


def _typed(where: str, key: str, value: Any, kind) -> Any:
    if kind is bool and not isinstance(value, bool) or kind is not bool and isinstance(value, bool) \
            or not isinstance(value, kind):
        raise ConfigError(f"{where}: '{key}' must be {_KINDS.get(kind, 'a number')}, got {value!r}")
    return value


def _unknown(where: str, what: str, name: str, known, listed: str = "allowed", cutoff: float = 0.6) -> ConfigError:
    """An unknown key or check, with the closest known one when the name looks like a typo ("fail-on")."""
    close = difflib.get_close_matches(name.replace("-", "_"), list(known), n=1, cutoff=cutoff)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return ConfigError(f"{where}: unknown {what} '{name}'{hint}; {listed}: {', '.join(sorted(known))}")


def apply_settings(config: Config, settings: dict, where: str) -> Config:
    """Merge a settings table (from a file or flags) into ``config``, validating every key and value."""
    if not isinstance(settings, dict):
        raise ConfigError(f"{where}: the settings must be a table of keys and values")
    for key in settings:
        if key not in _TOP and key not in _TABLES:
            raise _unknown(where, "key", key, [*_TOP, *_TABLES])
    top = {k: _typed(where, k, v, _TOP[k]) for k, v in settings.items() if k in _TOP}
    if "fail_on" in top and top["fail_on"] not in FAIL_ON:
        raise ConfigError(f"{where}: 'fail_on' must be one of {', '.join(FAIL_ON)}, got {top['fail_on']!r}")
    if "min_identity" in top:
        if not 0 <= top["min_identity"] <= 1:
            raise ConfigError(f"{where}: 'min_identity' must be between 0 and 1, got {top['min_identity']!r}")
        top["min_identity"] = float(top["min_identity"])
    if "backend" in top and top["backend"] not in BACKENDS:
        raise ConfigError(f"{where}: 'backend' must be one of {', '.join(BACKENDS)}, got {top['backend']!r}")
    if "cache_dir" in top:
        top["cache_dir"] = Path(top["cache_dir"]).expanduser()
        if top["cache_dir"].exists() and not top["cache_dir"].is_dir():
            raise ConfigError(f"{where}: 'cache_dir' {top['cache_dir']} is a file, not a folder")
    if "language" in top:
        top["language"] = _language(where, top["language"])
    if "encoding" in top:
        top["encoding"] = _encoding(where, top["encoding"])
    if "batch_size" in top and top["batch_size"] < 1:
        raise ConfigError(f"{where}: 'batch_size' must be at least 1")
    for key, allowed_values in (("group", GROUPINGS), ("engine", ENGINES)):
        if key in top and top[key] not in allowed_values:
            raise ConfigError(f"{where}: '{key}' must be one of {', '.join(allowed_values)}, got {top[key]!r}")
    config = replace(config, **top)
    if "stories" in settings:
        table = _table(settings["stories"], where, "stories", _STORIES)
        if table.get("window", 0) < 0:
            raise ConfigError(f"{where}: 'stories.window' must be at least 0 days")
        if not -1 <= table.get("threshold", 0) <= 1:
            raise ConfigError(f"{where}: 'stories.threshold' must be between -1 and 1, got {table['threshold']!r}")
        config = replace(config, stories=replace(config.stories, **table))
    if "align" in settings:
        table = _table(settings["align"], where, "align", _ALIGN)
        for key in ("top_k", "candidates"):
            if table.get(key, 1) < 1:
                raise ConfigError(f"{where}: 'align.{key}' must be at least 1")
        for k in ("min_z", "mutual_z", "min_margin"):
            if k in table and not math.isfinite(table[k]):
                raise ConfigError(f"{where}: 'align.{k}' must be a finite number, got {table[k]!r}")
        config = replace(config, align=replace(config.align, **table))
    if "tolerances" in settings:
        table = _table(settings["tolerances"], where, "tolerances", _TOLERANCES)
        for k, v in table.items():
            if not isinstance(v, bool) and not 0 <= v < 1:
                raise ConfigError(f"{where}: 'tolerances.{k}' must be between 0 and 1, got {v!r}")
        if "approx" in table:
            config = replace(config, numbers=replace(config.numbers, approx_tolerance=float(table.pop("approx"))))
        config = replace(config, compare=replace(config.compare, tolerances=replace(config.compare.tolerances, **table)))
    if "checks" in settings:
        config = with_severities(config, settings["checks"], where)
    return config


def _language(where: str, code: str) -> str:
    from .load.language import normalize_language

    normal = normalize_language(code)
    if normal is None:
        raise ConfigError(f"{where}: 'language' must be an ISO 639 language code such as id or en, got {code[:40]!r}")
    return normal


def _encoding(where: str, name: str) -> str:
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ConfigError(f"{where}: unknown encoding {name[:40]!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        raise ConfigError(f"{where}: {name!r} is not a text encoding")
    return name


def _table(value: Any, where: str, name: str, schema: dict) -> dict:
    if not isinstance(value, dict):
        got = "an array of tables ([[...]])" if isinstance(value, list) and value and all(
            isinstance(v, dict) for v in value) else repr(value)[:40]
        raise ConfigError(f"{where}: '{name}' must be a table ([{name}]), got {got}")
    for k in value:
        if k not in schema:
            close = difflib.get_close_matches(str(k).replace("-", "_"), list(schema), n=1, cutoff=0.6)
            hint = f"; did you mean '{name}.{close[0]}'?" if close else ""
            raise ConfigError(f"{where}: unknown key '{name}.{k}'{hint}; allowed: {', '.join(sorted(schema))}")
    return {k: _typed(where, f"{name}.{k}", v, schema[k]) for k, v in value.items()}


def with_severities(config: Config, checks: Any, where: str) -> Config:
    """Re-grade checks by code: error, warning, note (reported, never fails the run) or off (not run)."""
    from .compare import CHECKS, CompareParams

    if not isinstance(checks, dict):
        raise ConfigError(f"{where}: 'checks' must map check codes to severities")
    severities = dict(config.compare.severities)
    disabled = set(config.compare.disabled)
    for code, level in checks.items():
        if code not in CHECKS:
            # codes share their kind's prefix ("number."), so only a near-miss of the whole code is a typo
            raise _unknown(where, "check", code, CHECKS, "known", cutoff=0.85)
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: severity of '{code}' must be one of {', '.join(SEVERITIES)}, got {level!r}")
        if level == "off":
            disabled.add(code)
        else:
            disabled.discard(code)
            severities[code] = level
    return replace(config, compare=CompareParams(config.compare.tolerances, severities, frozenset(disabled)))


def load_config(start: Path | None = None, *, explicit: Path | None = None) -> Config:
    """Defaults merged with the configuration file (``explicit``, or the nearest one found)."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
        data = _load_toml(explicit)
        if explicit.name == "pyproject.toml":
            data = _tool_table(data, explicit) or {}
        return replace(apply_settings(Config(), data, str(explicit)), source=str(explicit))
    found = find_config(start)
    if found is None:
        return Config()
    path, data = found
    return replace(apply_settings(Config(), data, str(path)), source=str(path))


def __getattr__(name: str):
    if name == "Tolerances":  # re-exported for library users, imported on first use
        from .compare import Tolerances

        return Tolerances
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BACKENDS", "CONFIG_NAME", "Config", "ENGINES", "FAIL_ON", "FORMATS", "GROUPINGS", "SEVERITIES", "Tolerances", "apply_settings",
           "find_config", "load_config", "with_severities"]
