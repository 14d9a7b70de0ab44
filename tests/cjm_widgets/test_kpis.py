"""NPS, CSAT, CES and the funnel against numbers computed by hand."""
from __future__ import annotations

import dataclasses
import json

import pytest

from cjm_widgets.errors import ConfigError, InputError
from cjm_widgets.kpis import measure_kpis, nps_of_valences, read_funnel
from cjm_widgets.model import Journey, Observation, Source, Stage, Touchpoint
from cjm_widgets.survey.valences import column_valences

STAGES = ["awareness", "interest", "consideration", "decision", "post_purchase"]


def answers_nps(answers):
    """The NPS the run reports for the overall question: per-respondent valences, then the interval."""
    return nps_of_valences(column_valences(answers, "nps", 0, 10)[0])


def ratings(measure, valences):
    return Journey(touchpoints=[Touchpoint("pay", "Pay", "decision")],
                   observations=[Observation("pay", v, "rating", Source("s.csv", row=i), stage="decision",
                                             measure=measure) for i, v in enumerate(valences, start=2)])


def test_nps_of_six_promoters_two_passives_two_detractors():
    result = answers_nps([9, 10, 9, 10, 9, 10, 7, 8, 3, 6])
    assert result["value"] == pytest.approx(40.0)
    assert (result["n"], result["promoters"], result["passives"], result["detractors"]) == (10, 6, 2, 2)
    # per answer +1/0/-1: variance p + d - (p - d)^2 = 0.6 + 0.2 - 0.16 = 0.64; se = sqrt(0.064) = 0.25298
    assert result["ci_low"] == pytest.approx(40 - 100 * 1.96 * 0.25298, abs=0.01)
    assert result["ci_high"] == pytest.approx(40 + 100 * 1.96 * 0.25298, abs=0.01)


def test_nps_identity_mean_of_category_valences():
    answers = [0, 3, 6, 7, 8, 9, 10, 10, 5, 9, 9]
    valences = [1 if x >= 9 else (0 if x >= 7 else -1) for x in answers]
    assert answers_nps(answers)["value"] == pytest.approx(100 * sum(valences) / len(valences))


def test_nps_skips_blanks():
    assert answers_nps([10, None, float("nan"), "9"])["n"] == 2
    assert answers_nps([])["value"] is None and answers_nps([])["ci_low"] is None


def test_csat_top_two_boxes_with_wilson_interval():
    top, middle, bottom = 1.0, 0.0, -1.0  # valences of 5 / 3 / 1 on a 5-point scale; 4 is +0.5
    result = measure_kpis(ratings("csat", [top, 0.5, 0.5, middle, -0.5, top, bottom, 0.5, top, middle]))["pay"]["csat"]
    assert result["value"] == pytest.approx(60.0) and result["n"] == 10
    # Wilson, p 0.6, n 10, z^2 3.8415: centre 0.79208 / 1.38415 = 0.57225,
    # half-width 1.96 x sqrt(0.024 + 0.0096) / 1.38415 = 0.25956 -> 31.27% .. 83.18%
    assert result["ci_low"] == pytest.approx(31.27, abs=0.01)
    assert result["ci_high"] == pytest.approx(83.18, abs=0.01)
    assert measure_kpis(ratings("csat", [top, top]))["pay"]["csat"]["ci_high"] == 100.0


def test_measure_kpis_per_touchpoint_and_stage():
    def rating(tp, v, measure):
        return Observation(tp, v, "rating", Source("s.csv", row=1), stage="decision", measure=measure)

    j = Journey(stages=[Stage("decision", "Decision")],
                touchpoints=[Touchpoint("cart", "Cart", "decision"), Touchpoint("pay", "Pay", "decision")],
                observations=[rating("cart", 1.0, "nps"), rating("cart", -1.0, "nps"), rating("pay", 1.0, "nps"),
                              rating("pay", 0.5, "csat"), rating("pay", 1 / 3, "csat"),
                              rating("pay", 2 / 3, "ces"), rating("cart", 0.0, "likert")])
    kpis = measure_kpis(j)
    assert kpis["cart"]["nps"]["value"] == 0.0 and kpis["cart"]["nps"]["n"] == 2
    assert kpis["decision"]["nps"]["value"] == pytest.approx(100 / 3)
    assert kpis["pay"]["csat"]["value"] == 50.0  # 4 of 5 is satisfied; 5 of 7 is not
    assert kpis["decision"]["ces"]["value"] == 100.0
    assert "likert" not in kpis["cart"]


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_funnel_from_counts_per_stage(tmp_path):
    path = write(tmp_path, "funnel.csv", "Users;Stage\n10000;Awareness\n4000;interest\n3000;Consideration\n"
                                         "900;decision\n600;post_purchase\n")
    rows = read_funnel(path, STAGES)
    assert [r["users"] for r in rows] == [10000, 4000, 3000, 900, 600]
    assert rows[0]["conversion"] is None and rows[1]["conversion"] == pytest.approx(0.4)
    assert rows[3]["drop_off"] == pytest.approx(0.7)
    assert [r["bottleneck"] for r in rows] == [False, False, False, True, False]
    assert rows.problems == [] and json.loads(json.dumps(rows))[3]["stage"] == "decision"


