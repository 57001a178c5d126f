"""A content-addressed cache of conversions: an unchanged file is not converted again.

The key is a SHA-256 over everything the output depends on: the input bytes, the path the file is
reported under (outputs and diagnostics name it), the target, the options (variables, name
mapping, ...) and the compiler's identity -- leapc's version plus a fingerprint of the compiler and
dialect sources, so a changed pass never serves stale output during development.

Entries are JSON files `<dir>/<key[:2]>/<key>.json` holding the outputs, diagnostics and statement
records; they are written atomically, so concurrent runs may share one cache folder.  A corrupt or
unreadable entry is a miss."""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from leapc import __version__
from leapc.convert import FileResult, write_atomically
from leapc.diagnostics import Diagnostic, Severity, Span

CACHE_FORMAT = 1


@lru_cache(maxsize=1)
def compiler_fingerprint() -> str:
    """leapc's version and a digest of its compiler and dialect sources."""
    import leapc
    import leapc.dialects

    h = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}".encode())
    for root in (Path(leapc.__file__).parent, Path(leapc.dialects.__file__).parent):
        for f in sorted(root.rglob("*.py")):
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:16]}"


def cache_key(data: bytes, relative: Path | str, target: str, options: dict | None) -> str:
    h = hashlib.sha256()
    for part in (compiler_fingerprint(), target, str(Path(relative).as_posix()),
                 json.dumps(options or {}, sort_keys=True, default=str)):
        h.update(part.encode())
        h.update(b"\0")
    h.update(data)
    return h.hexdigest()


def diagnostic_from_dict(d: dict) -> Diagnostic:
    span = Span(d["file"], d["line"], d["column"]) if d.get("file") is not None else None
    return Diagnostic(d["code"], Severity(d["severity"]), d["message"], span, d.get("behaviour_changed", False))


class ConversionCache:
    def __init__(self, directory: Path | str) -> None:
        self.dir = Path(directory)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str, source: Path, relative: Path) -> FileResult | None:
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
            result = FileResult(source, relative,
                                outputs={Path(p): t for p, t in entry["outputs"].items()},
                                diagnostics=[diagnostic_from_dict(d) for d in entry["diagnostics"]],
                                statements=entry["statements"],
                                source_lines=entry.get("source_lines", 0))
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        result.cached = True
        self.hits += 1
        return result

    def put(self, key: str, result: FileResult) -> None:
        entry = {
            "format": CACHE_FORMAT,
            "outputs": {str(p): t for p, t in result.outputs.items()},
            "diagnostics": [d.to_dict() for d in result.diagnostics],
            "statements": result.statements,
            "source_lines": result.source_lines,
        }
        try:
            write_atomically(self._path(key), json.dumps(entry))
        except OSError:
            pass  # a cache that cannot be written is only slower
