"""Property tests: arbitrary input never crashes a reader; what is read keeps its invariants."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_widgets import Journey
from cjm_widgets.errors import InputError
from cjm_widgets.kpis import read_funnel
from cjm_widgets.survey import read_survey

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

cells = st.one_of(st.integers(-3, 12).map(str), st.sampled_from(["", "Yes", "No", "very good", "=1+1", "a,b",
                                                                  'say "hi"', "line\nbreak", "żółć", "ёж"]),
                  st.text(max_size=20))


@st.composite
def csv_files(draw) -> bytes:
    width = draw(st.integers(1, 5))
    header = [draw(st.sampled_from(["Timestamp", "How satisfied were you?", "Rate us (1-5)", "Comment",
                                    "How likely are you to recommend us?", "Age"])) for _ in range(width)]
    rows = draw(st.lists(st.lists(cells, min_size=0, max_size=width + 1), max_size=8))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    quote = lambda c: '"' + c.replace('"', '""') + '"' if any(x in c for x in (delimiter, '"', "\n")) else c
    text = "\n".join(delimiter.join(quote(c) for c in row) for row in [header, *rows]) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1250", "cp1251"]))
    return text.encode(encoding, errors="replace")


@FAST
@given(content=st.one_of(csv_files(), st.binary(max_size=300)))
def test_any_survey_file_reads_or_fails_cleanly(tmp_path, content):
    path = tmp_path / "survey.csv"
    path.write_bytes(content)
    try:
        survey = read_survey(path)
    except InputError as exc:
        assert "survey.csv" in str(exc)
        return
    assert len(survey.rows) == len(survey.frame)
    for question in survey.questions:
        assert 0 <= question.n <= len(survey.frame)
        if question.mean is not None and question.scale:
            low, high = question.scale
            assert low - 1e-9 <= question.mean <= high + 1e-9
        if question.nps is not None:
            assert -100 <= question.nps <= 100


@FAST
@given(rows=st.lists(st.tuples(st.sampled_from(["awareness", "interest", "decision", "Interest", "x"]),
                               st.one_of(st.integers(-5, 10**6).map(str), cells)), max_size=8))
def test_any_funnel_reads_or_fails_cleanly(tmp_path, rows):
    path = tmp_path / "funnel.csv"
    path.write_text("stage,users\n" + "".join(f"{s},{u.replace(',', ' ').replace(chr(10), ' ')}\n"
                                              for s, u in rows), encoding="utf-8")
    try:
        funnel = read_funnel(path, ["awareness", "interest", "decision"])
    except InputError as exc:
        assert "funnel.csv" in str(exc)
        return
    for row in funnel:
        assert row["users"] is None or row["users"] >= 0
        if row["conversion"] is not None:
            assert row["drop_off"] == 1 - row["conversion"] or abs(row["drop_off"] + row["conversion"] - 1) < 1e-9
    assert sum(bool(row["bottleneck"]) for row in funnel) <= 1


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                                     st.text(max_size=5)),
                           lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                   st.dictionaries(st.sampled_from(
                                                       ["client", "stages", "id", "name", "touchpoints", "stage",
                                                        "schema_version", "votes", "x"]), inner, max_size=4)),
                           max_leaves=12)


@FAST
@given(data=json_values)
def test_any_journey_json_loads_or_fails_cleanly(tmp_path, data):
    path = tmp_path / "journey.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        journey = Journey.load(path)
    except InputError as exc:
        assert "journey.json" in str(exc)
        return
    assert Journey.load(journey.save(path)) == journey
