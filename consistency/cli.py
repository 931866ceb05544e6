"""Command line: parse arguments, build a Config, run the pipeline, hand the Report to a renderer, pick the exit code."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import STARTED, __version__
from .config import BACKENDS, FAIL_ON, SEVERITIES, Config, apply_settings, load_config, with_severities
from .errors import ConsistencyError
from .files import write_atomic

IMPORT_SECONDS = time.perf_counter() - STARTED  # importing the package and the CLI, once per process
EXIT_OK = 0  # no failing finding
EXIT_FINDINGS = 1  # failing findings (see --fail-on, severities, --baseline)
EXIT_USAGE = 2  # usage, input, configuration or model error
PROGRESS_MIN_SENTENCES = 200  # below this a run is quick; no progress bar


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every user error
        self.exit(EXIT_USAGE, f"consistency: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from .report import FORMATS

    parser = _Parser(prog="consistency", description="Check where news reports of one event agree and disagree.")
    parser.add_argument("--version", action="version", version=f"consistency {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    check = sub.add_parser("check", help="align claims across articles and report findings")
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="article files (.txt, .md), directories of them, or .jsonl files (one article per line)")
    out = check.add_argument_group("output")
    out.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    out.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of standard output")
    out.add_argument("--force", action="store_true", help="overwrite existing files given to --output, --report or --write-baseline")
    out.add_argument("--report", action="store_true", help="also write report.html, report.md and report.txt into --report-dir")
    out.add_argument("--report-dir", default="reports", metavar="DIR", help="where --report writes (default: reports)")
    out.add_argument("--max-alignments", type=int, default=None, metavar="N",
                     help="show at most N aligned claims per cluster in the terminal view")
    out.add_argument("--verbose", "-v", action="store_true",
                     help="also show the model backend, the seconds per stage and the sentences per second")
    gate = check.add_argument_group("CI")
    gate.add_argument("--fail-on", choices=FAIL_ON, default=None,
                      help="verdict that fails the run with exit code 1 (default: conflict)")
    gate.add_argument("--severity", action="append", default=[], metavar="CODE=LEVEL",
                      help=f"re-grade a check: LEVEL is one of {', '.join(SEVERITIES)} (repeatable)")
    gate.add_argument("--baseline", metavar="FILE", help="accept the findings recorded in FILE; fail only on new ones")
    gate.add_argument("--write-baseline", metavar="FILE", help="record this run's findings in FILE as accepted")
    gate.add_argument("--config", metavar="FILE", help="configuration file (default: consistency.toml or "
                      "[tool.consistency] in pyproject.toml, found upwards from the working directory)")
    gate.add_argument("--no-config", action="store_true", help="ignore configuration files")
    model = check.add_argument_group("model")
    model.add_argument("--model", default=None, metavar="NAME_OR_PATH",
                       help="sentence-transformers model folder or hub name (default: the embedded multilingual-e5-small)")
    model.add_argument("--backend", choices=BACKENDS, default=None,
                       help="embedding runtime: auto (default: the int8 ONNX graph if it passed its fidelity check, "
                            "else torch), torch, onnx, openvino (needs the openvino extra)")
    model.add_argument("--prompt", metavar="TEXT",
                       help="text put before every sentence for the model (default: the model's own; 'query: ' for the default)")
    model.add_argument("--allow-download", action="store_true",
                       help="let a hub model named by --model be downloaded (off by default: the tool runs offline)")
    model.add_argument("--cache-dir", metavar="DIR", help="where the built model and the embedding cache live "
                       "(default: $CONSISTENCY_CACHE_DIR or the user cache directory)")
    model.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    inp = check.add_argument_group("input and alignment")
    inp.add_argument("--encoding", metavar="NAME", help="text encoding of the input files (default: UTF-8)")
    inp.add_argument("--language", metavar="CODE", help="language of every article (default: detected per article)")
    inp.add_argument("--top-k", type=int, default=None, metavar="N",
                     help="a pair aligns only if each sentence is among the other's N best matches (default: 3)")
    inp.add_argument("--min-z", type=float, default=None, metavar="Z",
                     help="a pair aligns only if its similarity is Z standard deviations above the background "
                          "of its two articles (default: 1.2)")
    return parser


def make_config(args: argparse.Namespace) -> Config:
    """Defaults, then the configuration file, then the flags that were given."""
    config = Config() if args.no_config else load_config(explicit=Path(args.config) if args.config else None)
    flags: dict = {}
    for key in ("model", "backend", "prompt", "encoding", "language", "fail_on", "cache_dir"):
        value = getattr(args, key)
        if value is not None:
            flags[key] = str(value)
    if args.allow_download:
        flags["allow_download"] = True
    if args.no_cache:
        flags["use_cache"] = False
    align = {k: v for k, v in (("top_k", args.top_k), ("min_z", args.min_z)) if v is not None}
    if align:
        flags["align"] = align
    config = apply_settings(config, flags, "command line")
    if args.severity:
        levels = {}
        for item in args.severity:
            code, sep, level = item.partition("=")
            if not sep:
                raise ConsistencyError(f"--severity takes CODE=LEVEL, got {item!r}")
            levels[code.strip()] = level.strip()
        config = with_severities(config, levels, "--severity")
    return config


def _is_ours(path: Path) -> bool:
    """Files this tool wrote carry a marker; only those are refreshed without --force."""
    from .report import MARKER

    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            return MARKER in fh.read(600)
    except OSError:
        return False


def _writable(path: Path, force: bool, inputs: set[Path], *, ours=None) -> None:
    if path.resolve() in inputs:
        raise ConsistencyError(f"{path} is one of the inputs; choose another file")
    if path.is_dir():
        raise ConsistencyError(f"{path} is a directory")
    if path.exists() and not force and not (ours and ours(path)):
        raise ConsistencyError(f"{path} exists; pass --force to overwrite it")


def _write(text: str, path: Path | None) -> None:
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_atomic(path, text)


def _is_baseline(path: Path) -> bool:
    from .gate import read_baseline

    try:
        read_baseline(path)
        return True
    except ConsistencyError:
        return False


def _progress():
    """A progress bar on an interactive terminal for long runs; nothing in CI logs or pipes."""
    if not sys.stderr.isatty() or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("embedding and aligning"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(file=sys.stderr), transient=True)
    state = {"task": None}

    def update(done: int, total: int) -> None:
        if total < PROGRESS_MIN_SENTENCES:
            return
        if state["task"] is None:
            bar.start()
            state["task"] = bar.add_task("embed", total=total)
        bar.update(state["task"], completed=done)

    return bar, update


def run_check(args: argparse.Namespace, started: float | None = None) -> int:
    from .gate import compare_baseline, evaluate, write_baseline
    from .pipeline import check
    from .report import REPORT_FILES, render

    config = make_config(args)
    inputs = {Path(p).resolve() for p in args.paths}
    output = Path(args.output) if args.output else None
    if output:
        _writable(output, args.force, inputs)
    report_paths = {fmt: Path(args.report_dir) / name for fmt, name in REPORT_FILES.items()} if args.report else {}
    for path in report_paths.values():
        _writable(path, args.force, inputs, ours=_is_ours)
    if args.write_baseline:
        _writable(Path(args.write_baseline), args.force, inputs, ours=_is_baseline)
    if args.baseline and not Path(args.baseline).is_file() and not args.write_baseline:
        raise ConsistencyError(f"{args.baseline}: no such baseline file (create it with --write-baseline)")

    bar, update = _progress()
    # imports, arguments, configuration (Python's own start, a few tens of milliseconds, is not seen)
    startup = IMPORT_SECONDS + time.perf_counter() - (started or time.perf_counter())
    try:
        report = check(args.paths, config, progress=update)
    finally:
        if bar is not None:
            bar.stop()
    report.timings["startup"] = startup
    report.timings["total"] = report.timings.get("total", 0.0) + startup
    baseline = None
    if args.write_baseline:
        count = write_baseline(report, Path(args.write_baseline))
        print(f"consistency: recorded {count} finding(s) in {args.write_baseline}", file=sys.stderr)
        baseline = compare_baseline(report, Path(args.write_baseline))
    elif args.baseline:
        baseline = compare_baseline(report, Path(args.baseline))
    gate = evaluate(report, config.fail_on, baseline)

    if args.format == "text" and output is None:
        from .report.terminal import ReportView, make_console

        make_console().print(ReportView(report, gate, max_alignments=args.max_alignments, verbose=args.verbose))
    else:
        _write(render(args.format, report, gate), output)
        if args.verbose:
            from .report.terminal import timing_line

            print(f"consistency: {timing_line(report)}", file=sys.stderr)
    for fmt, path in report_paths.items():
        _write(render(fmt, report, gate), path)
    if report_paths:
        print(f"consistency: wrote {', '.join(str(p) for p in report_paths.values())}", file=sys.stderr)
    if args.format != "text" or output:
        for w in report.warnings:
            print(f"consistency: warning: {w}", file=sys.stderr)
    return EXIT_FINDINGS if gate.failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors (already printed)
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run_check(args, started)
    except ConsistencyError as exc:
        print(f"consistency: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("consistency: interrupted", file=sys.stderr)
        return 130
