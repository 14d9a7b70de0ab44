"""The kit's benchmarks: one `name=value` line per figure, then a readable table.

Run: python benchmarks/run.py [--quick] [--only NAME,...]
     python benchmarks/run.py --scale [--sizes 10000,100000,1000000]   (growth with the survey)
     python benchmarks/run.py --funnel [--events 10000000]             (an event-log funnel)
NAME is a group (kit_overhead, ingest, text_scoring, batch, map) or any figure name in it.
--quick takes the best of two runs per side (and batches 2 clients instead of 4); the full run
takes the best of 3 (ingest: 5), since load from elsewhere on the machine only ever adds time.
benchmarks/README.md explains each figure and its goal.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

GOALS = {"kit_overhead_ratio": "<= 1.3", "ingest_vs_read_csv_ratio": "<= 3",
         "text_scoring_per_s": ">= vader_per_s", "batch_speedup": "> 1 on 2 cores"}
GROUPS = {
    "text_scoring": ("text_scoring_per_s", "vader_per_s"),
    "ingest": ("ingest_vs_read_csv_ratio", "ingest_s", "read_csv_s", "ingest_peak_mb", "read_csv_peak_mb",
               "ingest_rows", "ingest_mb"),
    "map": ("map_html_kb", "map_render_ms", "map_first_paint_ms", "map_build_ms"),
    "kit_overhead": ("kit_overhead_ratio", "kit_run_s", "floor_run_s", "slowest_notebook"),
    "batch": ("batch_speedup", "batch_parallel_s", "batch_serial_s", "batch_clients"),
}


def text_scoring(quick: bool, workdir: Path) -> dict:
    """The PL/RU scorer and plain vaderSentiment (its own polarity_scores) on the same sentences:
    the kit's PL and RU evaluation sets."""
    from sentiment_eval import load_eval, rate, vader_rate

    pl = [s for _, s in load_eval("pl")]
    ru = [s for _, s in load_eval("ru")]
    kit = (len(pl) + len(ru)) / (len(pl) / rate(pl, "pl") + len(ru) / rate(ru, "ru"))
    return {"text_scoring_per_s": round(kit), "vader_per_s": round(vader_rate(pl + ru))}


def ingest(quick: bool, workdir: Path) -> dict:
    from survey_ingest import measure

    return measure(1_000_000, workdir, repeats=2 if quick else 5)


def large_map(quick: bool, workdir: Path) -> dict:
    from large_map import measure

    return measure(workdir)


def kit_overhead(quick: bool, workdir: Path) -> dict:
    from notebook_runs import kit_overhead as measure

    return measure(workdir, repeats=2 if quick else 3)


def batch(quick: bool, workdir: Path) -> dict:
    from notebook_runs import batch as measure

    return measure(workdir, clients=2 if quick else 4)


MEASURES = {"text_scoring": text_scoring, "ingest": ingest, "map": large_map, "kit_overhead": kit_overhead,
            "batch": batch}


def selected(only: str | None) -> list[str]:
    if not only:
        return list(GROUPS)
    names = [n.strip() for n in only.split(",") if n.strip()]
    unknown = [n for n in names if n not in GROUPS and not any(n in figures for figures in GROUPS.values())]
    if unknown:
        raise SystemExit(f"run.py: unknown figure {', '.join(unknown)}; choose from {', '.join(GROUPS)} "
                         "or a figure name in them.")
    return [g for g, figures in GROUPS.items() if g in names or any(n in figures for n in names)]


def table(results: dict) -> str:
    lines = [f"{'figure':<26} {'value':>14}  goal", "-" * 56]
    for name, value in results.items():
        lines.append(f"{name:<26} {value!s:>14}  {GOALS.get(name, '')}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="best of two runs per side, 2 clients in a batch")
    parser.add_argument("--only", help="comma-separated groups or figure names")
    parser.add_argument("--scale", action="store_true", help="cjm run, memory, disk and editors by survey size")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="respondents for --scale (default: %(default)s)")
    parser.add_argument("--funnel", action="store_true", help="the ordered funnel over a generated event log")
    parser.add_argument("--events", type=int, default=10_000_000, help="events for --funnel (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.scale or args.funnel:
        return growth(args)
    results: dict = {}
    for group in selected(args.only):
        with tempfile.TemporaryDirectory(prefix=f"cjm-bench-{group}-") as workdir:
            figures = MEASURES[group](args.quick, Path(workdir))
        for name, value in figures.items():
            print(f"{name}={value}", flush=True)
        results |= figures
    print()
    print(table(results))
    return 0


def growth(args) -> int:
    """--scale and --funnel: one line of figures per size, then a table."""
    with tempfile.TemporaryDirectory(prefix="cjm-bench-scale-", dir=str(Path.home())) as workdir:
        if args.funnel:
            from event_funnel import measure as funnel

            figures = funnel(args.events, Path(workdir))
            for name, value in figures.items():
                print(f"{name}={value}", flush=True)
        if args.scale:
            from scale import measure_size, table as scale_table

            rows = []
            for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
                rows.append(measure_size(size, Path(workdir)))
                print(" ".join(f"{k}={v}" for k, v in rows[-1].items()), flush=True)
            print()
            print(scale_table(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
