"""wmg.performance: profile loading, per-query plans, and tuned() on the local SparkSession."""
from __future__ import annotations

import pytest

from wmg.errors import ConfigError
from wmg.executor import SparkExecutor
from wmg.performance import PerformanceProfile, QueryTuning, apply_baseline, tuned


@pytest.fixture
def profile_dir(tmp_path):
    (tmp_path / "perf.properties").write_text(
        "# tuning\nTable.Size.Threshold = 100\ntables.csv.location=tables.csv\n"
        "spark.config.csv.location = queries.csv\nspark.optimization.property.location=opt.sql\n")
    (tmp_path / "tables.csv").write_text("\ufeffTable,Size(in MB)\nDIM_SMALL,5\nfact_big,5000\nmid,150\n",
                                         encoding="utf-8")
    (tmp_path / "queries.csv").write_text(
        "id,spark_configuration,caching_threshold,in_memory,cache_tables_before_query,uncache_tables_after_query\n"
        "Q1,spark.sql.shuffle.partitions=3|spark.sql.wmg.perf.key=on,,true,,dim_small\n"
        "q2,,200,false,,\n"
        "q3,,,,fact_big|mid,fact_big\n")
    (tmp_path / "opt.sql").write_text("set spark.sql.wmg.baseline = 1;\n# c\nSET spark.sql.wmg.baseline2=x\n")
    return tmp_path


def test_load_and_plan(profile_dir):
    p = PerformanceProfile.load(str(profile_dir / "perf.properties"))
    assert p.threshold_mb == 100 and p.table_sizes == {"dim_small": 5, "fact_big": 5000, "mid": 150}
    assert p.baseline == {"spark.sql.wmg.baseline": "1", "spark.sql.wmg.baseline2": "x"}
    assert p.plan("q1", ["Dim_Small", "fact_big", "unknown"]) == QueryTuning(
        conf={"spark.sql.shuffle.partitions": "3", "spark.sql.wmg.perf.key": "on"}, cache=("Dim_Small",),
        uncache=("dim_small",), in_memory=True)
    assert p.plan("Q2", ["dim_small", "mid", "fact_big"]).cache == ("dim_small", "mid")     # own threshold 200
    assert p.plan("q3", ["dim_small"]).cache == ("fact_big", "mid")                          # explicit list wins
    assert p.plan("nope", ["dim_small"]) == QueryTuning(cache=("dim_small",))
    assert PerformanceProfile().plan("x", ["t"]) == QueryTuning()


def test_missing_or_bad_files(profile_dir):
    (profile_dir / "queries.csv").unlink()
    with pytest.raises(ConfigError, match="queries.csv"):
        PerformanceProfile.load(str(profile_dir / "perf.properties"))
    with pytest.raises(ConfigError):
        PerformanceProfile.load(str(profile_dir / "absent.properties"))
    (profile_dir / "bad.properties").write_text("table.size.threshold=big\n")
    with pytest.raises(ConfigError, match="threshold"):
        PerformanceProfile.load(str(profile_dir / "bad.properties"))


def test_tuned_sets_and_restores_conf_and_caches(clean_spark, profile_dir):
    spark = clean_spark
    spark.range(10).createOrReplaceTempView("dim_small")
    spark.range(1000).createOrReplaceTempView("fact_big")
    spark.range(5).createOrReplaceTempView("mid")
    p = PerformanceProfile.load(str(profile_dir / "perf.properties"))
    before = spark.conf.get("spark.sql.shuffle.partitions")
    assert not spark.conf._jconf.contains("spark.sql.wmg.perf.key")
    with tuned(spark, p.plan("q1", ["dim_small", "fact_big"])):
        assert spark.conf.get("spark.sql.shuffle.partitions") == "3"
        assert spark.conf.get("spark.sql.wmg.perf.key") == "on"
        assert spark.catalog.isCached("dim_small") and not spark.catalog.isCached("fact_big")
    assert spark.conf.get("spark.sql.shuffle.partitions") == before
    assert not spark.conf._jconf.contains("spark.sql.wmg.perf.key")
    assert not spark.catalog.isCached("dim_small")                 # in q1's uncache list

    with pytest.raises(ZeroDivisionError), tuned(spark, p.plan("q3", [])):
        assert spark.catalog.isCached("fact_big")
        1 / 0
    assert not spark.catalog.isCached("fact_big")                  # uncached even on error

    ex = SparkExecutor(spark, tuning=p)
    r = ex.execute("select '${spark.sql.wmg.perf.key}' as k, count(*) as n from dim_small", query_id="Q1",
                   tables=["dim_small"])
    assert r.rows == [("on", 10)]
    assert not spark.conf._jconf.contains("spark.sql.wmg.perf.key")

    prior = apply_baseline(spark, p)
    try:
        assert spark.conf.get("spark.sql.wmg.baseline") == "1"
    finally:
        for k, v in prior.items():
            spark.conf.unset(k) if v is None else spark.conf.set(k, v)
