"""leapc's command line."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from leapc import __version__, registry
from leapc.convert import convert_file, discover, write_atomically
from leapc.diagnostics import Severity


@click.group()
@click.version_option(__version__, prog_name="leapc")
def main() -> None:
    """leapc: convert Teradata scripts to Amazon Redshift SQL or AWS Glue PySpark jobs."""


def _parse_vars(values: tuple[str, ...], hint: str = "--var") -> dict[str, str]:
    out = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE", param_hint=hint)
        name, value = item.split("=", 1)
        out[name] = value
    return out


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--target", "-t", required=True, type=click.Choice(["redshift", "pyspark"]),
              help="What to write: Redshift SQL or PySpark Glue jobs.")
@click.option("--out", "-o", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder; relative paths of the inputs are mirrored under it.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a report of every file, statement and diagnostic here (see --format).")
@click.option("--format", "report_format", type=click.Choice(["json", "sarif", "html"]), default="json",
              show_default=True, help="Format of the --report file: JSON, SARIF 2.1.0 or a one-page HTML summary.")
@click.option("--mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='JSON name mapping, e.g. {"databases": {"EDW_PROD": "edw"}}.')
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE",
              help="Bind a script variable (${NAME}) at conversion time; repeatable.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary.")
@click.option("--session-mode", type=click.Choice(["teradata", "ansi"]), default="teradata", show_default=True,
              help="Teradata session mode the scripts ran in: in teradata mode undeclared character "
                   "columns are NOT CASESPECIFIC and long strings are truncated on INSERT.")
@click.option("--schema", "schema_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Teradata DDL of tables the scripts use; repeatable. The DDL of the converted files "
                   "themselves is always used.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores). 1 converts in this process.")
@click.option("--timeout", type=click.FloatRange(min=0), default=120.0, show_default=True,
              help="Seconds one file may take; past it the file gets LEAPC-E006 and the batch goes on (0: none).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=Path(".leapc-cache"),
              show_default=True, help="Content-addressed cache: unchanged files are not converted again.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option("--check", is_flag=True,
              help="Write nothing: exit 1 (and show a diff) when the outputs in --out differ from what "
                   "leapc would write now.")
@click.option("--fail-on", type=click.Choice(["warning", "error"]), default="error", show_default=True,
              help="Lowest diagnostic severity that makes the exit code 1.")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An earlier JSON report: fail only on regressions (new diagnostics at --fail-on or "
                   "worse, a lower conversion rate).")
def convert(paths, target, out_dir, report, report_format, mapping, variables, quiet, session_mode, schema_files,
            jobs, timeout, cache_dir, no_cache, check, fail_on, baseline):
    """Convert Teradata files or folders (*.sql, *.bteq, *.btq, *.ksh, *.sh)."""
    from leapc.batch import Batch
    from leapc.cache import ConversionCache

    options = {"variables": _parse_vars(variables)}
    if mapping:
        try:
            options.update(json.loads(mapping.read_text()))
        except ValueError as e:
            raise click.BadParameter(f"not JSON: {e}", param_hint="--mapping")
    baseline_report = None
    if baseline:
        try:
            baseline_report = json.loads(baseline.read_text())
            baseline_report["files"]
        except (ValueError, KeyError, TypeError) as e:
            raise click.BadParameter(f"not a leapc JSON report: {e}", param_hint="--baseline")
    files = discover(list(paths))
    if not files:
        raise click.UsageError("no Teradata files found under the given paths")
    options["session_mode"] = session_mode
    # Column types decide many rewrites, and scripts often read tables whose DDL is in another
    # file: every permanent table the repository (or --schema) defines is known to every file.
    from leapc.catalog import repository_ddl

    ddl = repository_ddl([f for f, _ in files] + list(schema_files))
    if ddl:
        options["schema_ddl"] = ddl

    progress = _Progress(len(files), quiet)
    show = {Severity.ERROR} if quiet else set(Severity)

    def on_result(result):
        if not check:
            for out_path, text in result.outputs.items():
                write_atomically(out_dir / out_path, text)
        for d in result.diagnostics:
            if d.severity in show:
                progress.echo(str(d))
        progress.advance(result)

    cache = None if no_cache else ConversionCache(cache_dir)
    t0 = time.perf_counter()
    try:
        results = Batch(target, options, jobs=jobs, timeout=timeout or None, cache=cache,
                        on_result=on_result).run(files)
    finally:
        progress.stop()
    elapsed = time.perf_counter() - t0

    from leapc.report import build_report, regressions

    full = build_report(results, target, options={k: v for k, v in options.items() if k != "variables"}
                        | {"variables": sorted(options["variables"])})
    t = full["totals"]
    cached = f", {cache.hits} from cache" if cache is not None and cache.hits else ""
    n_failed = sum(1 for r in results if r.failed)
    click.echo(f"{t['files'] - n_failed}/{t['files']} files converted, "
               f"{t['statements_converted'] + t['statements_converted_with_warnings']}/{t['statements']} "
               f"statements without errors ({t['conversion_rate_statements']:.1%}); {t['errors']} errors, "
               f"{t['warnings']} warnings; est. {t['effort_hours']:.1f} h manual work; "
               f"{elapsed:.1f} s{cached} -> {'(check only)' if check else out_dir}", err=True)
    if report:
        write_atomically(report, _render_report(full, report_format))

    failed = False
    if check:
        differing = _check_outputs(results, out_dir)
        if differing:
            click.echo(f"--check: {len(differing)} output(s) differ from what leapc writes now: "
                       + ", ".join(differing[:20]) + (" ..." if len(differing) > 20 else ""), err=True)
            failed = True
        else:
            click.echo("--check: outputs are up to date", err=True)
    if baseline_report is not None:
        found = regressions(full, baseline_report, fail_on=fail_on)
        if found:
            click.echo(f"--baseline: {len(found)} regression(s) since {baseline}:", err=True)
            for line in found:
                click.echo(f"  {line}", err=True)
            failed = True
        else:
            click.echo(f"--baseline: no regressions since {baseline}", err=True)
    elif not check or click.get_current_context().get_parameter_source("fail_on").name != "DEFAULT":
        # --check alone answers one question (are the outputs current?); --fail-on adds the gate.
        gate = {Severity.ERROR} if fail_on == "error" else {Severity.ERROR, Severity.WARNING}
        if any(d.severity in gate for r in results for d in r.diagnostics):
            failed = True
    sys.exit(1 if failed else 0)


def _render_report(report: dict, fmt: str) -> str:
    if fmt == "sarif":
        from leapc.sarif import to_sarif

        return json.dumps(to_sarif(report), indent=2) + "\n"
    if fmt == "html":
        from leapc.html_report import to_html

        return to_html(report)
    return json.dumps(report, indent=2) + "\n"


def _check_outputs(results, out_dir: Path) -> list[str]:
    """Compare what leapc would write with what is in out_dir; print unified diffs to stdout."""
    import difflib

    differing = []
    expected = set()
    for r in results:
        for rel, text in sorted(r.outputs.items()):
            path = out_dir / rel
            expected.add(path.resolve())
            try:
                current = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                current = None
            except (OSError, UnicodeDecodeError):
                current = ""
            if current == text:
                continue
            differing.append(str(rel))
            if current is None:
                click.echo(f"--- {path} (missing)\n+++ {rel} (leapc {__version__})")
                continue
            diff = list(difflib.unified_diff(current.splitlines(keepends=True), text.splitlines(keepends=True),
                                             fromfile=f"{path} (committed)", tofile=f"{rel} (leapc {__version__})"))
            for line in diff[:400]:
                click.echo(line if line.endswith("\n") else line + "\n", nl=False)
            if len(diff) > 400:
                click.echo(f"... {len(diff) - 400} more diff lines")
    if out_dir.is_dir():
        # Generated files whose source is gone (leapc's header names them as generated).
        for path in sorted(out_dir.rglob("*")):
            if path.suffix in (".sql", ".py") and path.is_file() and path.resolve() not in expected:
                try:
                    head = path.open(encoding="utf-8").read(300)
                except (OSError, UnicodeDecodeError):
                    continue
                if "Converted by leapc" in head:
                    rel = path.relative_to(out_dir)
                    differing.append(f"{rel} (stale: no source)")
                    click.echo(f"--- {path} (committed)\n+++ {rel} (no longer generated: its source is gone)")
    return differing


class _Progress:
    """A rich progress bar on a terminal for long batches; in CI and pipes, a plain line every
    10% of a large batch (nothing with --quiet).  Diagnostics print above the bar."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total = total
        self.done = 0
        self.quiet = quiet
        self.tty = sys.stderr.isatty() and not os.environ.get("CI")
        self.bar = None
        self.task = None
        self.next_line = max(1, total // 10)

    def _start(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("converting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.task = self.bar.add_task("converting", total=self.total)
        self.bar.start()

    def echo(self, line: str) -> None:
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)

    def advance(self, result) -> None:
        self.done += 1
        if self.tty and self.total >= 20:
            if self.bar is None:
                self._start()  # started lazily: the worker pool forks before this thread exists
            self.bar.advance(self.task)
        elif not self.quiet and self.total >= 100 and (self.done % self.next_line == 0 or self.done == self.total):
            click.echo(f"converted {self.done}/{self.total} files", err=True)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--target", "-t", required=True, type=click.Choice(["redshift", "pyspark"]),
              help="What the folder holds: Redshift .sql files or PySpark job modules.")
@click.option("--dsn", envvar="LEAPC_DSN", help="PostgreSQL DSN to run Redshift SQL on (or LEAPC_DSN).")
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE",
              help="A job argument for PySpark jobs (script variables); repeatable.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the per-file, per-statement result as JSON here.")
