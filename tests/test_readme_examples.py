"""Every ```python block under README.md's `## The wmg runtime` runs, as written, against the
session's services: moto's server (reset first; the code reaches it through AWS_ENDPOINT_URL),
an empty PostgreSQL database (its DSN in PG_DSN) and the shared local SparkSession.

A block fails the test when it raises, so its asserts are the checks; a block with neither an
assert nor a print shows nothing and is refused."""
from __future__ import annotations

import os
import re

import pytest

README = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "README.md")
SECTION = "## The `wmg` runtime"


def runtime_examples(path: str = README) -> list[tuple[str, int, str]]:
    """(name, first line number, code) of each ```python block in the runtime section; the name
    is the `###` heading above it, numbered when a heading has several blocks."""
    lines = open(path, encoding="utf-8").read().splitlines()
    start = lines.index(SECTION)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    examples, heading, seen, i = [], "intro", {}, start
    while i < end:
        line = lines[i]
        if line.startswith("### "):
            heading = line[4:].strip().split()[0].strip("`")
        elif line.strip() == "```python":
            close = next(j for j in range(i + 1, end) if lines[j].strip() == "```")
            seen[heading] = seen.get(heading, 0) + 1
            name = heading if seen[heading] == 1 else f"{heading}-{seen[heading]}"
            examples.append((name, i + 2, "\n".join(lines[i + 1:close]) + "\n"))
            i = close
        i += 1
    return examples


EXAMPLES = runtime_examples()


def _uses_spark(code: str) -> bool:
    return bool(re.search(r"\bpyspark\b|\bSparkSession\b", code))


def _params() -> list:
    params = []
    for name, line, code in EXAMPLES:
        marks = [pytest.mark.moto]
        if "PG_DSN" in code:
            marks.append(pytest.mark.postgres)
        if _uses_spark(code):
            marks.append(pytest.mark.spark)
        params.append(pytest.param(line, code, id=name, marks=marks))
    return params


def test_every_module_has_an_example():
    names = {name.split("-")[0] for name, _, _ in EXAMPLES}
    for module in ("wmg.aws", "wmg.s3", "wmg.sqs", "wmg.glue", "wmg.secrets", "wmg.jdbc", "wmg.fs",
                   "wmg.migration", "wmg.elt", "wmg.performance", "wmg.io", "wmg.redshift", "wmg.scripts",
                   "wmg.ddl", "wmg.notify", "wmg.text"):
        assert module in names, f"README: no example under ### {module}"
    assert sum(name.startswith("wmg.elt") for name, _, _ in EXAMPLES) == 2     # restart, entry points


@pytest.mark.parametrize("line, code", _params())
def test_readme_example_runs(line, code, request, monkeypatch, tmp_path, capsys):
    assert re.search(r"^\s*(assert|print)\b|\bprint\(", code, re.M), "an example must assert or print something"
    request.getfixturevalue("moto")
    if "PG_DSN" in code:
        monkeypatch.setenv("PG_DSN", request.getfixturevalue("pg_database"))
    if _uses_spark(code):
        request.getfixturevalue("clean_spark")       # the shared session: getOrCreate() returns it
    monkeypatch.chdir(tmp_path)
    namespace = {"__name__": "readme_example"}
    padded = "\n" * (line - 1) + code                # tracebacks give the README's line numbers
    exec(compile(padded, README, "exec"), namespace)  # noqa: S102 - our own README
    assert capsys.readouterr().out.strip() or "assert" in code
