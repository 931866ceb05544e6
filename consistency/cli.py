"""Command line: parse arguments, build a Config, run the pipeline, hand the Report to a renderer, pick the exit code."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .align import AlignParams
from .config import Config
from .errors import ConsistencyError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
FORMATS = ("text", "json")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every user error
        self.exit(EXIT_USAGE, f"consistency: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="consistency", description="Check where news reports of one event agree and disagree.")
    parser.add_argument("--version", action="version", version=f"consistency {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    check = sub.add_parser("check", help="align claims across articles and report findings")
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="article files (.txt, .md), directories of them, or .jsonl files (one article per line)")
    check.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    check.add_argument("--output", "-o", metavar="FILE", help="write the output to FILE instead of standard output")
    check.add_argument("--force", action="store_true", help="overwrite FILE given to --output if it exists")
    check.add_argument("--model", default="default", metavar="NAME_OR_PATH",
                       help="sentence-transformers model folder or hub name (default: the embedded multilingual-e5-small)")
    check.add_argument("--prompt", metavar="TEXT",
                       help="text put before every sentence for the model (default: the model's own; 'query: ' for the default)")
    check.add_argument("--allow-download", action="store_true",
                       help="let a hub model named by --model be downloaded (off by default: the tool runs offline)")
    check.add_argument("--cache-dir", metavar="DIR", help="where the built model and the embedding cache live "
                       "(default: $CONSISTENCY_CACHE_DIR or the user cache directory)")
    check.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    check.add_argument("--encoding", metavar="NAME", help="text encoding of the input files (default: UTF-8)")
    check.add_argument("--language", metavar="CODE", help="language of every article (default: detected per article)")
    check.add_argument("--top-k", type=int, default=AlignParams.top_k, metavar="N",
                       help=f"a pair aligns only if each sentence is among the other's N best matches (default: {AlignParams.top_k})")
    check.add_argument("--min-z", type=float, default=AlignParams.min_z, metavar="Z",
                       help="a pair aligns only if its similarity is Z standard deviations above the background "
                            f"of its two articles (default: {AlignParams.min_z})")
    check.add_argument("--max-alignments", type=int, default=None, metavar="N",
                       help="show at most N aligned claims per cluster in the terminal view")
    return parser


def _config(args: argparse.Namespace) -> Config:
    if args.top_k < 1:
        raise ConsistencyError("--top-k must be at least 1")
    return Config(
        model=args.model,
        prompt=args.prompt,
        allow_download=args.allow_download,
        cache_dir=Path(args.cache_dir).expanduser() if args.cache_dir else None,
        use_cache=not args.no_cache,
        encoding=args.encoding,
        language=args.language,
        align=AlignParams(top_k=args.top_k, min_z=args.min_z),
    )


def _check_output(args: argparse.Namespace) -> None:
    if not args.output:
        return
    out = Path(args.output)
    inputs = {Path(p).resolve() for p in args.paths}
    if out.resolve() in inputs:
        raise ConsistencyError(f"--output {out} is one of the inputs; choose another file")
    if out.exists() and not args.force:
        raise ConsistencyError(f"{out} exists; pass --force to overwrite it")
    if out.is_dir():
        raise ConsistencyError(f"{out} is a directory")


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def run_check(args: argparse.Namespace) -> int:
    from .pipeline import check
    from .report import report_to_json

    _check_output(args)
    report = check(args.paths, _config(args))
    if args.format == "json":
        _write(report_to_json(report), args.output)
    else:
        from .report.terminal import ReportView, make_console

        if args.output:
            import io

            buf = io.StringIO()
            make_console(buf, width=120, color=False).print(ReportView(report, max_alignments=args.max_alignments))
            _write(buf.getvalue(), args.output)
        else:
            make_console().print(ReportView(report, max_alignments=args.max_alignments))
    if args.format != "text" or args.output:
        for w in report.warnings:
            print(f"consistency: warning: {w}", file=sys.stderr)
    conflicts = sum(f.verdict == "conflict" for c in report.clusters for f in c.findings)
    return EXIT_FINDINGS if conflicts else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors (already printed)
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run_check(args)
    except ConsistencyError as exc:
        print(f"consistency: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("consistency: interrupted", file=sys.stderr)
        return 130
