"""Command line: parse arguments, build a Config, run the pipeline, hand the Report to a renderer, pick the exit code."""

from __future__ import annotations

import argparse
import math
import os
import stat
import sys
import time
from pathlib import Path

from . import STARTED, __version__
from .config import (BACKENDS, ENGINES, FAIL_ON, FORMATS, GROUPINGS, SEVERITIES, Config, apply_settings, load_config,
                     with_severities)
from .errors import ConfigError, ConsistencyError, OutputError
from .files import check_folder_writable, is_stream, nearest_existing, write_atomic

IMPORT_SECONDS = time.perf_counter() - STARTED  # importing the package and the CLI, once per process
EXIT_OK = 0  # no failing finding
EXIT_FINDINGS = 1  # failing findings (see --fail-on, severities, --baseline)
EXIT_USAGE = 2  # usage, input, configuration, output or model error
EXIT_INTERNAL = 3  # an unexpected error (a bug): never 1, so CI never reads a crash as "findings"
PROGRESS_MIN_SENTENCES = 200  # below this a run is quick; no progress bar
# Before embedding, a run that may take longer than this gets a warning with an estimate. The rate is the
# default model's on 2 CPU cores (README, Quality and speed); a sentence of news prose is about 140 characters.
LONG_RUN_SECONDS = 600
SENTENCES_PER_SECOND = 90
CHARS_PER_SENTENCE = 140
ISSUE_HINT = ("this is a bug in consistency; please report it with the command that caused it "
              "(CONSISTENCY_DEBUG=1 shows the traceback)")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every user error
        self.exit(EXIT_USAGE, f"consistency: error: {message}\n")


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="consistency", description="Check where news reports of one event agree and disagree.")
    parser.add_argument("--version", action="version", version=f"consistency {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    check = sub.add_parser("check", help="align claims across articles and report findings")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="article files (.txt, .md, .html), directories of them, or .jsonl files (one article per line)")
    out = check.add_argument_group("output")
    out.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    out.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of standard output")
    out.add_argument("--force", action="store_true", help="overwrite existing files given to --output, --report or --write-baseline")
    out.add_argument("--report", action="store_true", help="also write report.html, report.md and report.txt into --report-dir")
    out.add_argument("--report-dir", default="reports", metavar="DIR", help="where --report writes (default: reports)")
    out.add_argument("--max-alignments", type=_count, default=None, metavar="N",
                     help="show at most N aligned claims per cluster in the terminal view")
    out.add_argument("--verbose", "-v", action="store_true",
                     help="also show the model backend, the seconds per stage and the sentences per second")
    gate = check.add_argument_group("CI")
    gate.add_argument("--fail-on", choices=FAIL_ON, default=None,
                      help="verdict that fails the run with exit code 1 (default: conflict)")
    gate.add_argument("--min-identity", type=float, default=None, metavar="P",
                      help="figure and date findings fail only when the scorer's probability that both mentions "
                           "state one fact is at least P (0-1; default 0: all); fewer, surer failures")
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
    inp.add_argument("--urls", metavar="FILE", help="also read the web pages listed in FILE (one URL a line), "
                     "fetched once into the cache")
    inp.add_argument("--url-timeout", type=_seconds, default=None, metavar="SECONDS",
                     help="give up on a page after this many seconds (default: 20)")
    inp.add_argument("--encoding", metavar="NAME", help="text encoding of the input files (default: UTF-8)")
    inp.add_argument("--language", metavar="CODE", help="language of every article (default: detected per article)")
    inp.add_argument("--top-k", type=int, default=None, metavar="N",
                     help="a pair aligns only if each sentence is among the other's N best matches (default: 3)")
    inp.add_argument("--min-z", type=float, default=None, metavar="Z",
                     help="a pair without a clear margin over its neighbours aligns only if its similarity is Z "
                          "standard deviations above the background of its two articles (default: 1.5)")
    corpus = check.add_argument_group("corpus mode")
    corpus.add_argument("--group", choices=GROUPINGS, default=None,
                        help="how articles form stories: auto (given cluster labels kept, unlabelled articles grouped "
                             "by content and date; the default), given (cluster labels only), one (every unlabelled "
                             "article in one cluster)")
    corpus.add_argument("--story-window", type=int, default=None, metavar="DAYS",
                        help="auto grouping: articles published more than DAYS apart are never one story (default: 3)")
    corpus.add_argument("--story-threshold", type=float, default=None, metavar="S",
                        help="auto grouping: mean similarity two stories need to merge; higher is stricter (default: 0.81)")
    corpus.add_argument("--top-stories", type=_count, default=None, metavar="N",
                        help="terminal view: show the N stories with most conflicts in full (default: 20); "
                             "the rest are in the story table and the files")
    corpus.add_argument("--engine", choices=ENGINES, default=None,
                        help="where the stages run: local (this process; the default) or ray (needs consistency[ray])")
    corpus.add_argument("--ray-address", metavar="ADDRESS",
                        help="with --engine ray: join this Ray cluster (e.g. ray://head:10001 or auto) "
                             "instead of starting a local Ray instance")
    return parser


def make_config(args: argparse.Namespace) -> Config:
    """Defaults, then the configuration file, then the flags that were given."""
    config = Config() if args.no_config else load_config(explicit=Path(args.config) if args.config else None)
    flags: dict = {}
    for key in ("model", "backend", "prompt", "encoding", "language", "fail_on", "cache_dir", "group", "engine", "ray_address"):
        value = getattr(args, key)
        if value is not None:
            flags[key] = str(value)
    if args.min_identity is not None:
        flags["min_identity"] = args.min_identity
    if args.allow_download:
        flags["allow_download"] = True
    if args.no_cache:
        flags["use_cache"] = False
    align = {k: v for k, v in (("top_k", args.top_k), ("min_z", args.min_z)) if v is not None}
    if align:
        flags["align"] = align
    stories = {k: v for k, v in (("window", args.story_window), ("threshold", args.story_threshold)) if v is not None}
    if stories:
        flags["stories"] = stories
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
    """Files this tool wrote (recognised by their format's marker); only those are refreshed without --force."""
    from .report import written_by_us

    return written_by_us(path)


def _destination(path: Path, what: str, force: bool, inputs: tuple[set[Path], set[Path]], *, ours=None,
                 folder_checked: bool = False) -> None:
    """Fail before the run, with one line, if ``path`` cannot or must not be written."""
    files, dirs = inputs
    if is_stream(path):  # /dev/null, /dev/stdout, a pipe: written through, never replaced
        if not os.access(path, os.W_OK):
            raise OutputError(f"{what} {path}: not writable")
        return
    if path.is_dir():
        raise OutputError(f"{what} {path} is a directory")
    resolved = path.resolve()
    if resolved in files:
        raise OutputError(f"{what} {path} is one of the inputs; choose another file")
    from .load.sources import is_input_name

    if resolved.parent in dirs and is_input_name(path.name):
        raise OutputError(f"{what} {path} is in the input directory {path.parent} and would be read as an "
                          "article by the next run; choose another place")
    if not folder_checked:
        check_folder_writable(path.parent, f"{what} {path}")
    if path.exists() and not force and not (ours and ours(path)):
        raise OutputError(f"{what} {path} exists; pass --force to overwrite it")


def _stdout_onto_input(inputs: tuple[set[Path], set[Path]]) -> None:
    """``check corpus/ > corpus/out.txt`` or ``--urls urls.txt > urls.txt``: the shell made (or emptied) the
    file before the run, which would read it as an article (or find the URL list empty), and the next run would
    read the report. Stop with one line instead."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (captured, closed)
        return
    if not stat.S_ISREG(out.st_mode):
        return
    for path in sorted(inputs[0]):
        try:
            info = os.stat(path)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (out.st_dev, out.st_ino):
            raise OutputError(f"standard output is redirected to {path}, which this run reads as an input "
                              "(the shell has emptied or created it); write elsewhere, e.g. --output FILE outside "
                              "the input folders")


def _distinct_destinations(destinations: list[tuple[str, Path | None]], baseline: Path | None) -> None:
    """Two destinations naming one file would leave only the last one written (a JSON report in place of the
    baseline just recorded), and an output over the --baseline being read loses it: stop before the run."""
    seen: dict[Path, str] = {}
    for what, path in destinations:
        if path is None or is_stream(path):
            continue
        resolved = path.resolve()
        if resolved in seen:
            raise OutputError(f"{seen[resolved]} and {what} name the same file {path}; give each its own file")
        seen[resolved] = what
        if baseline is not None and what != "--write-baseline" and resolved == baseline.resolve():
            raise OutputError(f"{what} {path} is the --baseline file this run reads; choose another file")


def _report_dir(folder: Path, inputs: tuple[set[Path], set[Path]]) -> bool:
    """Check the --report-dir; returns whether it exists already (it is created when the reports are written)."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"--report-dir {folder} is a file, not a folder")
    if folder.exists() and folder.resolve() in inputs[1]:
        raise OutputError(f"--report-dir {folder} is an input directory: the reports would be read as articles "
                          "by the next run; choose another folder")
    check_folder_writable(nearest_existing(folder), f"--report-dir {folder}")
    return folder.exists()


def _write(text: str, path: Path | None) -> None:
    if path is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
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
        bar.update(state["task"], completed=done, total=total)  # the total grows once contexts are known

    return bar, update


def _say(message: str) -> None:
    """One line on standard error; the message may carry article text or file names, so it is made printable."""
    from .report.common import one_line

    print(one_line(message), file=sys.stderr)


def _long_run_warning(articles) -> str | None:
    """An estimate of the embedding time when it may be long, before any of it starts."""
    chars = sum(p.end - p.start for a in articles for p in a.paragraphs)
    sentences = chars // CHARS_PER_SENTENCE
    seconds = sentences / SENTENCES_PER_SECOND
    if seconds < LONG_RUN_SECONDS:
        return None
    return (f"{chars / 1e6:.1f} million characters of prose, about {sentences:,} sentences to embed: up to about "
            f"{seconds / 60:,.0f} minutes on 2 CPU cores (sentences already in the embedding cache are not embedded again)")


def run_check(args: argparse.Namespace, started: float | None = None) -> int:
    from .embed import default_cache_dir
    from .gate import compare_baseline, evaluate, read_baseline, write_baseline
    from .load import load_articles
    from .load.sources import input_locations
    from .pipeline import check_articles
    from .report import REPORT_FILES, render

    if not args.paths and not args.urls:
        raise ConfigError("give one or more files or directories to check, or --urls FILE")
    config = make_config(args)
    if args.ray_address and config.engine != "ray":
        raise ConfigError("--ray-address joins a Ray cluster, which only --engine ray uses; add --engine ray")
    cache_dir = config.cache_dir or default_cache_dir()
    if cache_dir.exists() and not cache_dir.is_dir():
        raise ConfigError(f"the cache folder {cache_dir} is a file (set by --cache-dir, cache_dir or "
                          "CONSISTENCY_CACHE_DIR); name a folder")

    # Every destination is checked before anything is loaded, so a long run never ends on a bad path.
    inputs = input_locations([*args.paths, *([args.urls] if args.urls else [])])
    output = Path(args.output) if args.output else None
    if output:
        _destination(output, "--output", args.force, inputs, ours=_is_ours)
    else:
        _stdout_onto_input(inputs)
    report_paths = {fmt: Path(args.report_dir) / name for fmt, name in REPORT_FILES.items()} if args.report else {}
    if report_paths:
        exists = _report_dir(Path(args.report_dir), inputs)
        for path in report_paths.values():
            _destination(path, "--report", args.force, inputs, ours=_is_ours, folder_checked=not exists)
    if args.write_baseline:
        _destination(Path(args.write_baseline), "--write-baseline", args.force, inputs, ours=_is_baseline)
    if args.baseline:
        if not Path(args.baseline).is_file() and not args.write_baseline:
            raise ConsistencyError(f"{args.baseline}: no such baseline file (create it with --write-baseline)")
        if Path(args.baseline).is_file():
            read_baseline(Path(args.baseline))
    _distinct_destinations([("--output", output), *((f"--report ({p.name})", p) for p in report_paths.values()),
                            ("--write-baseline", Path(args.write_baseline) if args.write_baseline else None)],
                           Path(args.baseline) if args.baseline else None)

    warnings: list[str] = []
    # imports, arguments, configuration (Python's own start, a few tens of milliseconds, is not seen)
    startup = IMPORT_SECONDS + time.perf_counter() - (started or time.perf_counter())
    loading = time.perf_counter()
    articles = load_articles(args.paths, encoding=config.encoding, language=config.language, warnings=warnings,
                             urls=args.urls, cache_dir=cache_dir, url_timeout=args.url_timeout)
    loaded = time.perf_counter() - loading
    estimate = _long_run_warning(articles)
    if estimate:
        _say(f"consistency: warning: {estimate}")
    bar, update = _progress()
    try:
        report = check_articles(articles, config, progress=update, warnings=warnings)
    except ConsistencyError:
        # the run stops before a report carries them; what loading noticed may be why ("nothing to compare"
        # when a folder's subfolders were not read), so it goes first, one line each
        for w in warnings:
            _say(f"consistency: warning: {w}")
        raise
    finally:
        if bar is not None:
            bar.stop()
    report.timings["startup"] = startup
    report.timings["load"] = loaded
    report.timings["total"] = report.timings.get("total", 0.0) + startup + loaded
    baseline = None
    if args.write_baseline:
        count = write_baseline(report, Path(args.write_baseline))
        _say(f"consistency: recorded {count} finding{'' if count == 1 else 's'} in {args.write_baseline}")
        baseline = compare_baseline(report, Path(args.write_baseline))
    elif args.baseline:
        baseline = compare_baseline(report, Path(args.baseline))
    gate = evaluate(report, config.fail_on, baseline, config.min_identity)

    if args.format == "text" and output is None:
        from .report.terminal import TOP_STORIES, ReportView, make_console

        top = TOP_STORIES if args.top_stories is None else args.top_stories
        make_console().print(ReportView(report, gate, max_alignments=args.max_alignments, verbose=args.verbose,
                                        top_stories=top))
    else:
        _write(render(args.format, report, gate), output)
        if args.verbose:
            from .report.terminal import timing_line

            _say(f"consistency: {timing_line(report)}")
    if report_paths:
        try:
            Path(args.report_dir).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"--report-dir {args.report_dir}: cannot create it ({exc.strerror or exc})") from None
    for fmt, path in report_paths.items():
        _write(render(fmt, report, gate), path)
    if report_paths:
        _say(f"consistency: wrote {', '.join(str(p) for p in report_paths.values())}")
    if args.format != "text" or output:
        for w in report.warnings:
            _say(f"consistency: warning: {w}")
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
        _say(f"consistency: error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("consistency: interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line and a distinct exit code
        if os.environ.get("CONSISTENCY_DEBUG"):
            import traceback

            traceback.print_exc()
        _say(f"consistency: internal error: {type(exc).__name__}: {exc}"[:400] + f" ({ISSUE_HINT})")
        return EXIT_INTERNAL
