"""An ordered funnel over a generated GA4-shaped event log: `python benchmarks/run.py --funnel`.

Users walk page_view -> view_item -> add_to_cart -> begin_checkout -> purchase, each step taken by a
share of those at the previous one, some out of order and some after the 30-day window; the log
is written as Parquet (as a warehouse export would be) and read by the kit's DuckDB query.
"""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np

STEPS = ("page_view", "view_item", "add_to_cart", "begin_checkout", "purchase")
STAGES = ("awareness", "interest", "consideration", "decision", "post_purchase")


def write_log(path: Path, events: int, seed: int = 0) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(seed)
    users = max(1, events // 4)
    user = rng.integers(0, users, events)
    step = np.minimum(rng.geometric(0.45, events) - 1, len(STEPS) - 1)
    start = 1_700_000_000_000_000 + rng.integers(0, 90 * 86400, users) * 1_000_000
    when = start[user] + step * rng.integers(60, 5 * 86400, events) * 1_000_000
    table = pa.table({"user_pseudo_id": pa.array(user.astype(str)), "event_timestamp": when,
                      "event_name": pa.array(np.array(STEPS)[step])})
    pq.write_table(table, path)
    return path


def measure(events: int, workdir: Path) -> dict:
    from cjm_widgets.kpis import read_funnel

    path = write_log(workdir / "events.parquet", events)
    started = time.perf_counter()
    rows = read_funnel(path, STAGES, dict(zip(STEPS, STAGES)))
    seconds = time.perf_counter() - started
    return {"funnel_events": events, "funnel_s": round(seconds, 2), "funnel_file_mb": round(path.stat().st_size / 2**20),
            "funnel_users": rows[0]["users"], "funnel_purchases_ordered": rows[-1]["users"],
            "funnel_purchases_any_order": rows[-1]["users_any_order"]}
