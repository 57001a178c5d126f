"""Parameter files (spec §5): flattening, JSON files, priority files and parameter modules."""
from __future__ import annotations

import importlib
import json
import os
from typing import Any, Mapping

from wmg.errors import ConfigError

__all__ = ["flatten", "read_json", "read_priorities", "load_param_module"]


def flatten(mapping: Mapping[str, Any], sep: str = ".", *, prefix: str = "") -> dict[str, Any]:
    """{"a": {"b": 1}, "c": 2} -> {"a.b": 1, "c": 2}.  Lists and empty mappings are leaves.
    (WMG's flatten_dict filled its second argument in place; this returns a new dict.)"""
    out: dict[str, Any] = {}
    for k, v in mapping.items():
        key = f"{prefix}{sep}{k}" if prefix else str(k)
        if isinstance(v, Mapping) and v:
            out.update(flatten(v, sep, prefix=key))
        else:
            out[key] = v
    return out


def read_json(path: str) -> Any:
    try:
        with open(path, encoding="utf-8-sig") as f:
            return json.load(f)
    except FileNotFoundError as exc:
        raise ConfigError(f"file {path!r} not found") from exc
    except ValueError as exc:
        raise ConfigError(f"{path!r} is not valid JSON: {exc}") from exc


def read_priorities(path: str) -> dict[int, list[str]]:
    """A dependency file: `priority,name` (or `priority|name`, `priority name`) lines, `#`
    comments -> {priority: [names in file order]}, priorities ascending."""
    out: dict[int, list[str]] = {}
    try:
        with open(path, encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
    except FileNotFoundError as exc:
        raise ConfigError(f"file {path!r} not found") from exc
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for sep in (",", "|", None):
            parts = line.split(sep, 1)
            if len(parts) == 2:
                break
        if len(parts) != 2 or not parts[0].strip().lstrip("-").isdigit() or not parts[1].strip():
            raise ConfigError(f"{path}:{n}: expected 'priority,name', got {line!r}")
        out.setdefault(int(parts[0]), []).append(parts[1].strip())
    return dict(sorted(out.items()))


def load_param_module(name: str, env: str | None = None, *, env_key: str = "eng_app_environment") -> dict[str, Any]:
    """Public upper-case or lower-case names of module `name` (or `name_<env>` when an environment
    is given or found in os.environ[env_key]) as a dict; the env-specific module overrides the base
    one when both exist.  Missing modules raise ConfigError."""
    env = env or os.environ.get(env_key)
    base = _module_vars(name, required=env is None)
    if env:
        specific = _module_vars(f"{name}_{env}", required=not base)
        base.update(specific)
    return base


def _module_vars(name: str, *, required: bool) -> dict[str, Any]:
    try:
        mod = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if required or exc.name != name:
            raise ConfigError(f"parameter module {name!r} not found") from exc
        return {}
    return {k: v for k, v in vars(mod).items() if not k.startswith("_") and not callable(v)
            and not isinstance(v, type(importlib))}
