"""Batch conversion over many files: all cores, a per-file timeout, crash isolation, a cache.

One file never blocks or kills the batch:

* each file converts in a worker process of a `ProcessPoolExecutor` (`jobs` workers); an
  exception becomes LEAPC-E004 for that file (convert_file already does this);
* a worker arms a timer per file: past `timeout` seconds the conversion is interrupted and the file
  gets LEAPC-E006.  A watchdog in the parent also kills a worker stuck where the timer cannot reach
  (inside C code) after twice the timeout;
* a worker that dies (segfault, os._exit, out of memory) breaks the pool: the files that were in
  flight are then converted again one by one, each in its own process, to find the culprit, which
  gets LEAPC-E007; the rest of the batch goes on in a fresh pool.

With `jobs=1` files convert in this process (the timer still applies; a hard crash does not
isolate).  Results come back through `on_result` as they finish and are returned in input order.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Sequence

from leapc.cache import ConversionCache, cache_key
from leapc.convert import FileResult, convert_file
from leapc.diagnostics import Diagnostic, Severity, Span

# Codes that depend on the run, not the input: never cached.
TRANSIENT_CODES = {"LEAPC-E006", "LEAPC-E007"}

ConvertFn = Callable[[Path, Path, str, dict], FileResult]


class _FileTimeout(BaseException):
    """Raised by the per-file timer; BaseException so `except Exception` in passes lets it by."""


def _on_alarm(signum, frame):
    raise _FileTimeout()


def _error_result(source: Path, relative: Path, code: str, message: str) -> FileResult:
    result = FileResult(source, relative)
    result.diagnostics.append(Diagnostic(code, Severity.ERROR, message, Span(str(relative), 1, 1)))
    return result


def _timeout_result(source: Path, relative: Path, timeout: float) -> FileResult:
    return _error_result(source, relative, "LEAPC-E006",
                         f"conversion did not finish within {timeout:g} s (--timeout); file skipped")


def _guarded(convert_fn: ConvertFn, source: Path, relative: Path, target: str, options: dict,
             timeout: float | None) -> FileResult:
    """Convert one file with a timer (when this is a main thread); never raises."""
    use_timer = bool(timeout) and threading.current_thread() is threading.main_thread()
    previous = None
    t0 = time.perf_counter()
    try:
        if use_timer:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            result = convert_fn(source, relative, target, options)
        finally:
            if use_timer:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _FileTimeout:
        result = _timeout_result(source, relative, timeout)
    except Exception as e:  # noqa: BLE001 - convert_fn should not raise; if it does, it is this file's problem
        result = _error_result(source, relative, "LEAPC-E004", f"internal error: {type(e).__name__}: {e}")
    finally:
        if use_timer and previous is not None:
            signal.signal(signal.SIGALRM, previous)
    result.seconds = time.perf_counter() - t0
    return result


def _mp_context():
    """fork when this process has no other threads (fast: workers inherit the imported compiler);
    forkserver otherwise (forking a threaded process can deadlock the child)."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["leapc.batch"])
        return ctx
    return multiprocessing.get_context()


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            proc.kill()
        except (OSError, AttributeError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)