def verify(out_dir, target, dsn, variables, report):
    """Run converted outputs locally: Redshift SQL on PostgreSQL, PySpark jobs on a local
    SparkSession; list the statements that fail (exit 1 if any)."""
    from leapc import verify as v

    args = _parse_vars(variables)
    if target == "redshift":
        if not dsn:
            raise click.UsageError("--dsn (or LEAPC_DSN) is required for --target redshift")
        if not v.sql_files(out_dir):
            raise click.UsageError(f"no .sql files under {out_dir}")
        results = v.verify_redshift(out_dir, dsn)
    else:
        if not v.job_files(out_dir):
            raise click.UsageError(f"no PySpark job modules under {out_dir}")
        try:
            spark = v.local_spark()
        except ImportError as e:
            raise click.UsageError(f"PySpark is not installed (pip install 'leapc[spark]'): {e}")
        results = v.verify_pyspark(out_dir, spark, args)
    bad = 0
    for fv in results:
        if fv.ok:
            click.echo(f"ok    {fv.path} ({fv.statements} statements)")
            continue
        bad += 1
        click.echo(f"FAIL  {fv.path} ({len(fv.failures)} of {fv.statements} statements failed)")
        if fv.error:
            click.echo(f"      {fv.error}")
        for f in fv.failures:
            where = f"{fv.path}:{f.line}" if f.line else fv.path
            click.echo(f"      {f.id} at {where}" + (f" (source {f.source})" if f.source else "") + f": {f.error}")
    click.echo(f"{len(results) - bad}/{len(results)} files ran without a failing statement", err=True)
    if report:
        write_atomically(report, json.dumps({"target": target, "files": [fv.to_dict() for fv in results]},
                                            indent=2) + "\n")
    sys.exit(1 if bad else 0)


