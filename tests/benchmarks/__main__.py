"""Run every benchmark and write the figures under reports/benchmarks/: ``python -m tests.benchmarks``.

Options: ``--quick`` stops the scaling runs with the model at 2,000 articles; ``--only NAME`` runs one of
indonli, perturb, alignment, devset, validation, testset, blind, devset2, devset3, devset4, devset5, devset6, devset7, devset8, devset9, devset10, devset11, devset12, devset13, devset14, rates, identity, funnel, speed, grouping, scaling; ``--backend`` embeds with torch, onnx or
openvino instead of the default (the speed benchmark compares the backends itself).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time

from consistency import __version__

from . import alignment, devset, funnel, grouping, identity, indonli, perturb, scaling, speed
from .common import OUT, ROOT, write

NAMES = ("indonli", "perturb", "alignment", "devset", "validation", "testset", "blind", "devset2", "devset3", "devset4", "devset5", "devset6", "devset7", "devset8", "devset9", "devset10", "devset11", "devset12", "rates", "identity", "funnel", "speed", "grouping", "scaling")
NAMES += tuple(devset.LATE)  # every later set (devset13 on), as its folder's set.json describes it


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--quick", action="store_true", help="scaling: model runs up to 2,000 articles only")
    parser.add_argument("--only", choices=NAMES, action="append", help="run only these benchmarks")
    parser.add_argument("--backend", default="auto", choices=("auto", "torch", "onnx", "openvino"),
                        help="embedding backend for indonli, perturb and alignment (default: auto)")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from consistency.embed import default_cache_dir, load_embedder

    chosen = args.only or list(NAMES)
    embedder = load_embedder(backend=args.backend)
    cache = default_cache_dir()
    summary = {"tool_version": __version__, "python": platform.python_version(), "cores": os.cpu_count(),
               "machine": platform.machine(), "date": time.strftime("%Y-%m-%d"),
               "backend": getattr(embedder, "backend", None)}
    sections = []
    for name in chosen:
        started = time.perf_counter()
        print(f"benchmark {name} …", file=sys.stderr)
        if name == "indonli":
            data = indonli.run(embedder, None)
            md = indonli.to_markdown(data)
        elif name == "perturb":
            data = perturb.run(embedder, None)
            md = perturb.to_markdown(data)
        elif name == "alignment":
            data = alignment.run(embedder)
            md = alignment.to_markdown(data)
        elif name in devset.SETS:
            labelled = devset.SETS[name]
            data = devset.run(embedder, root=labelled.folder)
            md = devset.to_markdown(data, labelled)
        elif name == "identity":
            data = identity.run(embedder)
            md = identity.to_markdown(data)
        elif name == "funnel":
            data = funnel.run(embedder)
            md = funnel.to_markdown(data)
        elif name == "grouping":
            data = grouping.run(embedder)
            md = grouping.to_markdown(data)
        elif name == "speed":
            data = speed.run(embedder, cache)
            md = speed.to_markdown(data)
        else:
            data = scaling.run(scaling.SIZES, quick=args.quick)
            md = scaling.to_markdown(data)
        data["seconds"] = round(time.perf_counter() - started, 1)
        write(name, data, md)
        sections.append(md)
        print(f"benchmark {name}: {data['seconds']} s", file=sys.stderr)
    # the summary page is rebuilt from every section's latest figures, whichever ran this time
    sections = [(OUT / f"{name}.md").read_text(encoding="utf-8") for name in NAMES if (OUT / f"{name}.md").is_file()]
    if sections:
        header = ["# Benchmarks", "",
                  f"consistency {__version__}, Python {summary['python']}, {summary['cores']} cores ({summary['machine']}), "
                  f"{summary['date']}, embedding backend {summary['backend']}. Regenerate with `python -m tests.benchmarks` (`make bench`); each section's "
                  "figures are also in the JSON file of the same name.", ""]
        (OUT / "README.md").write_text("\n".join(header) + "\n" + "\n".join(sections), encoding="utf-8")
        (OUT / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
