"""How the kit's cost grows with the survey: `python benchmarks/run.py --scale [--sizes 10000,100000]`.

For each size, a copy of workshop/demo whose survey is the demo's rows repeated to that many
respondents (13 ratings, 4 segment columns, the NPS question; interviews and funnel as in the
demo), measured in one run:
- `cjm run` seconds and the peak memory of its whole process tree (kernels included), sampled;
- the peak size of the client folder during the run, and what stays in out/ and history/;
- StageEditor open and one Add click, and journey.json's size after it;
- a reference in the same run: pandas read_csv of the survey plus a groupby().mean() of its
  rating columns by a segment column.
No goal is asserted here; benchmarks/README.md lists the goals.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "workshop" / "demo"


def grow_demo(target: Path, respondents: int) -> Path:
    """The demo client with its survey rows repeated to ``respondents`` rows (data/ otherwise as is)."""
    shutil.copytree(DEMO, target, ignore=shutil.ignore_patterns("out", "out.*", "journey.*", "history",
                                                                ".journey_history"))
    survey = target / "data" / "survey.csv"
    records = list(csv.reader(io.StringIO(survey.read_text(encoding="utf-8"), newline="")))
    header, rows = records[0], records[1:]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)  # answers may hold line breaks: repeat records
    block = buffer.getvalue()
    full, rest = divmod(respondents, len(rows))
    with survey.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(header)
        for _ in range(full):
            handle.write(block)
        csv.writer(handle, lineterminator="\n").writerows(rows[:rest])
    return target


class TreeSampler(threading.Thread):
    """Peak memory of a process and all its descendants, and the peak size of a folder.

    Two sums: resident sets (VmRSS; pages a forked worker shares with its parent count in both) and
    proportional sets (Pss; a shared page is split among its sharers, so the sum is what the tree
    really holds)."""

    def __init__(self, pid: int, folder: Path):
        super().__init__(daemon=True)
        self.pid, self.folder = pid, folder
        self.peak_rss = self.peak_pss = 0
        self.peak_disk = 0
        self.running = True

    def run(self) -> None:
        tick = 0
        while self.running:
            tree = _tree(self.pid)
            self.peak_rss = max(self.peak_rss, sum(_rss(p) for p in tree))
            if tick % 5 == 0:  # reading smaps walks every page table: once a second, not to slow the run down
                self.peak_pss = max(self.peak_pss, sum(_pss(p) for p in tree))
            tick += 1
            self.peak_disk = max(self.peak_disk, folder_bytes(self.folder))
            time.sleep(0.2)


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _rss(pid: int) -> int:
    return _kilobytes(f"/proc/{pid}/status", "VmRSS:")


def _pss(pid: int) -> int:
    return _kilobytes(f"/proc/{pid}/smaps_rollup", "Pss:")


def _kilobytes(path: str, field: str) -> int:
    """A ``field: N kB`` line of a /proc file, in bytes (0 once the process is gone)."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def folder_bytes(folder: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(folder):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(dirpath, name))
            except OSError:
                pass
    return total


def editor_timings(client: Path) -> dict:
    """StageEditor open and one Add click, in a fresh interpreter (as a facilitator's kernel)."""
    code = (
        "import time, sys\n"
        "t=time.perf_counter()\n"
        "from cjm_widgets.widgets import StageEditor\n"
        "imported=time.perf_counter()\n"
        f"e=StageEditor({str(client)!r})\n"
        "opened=time.perf_counter()\n"
        "e.new_name.value='Loyalty'\n"
        "e.add_button.click()\n"
        "clicked=time.perf_counter()\n"
        "assert 'Loyalty' in open(sys.argv[1], encoding='utf-8').read(), e.message.value\n"
        "print(opened-imported, clicked-opened)\n")
    out = subprocess.run([sys.executable, "-c", code, str(client / "journey.json")], check=True,
                         capture_output=True, text=True).stdout.split()
    return {"editor_open_s": round(float(out[0]), 3), "editor_add_s": round(float(out[1]), 3),
            "journey_json_kb": round((client / "journey.json").stat().st_size / 1024, 1)}


def reference(client: Path) -> float:
    """pandas read_csv of the survey plus a groupby().mean() of its rating columns."""
    code = (
        "import time, pandas as pd, sys\n"
        "t=time.perf_counter()\n"
        "f=pd.read_csv(sys.argv[1])\n"
        "ratings=[c for c in f.columns if c.startswith('How satisfied')]\n"
        "f.groupby(f.columns[1])[ratings].mean()\n"
        "print(time.perf_counter()-t)\n")
    return round(float(subprocess.run([sys.executable, "-c", code, str(client / "data" / "survey.csv")],
                                      check=True, capture_output=True, text=True).stdout), 2)


def measure_size(respondents: int, workdir: Path) -> dict:
    client = grow_demo(workdir / f"demo_{respondents}", respondents)
    raw = (client / "data" / "survey.csv").stat().st_size
    before = folder_bytes(client)
    cjm = Path(sys.executable).with_name("cjm")
    started = time.perf_counter()
    process = subprocess.Popen([str(cjm), "run", str(client), "--quiet"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(process.pid, client)
    sampler.start()
    _, err = process.communicate()
    seconds = time.perf_counter() - started
    sampler.running = False
    sampler.join()
    if process.returncode:
        raise RuntimeError(f"cjm run on {respondents} respondents failed: {err.strip().splitlines()[-1:]}")
    result = {"respondents": respondents, "survey_mb": round(raw / 2**20, 1), "run_s": round(seconds, 1),
              "peak_rss_mb": round(sampler.peak_rss / 2**20),
              "peak_pss_mb": round(sampler.peak_pss / 2**20), "peak_disk_mb": round((sampler.peak_disk - before) / 2**20, 1),
              "out_mb": round(folder_bytes(client / "out") / 2**20, 1),
              "history_kb": round(folder_bytes(client / "history") / 1024),
              "evidence_mb": round((client / "out" / "evidence.parquet").stat().st_size / 2**20, 1)}
    result |= editor_timings(client)
    result["reference_s"] = reference(client)
    shutil.rmtree(client, ignore_errors=True)
    return result


def measure(sizes, workdir: Path) -> list[dict]:
    return [measure_size(n, workdir) for n in sizes]


def table(rows: list[dict]) -> str:
    columns = list(rows[0])
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="|", lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[c] for c in columns])
    return buffer.getvalue()
