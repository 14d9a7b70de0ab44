"""journey.json survives a process killed mid-save, again and again."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from cjm_widgets import Journey
from cjm_widgets.model import backup_path

SAVER = textwrap.dedent("""
    import sys
    from cjm_widgets import Journey, Observation, Source, Touchpoint, stages_for
    path = sys.argv[1]
    journey = Journey(client="crash", stages=stages_for())
    journey.touchpoints = [Touchpoint(f"t{i}", f"Touchpoint {i}", "awareness") for i in range(50)]
    journey.observations = [Observation(f"t{i % 50}", 0.5, "rating", Source("s.csv", row=i), text="x" * 40)
                            for i in range(5000)]
    journey.save(path)  # a first good state, then saves to be killed in the middle of
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        journey.notes = str(n)
        journey.save(path)
""")


def test_twenty_kills_mid_save_always_leave_a_loadable_file(tmp_path):
    path = tmp_path / "journey.json"
    rng = random.Random(7)
    last_seen = 0
    for _ in range(20):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True)
        assert saver.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.6))
        os.kill(saver.pid, signal.SIGKILL)
        saver.wait()
        journey = Journey.load(path)
        assert len(journey.observations) == 5000
        last_seen = max(last_seen, int(journey.notes or 0))
        if backup_path(path).exists():
            assert len(Journey.load(backup_path(path)).observations) == 5000
    assert last_seen > 0
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in {"journey.json", "journey.json.bak"}]
    assert all(name.endswith(".tmp") or ".bak." in name for name in leftovers)
