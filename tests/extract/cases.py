"""Case tables as pytest parameters: a row with "xfail" is a known gap, kept with its reason, never dropped."""

from __future__ import annotations

import pytest


def case_params(cases: list[dict]) -> list:
    return [
        pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=c["xfail"], strict=True)) if c.get("xfail")
        else pytest.param(c, id=c["id"])
        for c in cases
    ]
