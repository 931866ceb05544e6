"""Engines run the pipeline's stages: ``local`` in this process, ``ray`` on a Ray cluster (or a local Ray
instance). They decide where and in what batches a stage runs, never what it computes: both give the same
Report from the same stage functions in ``consistency.pipeline``."""

from __future__ import annotations

from ..config import Config

ENGINES = ("local", "ray")


def make_engine(config: Config):
    """The engine named by ``config.engine``; Ray is imported only when asked for."""
    if config.engine == "ray":
        from .ray import RayEngine

        return RayEngine(address=config.ray_address)
    from .local import LocalEngine

    return LocalEngine()


__all__ = ["ENGINES", "make_engine"]
