"""Run settings gathered into one frozen object (defaults, then flags)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .align import AlignParams
from .compare import CompareParams
from .extract import NumberOptions


@dataclass(frozen=True)
class Config:
    model: str = "default"
    prompt: str | None = None  # None: the model's own default prompt ("query: " for the default model)
    allow_download: bool = False
    batch_size: int = 32
    cache_dir: Path | None = None  # None: the user cache directory (or $CONSISTENCY_CACHE_DIR)
    use_cache: bool = True
    encoding: str | None = None
    language: str | None = None  # force one language for every article instead of detecting it
    align: AlignParams = field(default_factory=AlignParams)
    numbers: NumberOptions = field(default_factory=NumberOptions)
    compare: CompareParams = field(default_factory=CompareParams)