def test_funnel_counts_sum_repeated_stages_and_list_bad_rows(tmp_path):
    path = write(tmp_path, "ga.csv", "date,stage,sessions\n2024-01-01,awareness,100\n2024-01-02,awareness,50\n"
                                     "2024-01-01,interest,abc\n2024-01-02,interest,30\n")
    rows = read_funnel(path, STAGES)
    assert [r["users"] for r in rows] == [150, 30, None, None, None]
    assert rows[1]["conversion"] == pytest.approx(0.2) and rows[2]["conversion"] is None
    [problem] = rows.problems
    assert "ga.csv, line 4, column 'sessions'" in problem and "'abc'" in problem
    assert read_funnel(path, STAGES, language="pl").problems == [
        "ga.csv, wiersz 4, kolumna 'sessions': 'abc' to nie liczba użytkowników; wiersz pominięto. "
        "Poprawka: wpisz liczbę całkowitą."]


def test_funnel_unknown_stage_names_the_value_and_the_ids(tmp_path):
    path = write(tmp_path, "funnel.csv", "stage,users\nawareness,10\ncheckout,5\n")
    with pytest.raises(InputError) as err:
        read_funnel(path, STAGES)
    message = str(err.value)
    assert "funnel.csv" in message and "line 3" in message and "'checkout'" in message
    assert "awareness, interest, consideration, decision, post_purchase" in message
    assert err.value.in_language("ru") == (
        f"{path}, строка 3, столбец 'stage': этап 'checkout' не из этого пути. Исправление: Укажите один из id "
        "этапов: awareness, interest, consideration, decision, post_purchase.")


def test_funnel_from_an_event_log(tmp_path):
    log = ("user_id,timestamp,page_path\n"
           "u1,2024-03-01T10:00,/\nu1,2024-03-01T10:01,/product/shoe\nu1,2024-03-01T10:05,/cart\n"
           "u1,2024-03-01T10:06,/checkout/done\n"
           "u2,2024-03-01T11:00,/\nu2,2024-03-01T11:02,/product/hat\nu2,2024-03-01T11:03,/Product/shoe\n"
           "u3,2024-03-01T12:00,/blog\nu3,2024-03-01T12:01,/\n"
           ",2024-03-01T12:02,/cart\n")
    mapping = {"/": "awareness", "/product/*": "interest", "/cart*": "decision", "/checkout/done": "post_purchase"}
    rows = read_funnel(write(tmp_path, "events.csv", log), STAGES, mapping)
    # consideration has no pattern: not measured, and the order runs awareness > interest > decision > done
    assert [r["users"] for r in rows] == [3, 2, None, 1, 1]
    assert [r["users_any_order"] for r in rows] == [3, 2, None, 1, 1]
    assert rows[1]["conversion"] == pytest.approx(2 / 3)
    assert rows[2]["conversion"] is None and rows[3]["conversion"] == pytest.approx(1 / 2)
    assert rows.unmapped == 1  # /blog
    assert len(rows.problems) == 1 and "line 11" in rows.problems[0] and "'user_id'" in rows.problems[0]
    assert read_funnel(tmp_path / "events.csv", STAGES, mapping, language="pl").problems == [
        "events.csv, wiersz 11: pominięto zdarzenia z pustą kolumną 'user_id' lub 'page_path': 1. Poprawka: każde "
        "zdarzenie potrzebuje użytkownika i zdarzenia lub strony."]


