"""The batch engine: parallel = serial, timeouts and crashes stay with their file, the cache."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from leapc.batch import Batch
from leapc.cache import ConversionCache
from leapc.convert import discover
from tests.cli.helpers import GOOD, crashing_convert, make_tree, raising_convert, sleepy_convert


def _summary(results):
    return [(str(r.relative), {str(k): v for k, v in r.outputs.items()}, [str(d) for d in r.diagnostics],
             r.statements) for r in results]


def test_parallel_equals_serial(tmp_path):
    files = discover([make_tree(tmp_path, n_good=6)])
    serial = Batch("redshift", jobs=1).run(files)
    parallel = Batch("redshift", jobs=2).run(files)
    assert _summary(serial) == _summary(parallel)
    assert [str(r.relative) for r in parallel] == [str(rel) for _, rel in files]


def test_results_reported_as_they_finish(tmp_path):
    files = discover([make_tree(tmp_path)])
    seen = []
    Batch("pyspark", jobs=2, on_result=seen.append).run(files)
    assert sorted(str(r.relative) for r in seen) == sorted(str(rel) for _, rel in files)


@pytest.mark.parametrize("jobs", [1, 2])
def test_timeout_becomes_a_diagnostic(tmp_path, jobs):
    (tmp_path / "slow.sql").write_text("-- SLEEP\nSELECT 1;\n")
    for i in range(3):
        (tmp_path / f"ok{i}.sql").write_text(GOOD)
    t0 = time.monotonic()
    results = Batch("redshift", jobs=jobs, timeout=1, convert_fn=sleepy_convert).run(discover([tmp_path]))
    assert time.monotonic() - t0 < 20
    by_name = {str(r.relative): r for r in results}
    assert [d.code for d in by_name["slow.sql"].diagnostics] == ["LEAPC-E006"]
    assert by_name["slow.sql"].failed and not by_name["slow.sql"].outputs
    assert all(not by_name[f"ok{i}.sql"].failed and by_name[f"ok{i}.sql"].outputs for i in range(3))


def test_crashing_worker_is_isolated(tmp_path):
    (tmp_path / "crash.sql").write_text("-- CRASH\nSELECT 1;\n")
    for i in range(6):
        (tmp_path / f"ok{i}.sql").write_text(GOOD)
    batch = Batch("redshift", jobs=2, timeout=30, convert_fn=crashing_convert)
    results = batch.run(discover([tmp_path]))
    by_name = {str(r.relative): r for r in results}
    assert [d.code for d in by_name["crash.sql"].diagnostics] == ["LEAPC-E007"]
    assert all(by_name[f"ok{i}.sql"].outputs and not by_name[f"ok{i}.sql"].failed for i in range(6))
    assert batch.crashed_pools >= 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_exception_in_converter_is_a_diagnostic(tmp_path, jobs):
    (tmp_path / "raise.sql").write_text("-- RAISE\nSELECT 1;\n")
    (tmp_path / "ok.sql").write_text(GOOD)
    results = Batch("redshift", jobs=jobs, convert_fn=raising_convert).run(discover([tmp_path]))
    by_name = {str(r.relative): r for r in results}
    assert [d.code for d in by_name["raise.sql"].diagnostics] == ["LEAPC-E004"]
    assert "boom" in by_name["raise.sql"].diagnostics[0].message
    assert by_name["ok.sql"].outputs


def test_cache_reuses_unchanged_files(tmp_path):
    src = make_tree(tmp_path)
    files = discover([src])
    cache = ConversionCache(tmp_path / "cache")
    first = Batch("redshift", jobs=1, cache=cache).run(files)
    assert cache.hits == 0 and not any(r.cached for r in first)
    cache2 = ConversionCache(tmp_path / "cache")
    second = Batch("redshift", jobs=2, cache=cache2).run(files)
    assert cache2.hits == len(files) and all(r.cached for r in second)
    assert _summary(first) == _summary(second)

    # A changed file, another target or other options miss; the rest still hit.
    (src / "good0.sql").write_text(GOOD + "SELECT 3;\n")
    cache3 = ConversionCache(tmp_path / "cache")
    third = Batch("redshift", jobs=1, cache=cache3).run(files)
    assert cache3.hits == len(files) - 1
    assert [r.cached for r in third if str(r.relative) == "good0.sql"] == [False]
    cache4 = ConversionCache(tmp_path / "cache")
    Batch("pyspark", jobs=1, cache=cache4).run(files)
    Batch("redshift", {"variables": {"DB": "x"}}, jobs=1, cache=cache4).run(files)
    assert cache4.hits == 0


def test_timeouts_are_not_cached(tmp_path):
    (tmp_path / "slow.sql").write_text("-- SLEEP\nSELECT 1;\n")
    cache = ConversionCache(tmp_path / "cache")
    Batch("redshift", jobs=1, timeout=0.5, cache=cache, convert_fn=sleepy_convert).run(discover([tmp_path / "slow.sql"]))
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_corrupt_cache_entry_is_a_miss(tmp_path):
    (tmp_path / "a.sql").write_text(GOOD)
    files = discover([tmp_path / "a.sql"])
    cache = ConversionCache(tmp_path / "cache")
    Batch("redshift", jobs=1, cache=cache).run(files)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json")
    again = ConversionCache(tmp_path / "cache")
    results = Batch("redshift", jobs=1, cache=again).run(files)
    assert again.hits == 0 and results[0].outputs


def test_threaded_parent_uses_forkserver(tmp_path):
    """With other threads alive (a JVM gateway, a progress bar) workers come from a forkserver."""
    import threading

    from leapc.batch import _mp_context

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        assert _mp_context().get_start_method() == "forkserver"
        (tmp_path / "crash.sql").write_text("-- CRASH\nSELECT 1;\n")
        for i in range(3):
            (tmp_path / f"ok{i}.sql").write_text(GOOD)
        results = Batch("redshift", jobs=2, convert_fn=crashing_convert).run(discover([tmp_path]))
        assert [[d.code for d in r.diagnostics] for r in results] == [["LEAPC-E007"], [], [], []]
    finally:
        stop.set()
        thread.join()
