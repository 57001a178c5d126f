"""Small helpers (spec §5): booleans, dynamic imports, ordered calls, and subprocesses without a shell."""
from __future__ import annotations

import importlib
import logging
import subprocess
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from wmg.errors import ConfigError, WmgError

log = logging.getLogger("wmg.util")

__all__ = ["parse_bool", "is_int", "load_object", "instantiate", "run_in_order", "run_command", "CommandResult",
           "CommandFailed", "CommandTimeout"]

_TRUE = {"1", "y", "yes", "t", "true", "on"}
_FALSE = {"0", "n", "no", "f", "false", "off"}
_RAISE = object()


def parse_bool(value: Any, *, default: Any = _RAISE) -> bool:
    """1/0, y/n, yes/no, t/f, true/false, on/off (any case, surrounding blanks ignored), bools and
    the ints 0/1.  Anything else (None, "", "maybe") returns `default`, or raises ConfigError."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower() if value is not None else ""
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if default is _RAISE:
        raise ConfigError(f"not a boolean: {value!r}")
    return default


def is_int(text: Any) -> bool:
    """True for an int or a text holding an optionally signed integer."""
    if isinstance(text, bool):
        return False
    if isinstance(text, int):
        return True
    try:
        int(str(text).strip())
        return True
    except ValueError:
        return False


def load_object(dotted: str) -> Any:
    """`pkg.mod.attr` or `pkg.mod:attr.sub` -> the object (ConfigError naming what is missing)."""
    if ":" in dotted:
        module_name, _, attr_path = dotted.partition(":")
        attrs = attr_path.split(".") if attr_path else []
        try:
            obj = importlib.import_module(module_name)
        except ImportError as exc:
            raise ConfigError(f"cannot import {module_name!r}: {exc}") from exc
    else:
        parts = dotted.split(".")
        obj, attrs = None, []
        for i in range(len(parts), 0, -1):
            try:
                obj = importlib.import_module(".".join(parts[:i]))
            except ModuleNotFoundError as exc:
                if exc.name and not ".".join(parts[:i]).startswith(exc.name):
                    raise ConfigError(f"importing {'.'.join(parts[:i])!r} failed: {exc}") from exc
                continue
            attrs = parts[i:]
            break
        if obj is None:
            raise ConfigError(f"cannot import any module of {dotted!r}")
    for a in attrs:
        try:
            obj = getattr(obj, a)
        except AttributeError:
            raise ConfigError(f"{dotted!r}: no attribute {a!r}") from None
    return obj


def instantiate(dotted: str, *args: Any, **kwargs: Any) -> Any:
    """`load_object(dotted)(*args, **kwargs)` (WMG's get_instance)."""
    cls = load_object(dotted)
    if not callable(cls):
        raise ConfigError(f"{dotted!r} is not callable")
    return cls(*args, **kwargs)


def run_in_order(callables: Iterable[Callable[[], Any] | str]) -> list[Any]:
    """Call each callable (or dotted name of one) in order; the first error propagates."""
    out = []
    for c in callables:
        fn = load_object(c) if isinstance(c, str) else c
        out.append(fn())
    return out


@dataclass(frozen=True)
class CommandResult:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float


class CommandFailed(WmgError):
    def __init__(self, result: CommandResult) -> None:
        self.result = result
        super().__init__(f"{result.argv[0]} exited with {result.returncode}: {result.stderr.strip()[-500:]}")


class CommandTimeout(WmgError):
    def __init__(self, argv: Sequence[str], timeout_s: float, stdout: str, stderr: str) -> None:
        self.argv, self.timeout_s, self.stdout, self.stderr = tuple(argv), timeout_s, stdout, stderr
        super().__init__(f"{argv[0]} did not finish in {timeout_s}s")


def run_command(argv: Sequence[str], *, timeout_s: float | None = None, check: bool = True,
                cwd: str | None = None, env: dict[str, str] | None = None, input: str | None = None) -> CommandResult:
    """Run `argv` without a shell; text output captured.  Non-zero exit raises CommandFailed when
    `check`; running past `timeout_s` kills the process and raises CommandTimeout (both carry the
    output).  A missing program raises CommandFailed with returncode 127."""
    import time

    if isinstance(argv, str):
        raise ConfigError("run_command takes an argument list, not a shell string")
    argv = [str(a) for a in argv]
    start = time.monotonic()
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout_s, cwd=cwd, env=env, input=input)
    except subprocess.TimeoutExpired as exc:
        def text(b):
            return b.decode(errors="replace") if isinstance(b, bytes) else (b or "")
        raise CommandTimeout(argv, timeout_s or 0, text(exc.stdout), text(exc.stderr)) from None
    except FileNotFoundError as exc:
        result = CommandResult(tuple(argv), 127, "", str(exc), time.monotonic() - start)
        raise CommandFailed(result) from exc
    result = CommandResult(tuple(argv), proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start)
    if check and proc.returncode != 0:
        raise CommandFailed(result)
    return result
