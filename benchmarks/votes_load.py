"""Thirty participants dot-voting on one client while the facilitator keeps editing it.

Each participant is its own process (as each Voilà tab is its own kernel) calling
``cjm_widgets.edits.cast_vote`` -- what the page's +1 / -1 buttons call -- with a short think
time between clicks: +1 until its dots run out, one +1 too many (refused), then it takes one
back and votes again. One
more process keeps editing through ``update_journey`` (a counter in the notes, so a lost edit
shows). Afterwards the totals on disk must equal the sum of every accepted vote, each voter's
ballot must hold at most ``max_dots`` dots and equal its own tally, and the counter must equal
the number of edits made.

    python benchmarks/votes_load.py [--participants 30] [--seconds 60] [--max-dots 3]

prints ``name=value`` lines: votes, refused, edits, p50/p95/max vote latency in ms (goal p95 <= 300).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from cjm_widgets.edits import EditRefused, cast_vote, read_journey, update_journey, vote_items
from cjm_widgets.model import Journey, Opportunity, PainPoint, Stage, Touchpoint


def make_client(folder: Path, items: int = 8) -> Path:
    """A journey with ``items`` pain points and as many opportunities."""
    Journey(client="Load", stages=[Stage("decision", "Decision")],
            touchpoints=[Touchpoint(f"t{i}", f"Touchpoint {i}", "decision") for i in range(items)],
            pain_points=[PainPoint(f"t{i}", rule="score below -1") for i in range(items)],
            opportunities=[Opportunity(f"o{i}", f"Opportunity {i}") for i in range(items)],
            notes="0").save(folder / "journey.json")
    return folder


def participant(client: str, voter: str, deadline: float, clicks: int, max_dots: int, think: float, seed: int,
                results) -> None:
    """Click until the deadline or ``clicks`` clicks: +1 while dots are left; at the limit one +1
    too many (must be refused), then -1 to free a dot, and on."""
    rng = random.Random(seed)
    items = [key for key, _ in vote_items(read_journey(client))]
    mine: Counter = Counter()
    latencies, refused, tried_extra = [], 0, False
    while time.time() < deadline and len(latencies) < clicks:
        time.sleep(rng.uniform(0, 2 * think))
        if sum(mine.values()) < max_dots or not tried_extra:
            item, dots = rng.choice(items), 1
            tried_extra = sum(mine.values()) >= max_dots
        else:
            item, dots = rng.choice([i for i, n in mine.items() if n > 0]), -1
            tried_extra = False
        started = time.perf_counter()
        try:
            cast_vote(client, item, voter, dots, max_dots=max_dots)
            mine[item] += dots
        except EditRefused:
            refused += 1
        latencies.append(time.perf_counter() - started)
    results.put({"voter": voter, "tally": dict(mine), "latencies": latencies, "refused": refused})


def facilitator(client: str, stop, results) -> None:
    edits = 0

    def count(journey) -> None:
        journey.notes = str(int(journey.notes) + 1)

    while True:
        update_journey(client, count)
        edits += 1
        if stop.wait(0.25):  # four edits a second: faster than any facilitator types
            break
    results.put({"edits": edits})


def run_load(client: Path, *, participants: int = 30, seconds: float = 60, clicks: int = 10**9,
             max_dots: int = 3, think: float = 0.3) -> dict:
    """Run the load (until ``seconds`` pass or every participant made ``clicks`` clicks) and check
    what is on disk; returns the figures and a list of failures."""
    context = multiprocessing.get_context("fork")
    results, stop = context.Queue(), context.Event()
    deadline = time.time() + seconds
    voters = [context.Process(target=participant, args=(str(client), f"voter {i}", deadline, clicks, max_dots,
                                                        think, i, results)) for i in range(participants)]
    editor = context.Process(target=facilitator, args=(str(client), stop, results))
    for process in [*voters, editor]:
        process.start()
    reports = [results.get(timeout=seconds + 120) for _ in voters]
    stop.set()
    reports.append(results.get(timeout=120))
    for process in [*voters, editor]:
        process.join()
    return check(client, reports, max_dots)


def check(client: Path, reports: list[dict], max_dots: int) -> dict:
    voters = [r for r in reports if "voter" in r]
    edits = next(r["edits"] for r in reports if "edits" in r)
    journey = read_journey(client)
    ballots = json.loads((client / "journey.ballots.json").read_text(encoding="utf-8"))
    expected = Counter()
    failures = []
    for report in voters:
        expected.update(report["tally"])
        on_disk = {k: v for k, v in ballots.get(report["voter"], {}).items() if v}
        if on_disk != {k: v for k, v in report["tally"].items() if v}:
            failures.append(f"{report['voter']}: ballot on disk {on_disk} != votes accepted {report['tally']}")
        if sum(on_disk.values()) > max_dots:
            failures.append(f"{report['voter']}: {sum(on_disk.values())} dots, more than {max_dots}")
    totals = {k: v for k, v in journey.votes.items() if v}
    if totals != {k: v for k, v in expected.items() if v}:
        failures.append(f"totals on disk {totals} != sum of accepted votes {dict(expected)}")
    if journey.notes != str(edits):
        failures.append(f"facilitator made {edits} edits, journey.json counts {journey.notes}")
    latencies = sorted(t for r in voters for t in r["latencies"])
    return {"votes": len(latencies) - sum(r["refused"] for r in voters), "refused": sum(r["refused"] for r in voters),
            "edits": edits, "p50_ms": _ms(latencies, 0.50), "p95_ms": _ms(latencies, 0.95),
            "max_ms": _ms(latencies, 1.0), "failures": failures}


def _ms(values: list[float], q: float) -> float:
    return round(1000 * values[min(len(values) - 1, int(q * len(values)))], 1) if values else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--max-dots", type=int, default=3)
    parser.add_argument("--think", type=float, default=0.3, help="mean seconds between a participant's clicks")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        figures = run_load(make_client(Path(folder)), participants=args.participants, seconds=args.seconds,
                           max_dots=args.max_dots, think=args.think)
    for failure in figures.pop("failures"):
        print(f"LOST: {failure}", file=sys.stderr)
        figures["lost"] = True
    for name, value in figures.items():
        print(f"{name}={value}")
    return 1 if figures.get("lost") else 0


if __name__ == "__main__":
    sys.exit(main())