def test_event_log_headers_are_matched_as_the_format_check_matched_them(tmp_path):
    """The check that calls a file an event log and the query that counts it read headers by one rule."""
    log = ("\ufeffUser  ID,Timestamp,Page  Path\n"
           "u1,2024-03-01T10:00,/\nu1,2024-03-01T10:01,/cart\nu2,2024-03-01T11:00,/\n")
    rows = read_funnel(write(tmp_path, "events.csv", log), STAGES, {"/": "awareness", "/cart": "interest"})
    assert [r["users"] for r in rows][:2] == [2, 1]


def test_ordered_funnel_counts_only_in_order_and_within_the_window(tmp_path):
    log = ("user_pseudo_id,event_timestamp,event_name\n"
           "a,1000000000,page_view\na,2000000000,add_to_cart\na,3000000000,purchase\n"  # in order
           "b,1000000000,purchase\nb,2000000000,page_view\nb,3000000000,add_to_cart\n"  # bought first
           f"c,1000000000,page_view\nc,{1000000000 + 31 * 86400 * 1000000},add_to_cart\n")  # 31 days later
    mapping = {"page_view": "awareness", "add_to_cart": "decision", "purchase": "post_purchase"}
    rows = read_funnel(write(tmp_path, "ga4.csv", log), STAGES, mapping)
    by_stage = {r["stage"]: r for r in rows}
    assert by_stage["awareness"]["users"] == 3
    assert by_stage["decision"]["users"] == 2 and by_stage["decision"]["users_any_order"] == 3  # c: too late
    assert by_stage["post_purchase"]["users"] == 1 and by_stage["post_purchase"]["users_any_order"] == 2
    week = read_funnel(write(tmp_path, "ga4.csv", log), STAGES, mapping, window_days=40)
    assert {r["stage"]: r["users"] for r in week}["decision"] == 3


def test_event_log_needs_a_valid_mapping(tmp_path):
    path = write(tmp_path, "events.csv", "user,timestamp,event\nu1,2024-01-01,view_item\n")
    with pytest.raises(ConfigError, match="analytics.mapping is empty"):
        read_funnel(path, STAGES)
    with pytest.raises(ConfigError, match="'checkout'.*awareness") as err:
        read_funnel(path, STAGES, {"view_item": "checkout"})
    assert "analytics.mapping 'view_item' wskazuje etap 'checkout', którego nie ma w tej ścieżce." in \
        err.value.in_language("pl")


def test_funnel_from_xlsx(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in [("Stage", "Count"), ("awareness", 200), ("interest", 50)]:
        sheet.append(row)
    book.save(tmp_path / "funnel.xlsx")
    rows = read_funnel(tmp_path / "funnel.xlsx", ["awareness", "interest"])
    assert [(r["users"], r["bottleneck"]) for r in rows] == [(200, False), (50, True)]


def test_funnel_without_known_columns(tmp_path):
    with pytest.raises(InputError, match="neither stage counts nor an event log"):
        read_funnel(write(tmp_path, "x.csv", "a,b\n1,2\n"), STAGES)


def test_funnel_rows_survive_the_journey_file(tmp_path):
    rows = read_funnel(write(tmp_path, "f.csv", "stage,users\nawareness,10\ninterest,5\n"), STAGES)
    j = Journey(kpis={"funnel": rows})
    loaded = Journey.load(j.save(tmp_path / "journey.json"))
    assert loaded.kpis["funnel"][1]["conversion"] == 0.5
    assert dataclasses.asdict(j)["kpis"]["funnel"] == list(rows)


def test_warehouse_query_output_reads_back_as_the_funnel(tmp_path):
    """What `cjm funnel-sql` prints, run by DuckDB on an event log, is a stage-counts file the kit reads."""
    import duckdb

    from cjm_widgets.funnel import warehouse_sql

    log = write(tmp_path, "events.csv", "user_pseudo_id,event_timestamp,event_name\n"
                "a,1000000000,page_view\na,2000000000,purchase\nb,1000000000,purchase\n")
    sql = warehouse_sql(STAGES, {"page_view": "awareness", "purchase": "post_purchase"},
                        table=f"read_csv('{log}', all_varchar = true)")
    sql = sql.replace("event_timestamp / 1000000", "CAST(event_timestamp AS DOUBLE) / 1000000")
    duckdb.sql(sql).write_csv(str(tmp_path / "counts.csv"))
    rows = read_funnel(tmp_path / "counts.csv", STAGES)
    assert [r["users"] for r in rows] == [1, None, None, None, 1]  # b bought without a page view first