class Batch:
    """Converts a list of (source, relative) pairs; see the module docstring."""

    def __init__(self, target: str, options: dict | None = None, *, jobs: int | None = None,
                 timeout: float | None = 120.0, cache: ConversionCache | None = None,
                 on_result: Callable[[FileResult], None] | None = None,
                 convert_fn: ConvertFn = convert_file) -> None:
        self.target = target
        self.options = options or {}
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.timeout = timeout if timeout and timeout > 0 else None
        self.cache = cache
        self.on_result = on_result
        self.convert_fn = convert_fn
        self.crashed_pools = 0
        self._pool_works = False  # a worker has returned a result: the pool itself can run

    # ------------------------------------------------------------------------------------------
    def run(self, files: Sequence[tuple[Path, Path]]) -> list[FileResult]:
        results: list[FileResult | None] = [None] * len(files)
        keys: dict[int, str] = {}
        pending: list[int] = []
        for i, (source, relative) in enumerate(files):
            if self.cache is not None:
                try:
                    keys[i] = cache_key(Path(source).read_bytes(), relative, self.target, self.options)
                except OSError:
                    pass  # convert_file reports the read error
                else:
                    hit = self.cache.get(keys[i], Path(source), Path(relative))
                    if hit is not None:
                        self._deliver(results, i, hit, None)
                        continue
            pending.append(i)
        if self.jobs == 1 or len(pending) <= 1:
            for i in pending:
                source, relative = files[i]
                self._deliver(results, i, _guarded(self.convert_fn, source, relative, self.target,
                                                   self.options, self.timeout), keys.get(i))
        else:
            self._run_pool(files, pending, results, keys)
        return results  # type: ignore[return-value]

    def _deliver(self, results, i: int, result: FileResult, key: str | None) -> None:
        results[i] = result
        if key and self.cache is not None and not result.cached \
                and not any(d.code in TRANSIENT_CODES for d in result.diagnostics):
            self.cache.put(key, result)
        if self.on_result is not None:
            self.on_result(result)

    def _submit(self, pool, files, i):
        source, relative = files[i]
        return pool.submit(_guarded, self.convert_fn, source, relative, self.target, self.options, self.timeout)

    def _run_pool(self, files, pending: list[int], results, keys) -> None:
        queue = deque(pending)
        window = 2 * self.jobs
        hard_limit = 2 * self.timeout + 10 if self.timeout else None
        while queue:
            suspects: list[int] = []
            pool = ProcessPoolExecutor(max_workers=min(self.jobs, len(queue)), mp_context=_mp_context())
            inflight: dict = {}
            broken = False
            try:
                while (queue or inflight) and not broken:
                    while queue and len(inflight) < window:
                        i = queue.popleft()
                        inflight[self._submit(pool, files, i)] = (i, time.monotonic())
                    done, _ = wait(list(inflight), timeout=1.0, return_when=FIRST_COMPLETED)
                    for future in done:
                        i, _t = inflight.pop(future)
                        try:
                            result = future.result()
                        except BrokenProcessPool:
                            suspects.append(i)
                            broken = True
                        except Exception as e:  # noqa: BLE001 - e.g. an unpicklable result
                            source, relative = files[i]
                            self._deliver(results, i, _error_result(
                                source, relative, "LEAPC-E004", f"internal error: {type(e).__name__}: {e}"), None)
                        else:
                            self._pool_works = True
                            self._deliver(results, i, result, keys.get(i))
                    if hard_limit and any(time.monotonic() - t > hard_limit for _, t in inflight.values()):
                        broken = True
            finally:
                if broken:
                    self.crashed_pools += 1
                    suspects.extend(i for i, _ in inflight.values())
                    _kill_pool(pool)
                else:
                    pool.shutdown(wait=True)
            if broken and not self._pool_works and not self._probe():
                # Workers cannot start at all (e.g. a main module that forks on import): convert
                # the rest in this process rather than blame every file.
                for i in sorted(suspects) + list(queue):
                    source, relative = files[i]
                    self._deliver(results, i, _guarded(self.convert_fn, source, relative, self.target,
                                                       self.options, self.timeout), keys.get(i))
                return
            for i in sorted(suspects):
                self._isolated(files, i, results, keys)

    def _probe(self) -> bool:
        """Can a worker process start and run anything at all?"""
        pool = ProcessPoolExecutor(max_workers=1, mp_context=_mp_context())
        try:
            pool.submit(os.getpid).result(timeout=60)
        except Exception:  # noqa: BLE001 - BrokenProcessPool, TimeoutError, ...
            _kill_pool(pool)
            return False
        pool.shutdown(wait=True)
        self._pool_works = True
        return True

    def _isolated(self, files, i: int, results, keys) -> None:
        """Convert one suspect file alone in a fresh process: a crash or hang is its own."""
        source, relative = files[i]
        pool = ProcessPoolExecutor(max_workers=1, mp_context=_mp_context())
        limit = self.timeout + 10 if self.timeout else None
        try:
            result = self._submit(pool, files, i).result(timeout=limit)
        except BrokenProcessPool:
            result = _error_result(source, relative, "LEAPC-E007",
                                   "the worker process converting this file died (crash or out of memory); "
                                   "file skipped")
            _kill_pool(pool)
        except TimeoutError:
            result = _timeout_result(source, relative, self.timeout or 0)
            _kill_pool(pool)
        else:
            pool.shutdown(wait=True)
            self._deliver(results, i, result, keys.get(i))
            return
        self._deliver(results, i, result, None)


def convert_batch(files: Sequence[tuple[Path, Path]], target: str, options: dict | None = None,
                  **kwargs) -> list[FileResult]:
    return Batch(target, options, **kwargs).run(files)
