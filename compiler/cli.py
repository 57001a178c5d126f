"""leapc's command line."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from leapc import __version__, registry
from leapc.convert import convert_file, discover, write_atomically
from leapc.diagnostics import Severity


@click.group()
@click.version_option(__version__, prog_name="leapc")
def main() -> None:
    """leapc: convert Teradata scripts to Amazon Redshift SQL or AWS Glue PySpark jobs."""


def _parse_vars(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE", param_hint="--var")
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
              help="Write a JSON report of every file, statement and diagnostic here.")
@click.option("--mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='JSON name mapping, e.g. {"databases": {"EDW_PROD": "edw"}}.')
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE",
              help="Bind a script variable (${NAME}) at conversion time; repeatable.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary.")
def convert(paths, target, out_dir, report, mapping, variables, quiet):
    """Convert Teradata files or folders (*.sql, *.bteq, *.btq, *.ksh, *.sh)."""
    options = {"variables": _parse_vars(variables)}
    if mapping:
        options.update(json.loads(mapping.read_text()))
    files = discover(list(paths))
    if not files:
        raise click.UsageError("no Teradata files found under the given paths")
    results = []
    progress = _progress(len(files))
    for source, relative in files:
        result = convert_file(source, relative, target, options)
        for out_path, text in result.outputs.items():
            write_atomically(out_dir / out_path, text)
        results.append(result)
        for d in result.diagnostics:
            if d.severity is Severity.ERROR or not quiet:
                click.echo(str(d), err=True)
        progress(result)
    failed = [r for r in results if r.failed]
    statements = sum(len(r.statements) for r in results)
    converted = sum(1 for r in results for s in r.statements if s["status"].startswith("converted"))
    click.echo(f"{len(results) - len(failed)}/{len(results)} files converted, "
               f"{converted}/{statements} statements without errors -> {out_dir}", err=True)
    if report:
        from leapc.report import build_report

        write_atomically(report, json.dumps(build_report(results, target), indent=2) + "\n")
    sys.exit(1 if failed else 0)


def _progress(total: int):
    """A rich progress bar on a terminal for long batches; nothing in CI or pipes."""
    if total < 20 or not sys.stderr.isatty():
        return lambda result: None
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("converting", total=total)
    bar.start()
    done = [0]

    def advance(result):
        done[0] += 1
        bar.advance(task)
        if done[0] == total:
            bar.stop()
    return advance


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
