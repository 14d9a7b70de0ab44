"""Ingest at scale: the kit's read + validate + score path against pandas.read_csv of the same file.

The survey is Google-Forms-shaped (Timestamp, then 24 Likert 1..5 and 6 NPS 0..10 columns,
about 5% blanks). Each side runs in its own Python process, so the peak memory (ru_maxrss) is
that side's alone. Run one side: python benchmarks/survey_ingest.py kit|read_csv FILE
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

LIKERT, NPS = 24, 6
BLOCK = 10_000  # distinct random rows, repeated to the wanted size (writing stays fast)


def questions() -> list[dict]:
    """The kit.yaml survey.questions mapping for the generated columns, one touchpoint each."""
    likert = [{"column": f"How satisfied were you with touchpoint {i}?", "touchpoint": f"tp{i}",
               "type": "likert", "scale": 5} for i in range(1, LIKERT + 1)]
    nps = [{"column": f"How likely are you to recommend step {i} to a friend?", "touchpoint": f"nps{i}",
            "type": "nps"} for i in range(1, NPS + 1)]
    return likert + nps


def write_survey(path: Path, rows: int, seed: int = 0) -> Path:
    """A CSV of ``rows`` respondents; a block of random rows repeated keeps the writing time small."""
    rng = np.random.default_rng(seed)
    block = min(rows, BLOCK)
    columns = [rng.integers(1, 6, block) for _ in range(LIKERT)] + [rng.integers(0, 11, block) for _ in range(NPS)]
    blanks = rng.random((len(columns), block)) < 0.05
    seconds = rng.integers(0, 86_400 * 90, block)
    lines = []
    for r in range(block):
        stamp = time.strftime("%Y/%m/%d %H:%M:%S", time.gmtime(1_704_067_200 + int(seconds[r])))
        cells = ["" if blanks[c, r] else str(columns[c][r]) for c in range(len(columns))]
        lines.append(",".join([stamp, *cells]))
    body = "\n".join(lines) + "\n"
    header = ",".join(["Timestamp", *(q["column"] for q in questions())]) + "\n"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header)
        for _ in range(rows // block):
            handle.write(body)
        handle.write("".join(line + "\n" for line in lines[: rows % block]))
    return path


def kit_side(path: str) -> dict:
    """read_survey (tool, encoding, header, types, problems) then a score per touchpoint."""
    from cjm_widgets.model import Journey, Stage, Touchpoint
    from cjm_widgets.scoring import score_evidence
    from cjm_widgets.survey import read_survey, survey_evidence

    started = time.perf_counter()
    survey = read_survey(path)
    evidence, problems = survey_evidence(survey, questions())
    journey = Journey(stages=[Stage("s", "s")], touchpoints=[Touchpoint(q["touchpoint"], q["touchpoint"], "s")
                                                             for q in questions()])
    scores = [s for s in score_evidence(evidence, journey) if s.level == "touchpoint"]
    seconds = time.perf_counter() - started
    assert len(scores) == LIKERT + NPS and not problems and not survey.problems, (problems, survey.problems)
    return {"seconds": seconds, "rows": len(survey.frame), "format": survey.format}


def read_csv_side(path: str) -> dict:
    import pandas as pd

    started = time.perf_counter()
    frame = pd.read_csv(path)
    return {"seconds": time.perf_counter() - started, "rows": len(frame)}


def measure_side(side: str, path: Path) -> dict:
    """Run one side in a fresh interpreter; seconds exclude the interpreter's own start."""
    output = subprocess.run([sys.executable, __file__, side, str(path)], check=True, capture_output=True,
                            text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure(rows: int, workdir: Path, repeats: int = 1) -> dict[str, float]:
    """Best of ``repeats`` per side, each in a fresh process."""
    path = write_survey(workdir / "survey_large.csv", rows)
    base = min((measure_side("read_csv", path) for _ in range(repeats)), key=lambda r: r["seconds"])
    kit = min((measure_side("kit", path) for _ in range(repeats)), key=lambda r: r["seconds"])
    return {"ingest_rows": rows, "ingest_mb": round(path.stat().st_size / 2**20, 1),
            "ingest_s": round(kit["seconds"], 2), "read_csv_s": round(base["seconds"], 2),
            "ingest_vs_read_csv_ratio": round(kit["seconds"] / base["seconds"], 2),
            "ingest_peak_mb": round(kit["peak_mb"]), "read_csv_peak_mb": round(base["peak_mb"])}


if __name__ == "__main__":
    side, file = sys.argv[1], sys.argv[2]
    result = (kit_side if side == "kit" else read_csv_side)(file)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps(result))
