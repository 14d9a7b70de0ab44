"""The demo client: reproducible from its script, and its data tells the story the kit should find."""
from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from conftest import DEMO
from cjm_widgets.config import load_kit
from cjm_widgets.stages import stage_ids

AIDP = stage_ids("aidp")


def _generated(root: Path) -> dict[str, bytes]:
    files = [root / "kit.yaml", *sorted((root / "data").rglob("*"))]
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files if p.is_file()}


@pytest.fixture(scope="module")
def kit() -> dict:
    return yaml.safe_load((DEMO / "kit.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def survey(kit) -> pd.DataFrame:
    return pd.read_csv(DEMO / kit["survey"]["file"], dtype={"Timestamp": str}, keep_default_na=False,
                       na_values=[""])


def _column(kit: dict, touchpoint: str, qtype: str = "likert") -> str:
    return next(q["column"] for q in kit["survey"]["questions"]
                if q["touchpoint"] == touchpoint and q["type"] == qtype)


def test_regenerating_gives_identical_files(tmp_path):
    subprocess.run([sys.executable, str(DEMO / "make_demo.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    fresh, committed = _generated(tmp_path), _generated(DEMO)
    assert sorted(fresh) == sorted(committed)
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"rerun make_demo.py and commit: {changed}"


def test_kit_yaml_passes_the_kits_own_checks(kit):
    checked = load_kit(DEMO)
    assert (checked.client, checked.language, checked.stage_model) == ("Demo Shop", "en", "aidp")
    assert [t.id for t in checked.touchpoints] == [tp["id"] for tp in kit["touchpoints"]]
    assert set(kit) == {"client", "language", "stage_model", "survey", "interviews", "analytics",
                        "touchpoints", "stages", "scoring", "personas"}
    assert set(kit["survey"]) == {"file", "respondent_id", "questions", "overall", "segments"}
    for tp in kit["touchpoints"]:
        assert set(tp) == {"id", "name", "stage", "channel", "online", "owner", "reach", "importance",
                           "keywords"}
        assert tp["stage"] in AIDP
        assert 0 < tp["reach"] <= 1 and 1 <= tp["importance"] <= 5 and tp["keywords"]
    assert {tp["stage"] for tp in kit["touchpoints"]} == set(AIDP)
    ids = {tp["id"] for tp in kit["touchpoints"]}
    assert len(ids) == 13
    assert {q["touchpoint"] for q in kit["survey"]["questions"]} <= ids
    assert (DEMO / kit["interviews"]["dir"]).is_dir() and (DEMO / kit["analytics"]["file"]).is_file()


def test_every_mapped_column_is_in_the_survey_header(kit):
    with open(DEMO / kit["survey"]["file"], encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    mapped = [q["column"] for q in kit["survey"]["questions"]]
    assert set(mapped) <= set(header)
    assert kit["survey"]["overall"] in header and "recommend" in kit["survey"]["overall"]
    assert set(kit["survey"]["segments"]) <= set(header) and len(kit["survey"]["segments"]) == 4
    assert kit["personas"]["channel_column"] in header
    numeric = [h for h in header if h.startswith(("How satisfied", "If you"))]
    assert set(numeric) <= set(mapped), "every rating question is mapped"


def test_survey_has_the_shape_of_a_google_forms_export(survey, kit):
    raw = (DEMO / kit["survey"]["file"]).read_text(encoding="utf-8")
    assert 280 <= len(survey) <= 320
    assert survey.columns[0] == "Timestamp"
    assert survey["Timestamp"].str.fullmatch(r"\d{1,2}/\d{1,2}/2026 \d{1,2}:\d{2}:\d{2}").all()
    assert pd.to_datetime(survey["Timestamp"], format="%m/%d/%Y %H:%M:%S").is_monotonic_increasing
    assert not raw.startswith("\ufeff") and "\r" not in raw
    texts = survey[["What did you like most?", "What should we improve?"]].stack().dropna()
    assert texts.str.contains("\n").any() and texts.str.contains('"').any() and texts.str.contains(",").any()
    assert texts.map(lambda s: not s.isascii()).any()
    assert survey[_column(kit, "returns")].isna().mean() > 0.5  # optional questions left blank
    cells = survey.astype(str).stack()
    assert (cells == "<script>alert('x')</script>").sum() == 1
    assert cells.str.startswith("=HYPERLINK(").sum() == 1


def test_scales_are_respected(survey, kit):
    for q in kit["survey"]["questions"]:
        values = survey[q["column"]].dropna()
        low, high = (0, 10) if q["type"] == "nps" else (1, q["scale"])
        assert values.between(low, high).all() and (values == values.round()).all(), q["column"]
    assert survey[kit["survey"]["overall"]].notna().all()
    assert set(survey["What is your age group?"]) == {"18-24", "25-34", "35-44", "45-54", "55+"}
    assert set(survey["Is this your first order with us?"]) == {"Yes", "No"}
    assert set(survey["Which device did you use to place your order?"]) == {"Phone", "Computer", "Tablet"}


def test_touchpoint_means_tell_the_story(survey, kit):
    mean = {tp: survey[_column(kit, tp)].mean() for tp in ("search", "payment", "delivery", "returns",
                                                           "checkout", "product_page", "reviews")}
    assert mean["search"] > 4 and mean["payment"] > 4
    assert mean["delivery"] < 3 and mean["returns"] < 3
    assert mean["delivery"] < mean["checkout"] < mean["product_page"] < mean["search"]
    low = (survey[_column(kit, "delivery")] <= 2).mean()
    assert low > 0.4, "delivery has many 1s and 2s"
    first = survey["Is this your first order with us?"] == "Yes"
    account = survey[_column(kit, "account")]
    assert account[first].mean() < account[~first].mean() - 0.5


def _nps(scores: pd.Series) -> float:
    return 100 * ((scores >= 9).mean() - (scores <= 6).mean())


def test_segments_differ_as_the_story_says(survey, kit):
    age, device = survey["What is your age group?"], survey["Which device did you use to place your order?"]
    first = survey["Is this your first order with us?"] == "Yes"
    strugglers = (age == "55+") & first & (device == "Computer")
    fans = age.isin(["18-24", "25-34"]) & ~first & (device == "Phone")
    nps = survey[kit["survey"]["overall"]]
    assert strugglers.sum() >= 15 and fans.sum() >= 30
    assert _nps(nps[strugglers]) < -30 < _nps(nps) < _nps(nps[fans])
    for tp in ("checkout", "account", "payment"):
        col = survey[_column(kit, tp)]
        assert col[strugglers].mean() < col[~strugglers].mean() - 1, tp
    assert survey[_column(kit, "checkout", "ces")][strugglers].mean() < 3
    for tp in ("search", "payment"):
        col = survey[_column(kit, tp)]
        assert col[fans].mean() > col[~fans].mean(), tp


def test_ratings_correlate_with_nps(survey, kit):
    nps = survey[kit["survey"]["overall"]]
    for q in kit["survey"]["questions"]:
        if q["type"] != "nps":
            assert survey[q["column"]].corr(nps) > 0.25, q["column"]


SPEAKER = re.compile(r"^(?:<v ([^>]+)>|\*\*([^*:]+):\*\*|([A-Z][A-Za-z ]{0,30}): )")


def _speakers(path: Path) -> list[str]:
    """Speaker of each turn (consecutive cues of one speaker are one turn)."""
    turns: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        match = SPEAKER.match(line)
        if match:
            who = next(g for g in match.groups() if g)
            if not turns or turns[-1] != who:
                turns.append(who)
    return turns


def test_six_interviews_in_real_formats(kit):
    files = sorted((DEMO / kit["interviews"]["dir"]).iterdir())
    assert len(files) == 6
    assert {f.suffix for f in files} == {".vtt", ".srt", ".txt", ".md"}
    text = {f.name: f.read_text(encoding="utf-8") for f in files}
    vtt = [t for name, t in text.items() if name.endswith(".vtt")]
    assert all(t.startswith("WEBVTT\n") for t in vtt)
    assert any("<v " in t for t in vtt) and any(re.search(r"^\d+\n\d\d:\d\d:\d\d\.\d{3} --> ", t, re.M)
                                                 for t in vtt)
    assert any(re.search(r"\d\d:\d\d:\d\d,\d{3} --> ", t) for t in text.values())
    assert any(re.search(r"^Q: .*\n.*\nA: ", t, re.M) for t in text.values())
    keywords = {tp["id"]: tp["keywords"] for tp in kit["touchpoints"]}
    for f in files:
        turns = _speakers(f)
        assert 20 <= len(turns) <= 40, (f.name, len(turns))
        assert len(set(turns)) == 2, (f.name, set(turns))
        lower = text[f.name].lower()
        mentioned = {tp for tp, words in keywords.items() if any(w.lower() in lower for w in words)}
        assert {"delivery", "payment", "search"} <= mentioned and len(mentioned) >= 8, (f.name, mentioned)


def test_funnel_drops_most_at_decision(kit):
    funnel = pd.read_csv(DEMO / kit["analytics"]["file"])
    assert list(funnel.columns) == ["stage", "users"]
    assert list(funnel["stage"]) == AIDP
    users = funnel.set_index("stage")["users"]
    assert users["awareness"] == 120000 and users.is_monotonic_decreasing
    kept = users.shift(-1) / users  # share of a stage's users who reach the next one
    assert kept.idxmin() == "decision"