@main.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--bucket", required=True, help="S3 bucket for job scripts and the runtime.")
@click.option("--prefix", default="leapc", show_default=True, help="Key prefix in the bucket.")
@click.option("--role", required=True, help="IAM role (name or ARN) the Glue jobs run as.")
@click.option("--job-prefix", default="", help="Prefix for the Glue job names.")
@click.option("--glue-version", default="5.0", show_default=True)
@click.option("--connection", "connections", multiple=True, help="Glue connection for the jobs; repeatable.")
@click.option("--arg", "arguments", multiple=True, metavar="NAME=VALUE",
              help="Default job argument (e.g. a script variable); repeatable.")
@click.option("--worker-type", default="G.1X", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--region", default=None, help="AWS region (default: AWS_REGION / AWS_DEFAULT_REGION).")
@click.option("--on-existing", type=click.Choice(["update", "recreate"]), default="update", show_default=True,
              help="An existing job: UpdateJob in place, or delete and create it (loses run history).")
def deploy(out_dir, bucket, prefix, role, job_prefix, glue_version, connections, arguments, worker_type,
           workers, region, on_existing):
    """Upload converted PySpark jobs and the wmg runtime to S3 and create or update their Glue jobs."""
    from leapc import deploy as d

    if not d.job_modules(out_dir):
        raise click.UsageError(f"no PySpark job modules under {out_dir} (convert with --target pyspark)")
    from wmg.aws import AwsContext
    from wmg.errors import WmgError

    try:
        result = d.deploy(out_dir, bucket=bucket, prefix=prefix, role=role, job_prefix=job_prefix,
                          glue_version=glue_version, connections=list(connections),
                          arguments=_parse_vars(arguments, "--arg"), worker_type=worker_type, workers=workers,
                          on_existing=on_existing, aws=AwsContext(region))
    except (WmgError, ImportError) as e:
        click.echo(f"deploy failed: {e}", err=True)
        sys.exit(1)
    except Exception as e:  # noqa: BLE001 - botocore errors: say what AWS said
        click.echo(f"deploy failed: {type(e).__name__}: {e}", err=True)
        sys.exit(1)
    click.echo(f"runtime {result.runtime}" + (" (uploaded)" if result.runtime_uploaded else " (already there)"))
    for job in result.jobs:
        click.echo(f"{job.action:8s} {job.name} <- {job.script}")
        if job.missing_parameters:
            click.echo(f"         parameters to pass at run time: {', '.join(job.missing_parameters)}")
    click.echo(f"{len(result.jobs)} Glue job(s) deployed", err=True)


@main.command()
@click.option("--target", "-t", type=click.Choice(["redshift", "pyspark"]), default=None,
              help="Only the passes this target runs.")
def passes(target):
    """List the rewrite passes, in the order they run, with their purpose."""
    from leapc.passes.manager import REGISTRY, _load_builtin_passes, passes_for

    _load_builtin_passes()
    chosen = passes_for(target) if target else sorted(REGISTRY.values(), key=lambda p: (p.order, p.name))
    for p in chosen:
        click.echo(f"{p.order:4d}  {p.name:32s} [{','.join(sorted(p.targets))}]  {p.purpose}")


@main.command()
def dialects():
    """List the source and target dialects installed (entry-point group leapc.dialects)."""
    for name in sorted(registry.dialects()):
        d = registry.load(name)
        kind = "target" if hasattr(d, "emit") else "source"
        click.echo(f"{name:10s} {kind:7s} {getattr(d, 'description', '')}")


from leapc.ddl.cli import ddl  # noqa: E402 - the ddl group lives in its own package

main.add_command(ddl)

if __name__ == "__main__":
    main()
