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
NAMES += ("devset13", "devset14")  # the thirteenth and fourteenth development sets, untouched transfer sets
NAMES += ("devset15",)  # the fifteenth development set, an untouched transfer set
NAMES += ("devset16",)  # the sixteenth development set, an untouched transfer set
NAMES += ("devset17",)  # the seventeenth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset18",)  # the eighteenth development set, an untouched transfer set
NAMES += ("devset19",)  # the nineteenth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset20",)  # the twentieth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset21",)  # the twenty-first development set, an untouched transfer set (measured by the lead)
NAMES += ("devset22",)  # the twenty-second development set, an untouched transfer set (measured by the lead)
NAMES += ("devset23",)  # the twenty-third development set, an untouched transfer set (measured by the lead)
NAMES += ("devset25",)  # the twenty-fifth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset26",)  # the twenty-sixth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset28",)  # the twenty-eighth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset29",)  # the twenty-ninth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset30",)  # the thirtieth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset31",)  # the thirty-first development set, an untouched transfer set (measured by the lead)
NAMES += ("devset32",)  # the thirty-second development set, an untouched transfer set (measured by the lead)
NAMES += ("devset33",)  # the thirty-third development set, an untouched transfer set (measured by the lead)
NAMES += ("devset34",)  # the thirty-fourth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset35",)  # the thirty-fifth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset36",)  # the thirty-sixth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset37",)  # the thirty-seventh development set, an untouched transfer set (measured by the lead)
NAMES += ("devset38",)  # the thirty-eighth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset39",)  # the thirty-ninth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset40",)  # the fortieth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset41",)  # the forty-first development set, an untouched transfer set (measured by the lead)
NAMES += ("devset42",)  # the forty-second development set, an untouched transfer set (measured by the lead)
NAMES += ("devset43",)  # the forty-third development set, an untouched transfer set (measured by the lead)
NAMES += ("devset44",)  # the forty-fourth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset45",)  # the forty-fifth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset46",)  # the forty-sixth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset47",)  # the forty-seventh development set, an untouched transfer set (measured by the lead)
NAMES += ("devset48",)  # the forty-eighth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset49",)  # the forty-ninth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset50",)  # the fiftieth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset51",)  # the fifty-first development set, an untouched transfer set (measured by the lead)
NAMES += ("devset52",)  # the fifty-second development set, an untouched transfer set (measured by the lead)
NAMES += ("devset53",)  # the fifty-third development set, an untouched transfer set (measured by the lead)
NAMES += ("devset54",)  # the fifty-fourth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset55",)  # the fifty-fifth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset56",)  # the fifty-sixth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset57",)  # the fifty-seventh development set, an untouched transfer set (measured by the lead)
NAMES += ("devset58",)  # the fifty-eighth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset59",)  # the fifty-ninth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset60",)  # the sixtieth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset61",)  # the sixty-first development set, an untouched transfer set (measured by the lead)
NAMES += ("devset62",)  # the sixty-second development set, an untouched transfer set (to be measured by the lead)
NAMES += ("devset63",)  # the sixty-third development set, an untouched transfer set (to be measured by the lead)
NAMES += ("devset64",)  # the sixty-fourth development set, an untouched transfer set (to be measured by the lead)
NAMES += ("devset65",)  # the sixty-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset67",)  # the sixty-seventh development set, an untouched transfer set (to be measured by the lead)
NAMES += ("devset68",)  # the sixty-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset69",)  # the sixty-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset71",)  # the seventy-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset73",)  # the seventy-third development set, an untouched transfer set (to be measured by the lead)
NAMES += ("devset74",)  # the seventy-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset76",)  # the seventy-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset77",)  # the seventy-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset78",)  # the seventy-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset79",)  # the seventy-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset80",)  # the eightieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset82",)  # the eighty-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset83",)  # the eighty-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset84",)  # the eighty-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset85",)  # the eighty-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset86",)  # the eighty-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset88",)  # the eighty-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset90",)  # the ninetieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset91",)  # the ninety-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset98",)  # the ninety-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset99",)  # the ninety-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset100",)  # the hundredth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset101",)  # the hundred-and-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset102",)  # the hundred-and-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset104",)  # the hundred-and-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset105",)  # the hundred-and-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset106",)  # the hundred-and-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset107",)  # the hundred-and-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset108",)  # the hundred-and-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset109",)  # the hundred-and-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset110",)  # the hundred-and-tenth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset111",)  # the hundred-and-eleventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset112",)  # the hundred-and-twelfth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset113",)  # the hundred-and-thirteenth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset114",)  # the hundred-and-fourteenth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset115",)  # the hundred-and-fifteenth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset116",)  # the hundred-and-sixteenth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset117",)  # the hundred-and-seventeenth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset118",)  # the hundred-and-eighteenth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset119",)  # the hundred-and-nineteenth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset120",)  # the hundred-and-twentieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset121",)  # the hundred-and-twenty-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset122",)  # the hundred-and-twenty-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset123",)  # the hundred-and-twenty-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset124",)  # the hundred-and-twenty-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset125",)  # the hundred-and-twenty-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset126",)  # the hundred-and-twenty-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset127",)  # the hundred-and-twenty-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset128",)  # the hundred-and-twenty-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset129",)  # the hundred-and-twenty-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset130",)  # the hundred-and-thirtieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset131",)  # the hundred-and-thirty-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset132",)  # the hundred-and-thirty-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset133",)  # the hundred-and-thirty-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset134",)  # the hundred-and-thirty-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset135",)  # the hundred-and-thirty-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset136",)  # the hundred-and-thirty-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset137",)  # the hundred-and-thirty-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset138",)  # the hundred-and-thirty-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset139",)  # the hundred-and-thirty-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset140",)  # the hundred-and-fortieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset141",)  # the hundred-and-forty-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset142",)  # the hundred-and-forty-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset143",)  # the hundred-and-forty-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset144",)  # the hundred-and-forty-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset145",)  # the hundred-and-forty-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset146",)  # the hundred-and-forty-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset147",)  # the hundred-and-forty-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset148",)  # the hundred-and-forty-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset149",)  # the hundred-and-forty-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset150",)  # the hundred-and-fiftieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset151",)  # the hundred-and-fifty-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset152",)  # the hundred-and-fifty-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset154",)  # the hundred-and-fifty-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset155",)  # the hundred-and-fifty-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset156",)  # the hundred-and-fifty-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset158",)  # the hundred-and-fifty-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset159",)  # the hundred-and-fifty-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset153",)  # the hundred-and-fifty-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset157",)  # the hundred-and-fifty-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset169",)  # the hundred-and-sixty-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset174",)  # the hundred-and-seventy-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset175",)  # the hundred-and-seventy-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset176",)  # the hundred-and-seventy-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset177",)  # the hundred-and-seventy-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset178",)  # the hundred-and-seventy-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset179",)  # the hundred-and-seventy-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset180",)  # the hundred-and-eightieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset181",)  # the hundred-and-eighty-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset182",)  # the hundred-and-eighty-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset183",)  # the hundred-and-eighty-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset173",)  # the hundred-and-seventy-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset160",)  # the hundred-and-sixtieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset161",)  # the hundred-and-sixty-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset162",)  # the hundred-and-sixty-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset163",)  # the hundred-and-sixty-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset164",)  # the hundred-and-sixty-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset165",)  # the hundred-and-sixty-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset166",)  # the hundred-and-sixty-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset167",)  # the hundred-and-sixty-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset168",)  # the hundred-and-sixty-eighth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset170",)  # the hundred-and-seventieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset171",)  # the hundred-and-seventy-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset172",)  # the hundred-and-seventy-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset103",)  # the hundred-and-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset92",)  # the ninety-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset93",)  # the ninety-third development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset95",)  # the ninety-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset97",)  # the ninety-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset94",)  # the ninety-fourth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset96",)  # the ninety-sixth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset89",)  # the eighty-ninth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset87",)  # the eighty-seventh development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset81",)  # the eighty-first development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset75",)  # the seventy-fifth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset70",)  # the seventieth development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset72",)  # the seventy-second development set, an untouched transfer set (measured once untouched by the lead)
NAMES += ("devset66",)  # the sixty-sixth development set, an untouched transfer set (to be measured by the lead)
NAMES += ("devset24",)  # the twenty-fourth development set, an untouched transfer set (measured by the lead)
NAMES += ("devset27",)  # the twenty-seventh development set, an untouched transfer set (measured by the lead)


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
