"""When two named sources are two estimates (``scope.different_sources``): one body at two levels of government
counts twice, one body named with and without its level does not."""

from __future__ import annotations

import pytest

from consistency.compare.scope import different_sources

# (source key a, source key b, are they different sources?)
CASES = [
    ("org:bpbd@local", "org:bpbd@province", True),   # a regency's disaster agency and the province's
    ("org:bpbd", "org:bpbd@province", False),         # "BPBD" may be the province's
    ("org:bpbd@province", "org:bpbd@province", False),
    ("org:bnpb", "org:bpbd@local", True),             # the national agency and a regency's
    ("org:police@local", "org:government", False),    # the government speaks for its police
    ("org:usgs", "org:bmkg", True),
]


@pytest.mark.parametrize("a,b,expected", CASES)
def test_different_sources(a, b, expected):
    assert different_sources(a, b) is expected
    assert different_sources(b, a) is expected
