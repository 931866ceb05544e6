"""Render a Report: every format reads the same records; none is built in the CLI."""

from __future__ import annotations

from .json_report import SCHEMA_VERSION, report_to_dict, report_to_json

__all__ = ["SCHEMA_VERSION", "report_to_dict", "report_to_json"]
