"""Source and target dialects, found through the `leapc.dialects` entry-point group so a
third-party package can add one without editing leapc (the built-in ones register the same way)."""
from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points

GROUP = "leapc.dialects"


@lru_cache(maxsize=None)
def dialects() -> dict[str, object]:
    found = {}
    for ep in entry_points(group=GROUP):
        found[ep.name] = ep
    return found


def load(name: str):
    ep = dialects().get(name)
    if ep is None:
        raise KeyError(f"no dialect named {name!r} (installed: {', '.join(sorted(dialects()))})")
    return ep.load()


def targets() -> list[str]:
    return sorted(n for n in dialects() if hasattr(load(n), "emit"))


def sources() -> list[str]:
    return sorted(n for n in dialects() if hasattr(load(n), "parse"))
