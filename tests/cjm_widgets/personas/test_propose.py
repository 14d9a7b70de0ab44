"""Personas from segments: counted statements, real quotes, cards, personas.json, team edits across reruns."""
from __future__ import annotations

import copy
import json

import pandas as pd
import pytest

from cjm_widgets.model import Observation, Persona, Source, Touchpoint
from cjm_widgets.personas import (assign_personas, persona_cards_html, personas_json,
                                  propose_personas, reconcile, segment_clusters, segment_rules)
from .test_segment import COLUMNS, planted_population

TOUCHPOINTS = [Touchpoint("search", "Site search", "consideration", channel="website"),
               Touchpoint("delivery", "Delivery", "post_purchase", channel="courier"),
               Touchpoint("checkout", "Checkout", "decision", channel="app")]


@pytest.fixture(scope="module")
def population():
    return planted_population()


@pytest.fixture(scope="module")
def clustered(population):
    respondents, _, observations = population
    labels, _ = segment_clusters(respondents, COLUMNS, seed=0)
    personas = propose_personas(respondents, labels, observations, TOUCHPOINTS, channel_column="channel",
                                demographic_columns=["age", "order"])
    return labels, personas


def by_channel(personas, channel):
    return next(p for p in personas if p.definition["centre"]["channel"] == channel)


def test_shares_sum_to_one_and_sizes_count_everyone(population, clustered):
    respondents, _, observations = population
    labels, personas = clustered
    assert len(personas) == 3
    assert sum(p.share for p in personas) == pytest.approx(1.0, abs=1e-12)
    assert sum(p.size for p in personas) == len(respondents)
    rules = propose_personas(respondents, segment_rules(respondents, ["channel", "order"], min_size=20),
                             observations, TOUCHPOINTS)
    assert sum(p.share for p in rules) == pytest.approx(1.0, abs=1e-12)
    assert rules[-1].name == "Other shoppers"


def test_every_persona_has_counted_goals_frustrations_channels_and_a_verbatim_quote(population, clustered):
    respondents, _, observations = population
    labels, personas = clustered
    for persona in personas:
        assert persona.goals and persona.frustrations and persona.channels, persona
        members = set(persona.definition["members"])
        said = [ob for ob in observations if ob.respondent in members and ob.text]
        match = [ob for ob in said if ob.text == persona.quote]
        assert match and persona.quote_source == match[0].source
    app = by_channel(personas, "app")
    members = app.definition["members"]
    liked = sum(1 for ob in observations if ob.respondent in members and ob.touchpoint == "checkout"
                and ob.kind == "rating" and ob.valence > 0)
    assert f"Values Checkout: {liked} of {len(members)} respondents positive" in app.goals
    assert app.frustrations[0].startswith("Delivery: ")
    users = (respondents.loc[members, "channel"] == "app").sum()
    assert app.channels[0] == f"app ({users} of {len(members)})"
    assert app.demographics["order"].startswith("returning (")
    website = by_channel(personas, "website")
    assert website.frustrations[0].startswith("Site search: ") and "%" in website.frustrations[0]
    assert website.name == "First-time buyers, 34–54, website"  # "first order" is said as the people it makes


def test_without_a_channel_column_no_channel_is_claimed(population):
    """A touchpoint's channel is where the brand meets everyone, not what a persona prefers."""
    respondents, truth, observations = population
    personas = propose_personas(respondents, truth.map(str), observations, TOUCHPOINTS)
    assert all(p.channels == [] for p in personas)


def _two_personas_saying(said: dict) -> list:
    """Personas a (respondents u, v, w) and b (x, y, z), each respondent's open answer as ``said``."""
    respondents = pd.DataFrame({"g": ["a"] * 3 + ["b"] * 3}, index=list("uvwxyz"))
    observations = [Observation("delivery", -0.5, "text", Source("s.csv", row=i + 2, column="Q"), text=t, respondent=r)
                    for i, (r, t) in enumerate(said.items())]
    return propose_personas(respondents, respondents["g"], observations, TOUCHPOINTS)


def test_each_persona_gets_its_own_quote_never_markup_or_a_formula():
    a, b = _two_personas_saying({
        "u": "=HYPERLINK(\"http://x\")", "v": "The delivery was late twice, never again with that courier",
        "w": "<b>bold</b> claim about the whole shop experience", "x": "The delivery was late twice, never again with that courier",
        "y": "Checkout was quick and the courier called before coming", "z": "ok"})
    assert a.quote == "The delivery was late twice, never again with that courier"
    assert b.quote == "Checkout was quick and the courier called before coming"


def test_a_quote_is_never_markup_on_a_later_line_nor_another_personas_in_other_case():
    a, b = _two_personas_saying({
        "u": "Delivery was fine, but\n<script>alert(1)</script> here", "v": "The courier was late, never again!",
        "w": "Payment &lt;b&gt;broke&lt;/b&gt; at the last step", "x": "the courier was LATE never again",
        "y": "  ", "z": "Checkout was quick and the courier called before coming"})
    assert a.quote == "The courier was late, never again!"
    assert b.quote == "Checkout was quick and the courier called before coming"  # x is a's quote again


def test_the_quote_comes_from_a_member_who_gives_the_personas_answers():
    """Of two open answers alike in length and feeling, the one of a member who is what the persona's
    name says (18–24, on a phone) stands for it, not one of the few 55+ members' in file order first."""
    ids = [str(i) for i in range(40)]
    ages = ["55+"] * 4 + ["18–24"] * 16 + ["35–44"] * 20
    devices = ["Computer"] * 4 + ["Phone"] * 16 + ["Computer"] * 20
    comments = [f"As a retired teacher I needed help with the site, number {i}" if i < 4 else
                f"Ordering on my phone at night was quick, number {i}" for i in range(40)]
    respondents = pd.DataFrame({"What is your age group?": ages, "Which device did you use?": devices,
                                "Anything else you would like to tell us?": comments}, index=ids)
    labels = pd.Series(["young"] * 20 + ["older"] * 20, index=ids)
    young = next(p for p in propose_personas(respondents, labels, [], [],
                                             demographic_columns=list(respondents.columns)[:2])
                 if p.definition["segments"] == ["young"])
    assert young.name == "Shoppers on phones, 18–24"
    assert young.quote == "Ordering on my phone at night was quick, number 4"


def test_a_large_segment_keeps_a_bounded_member_sketch_that_still_recognises_it():
    from cjm_widgets.personas.propose import SKETCH
    from cjm_widgets.personas.reconcile import _jaccard

    ids = [str(i) for i in range(20_000)]
    respondents = pd.DataFrame({"g": ["a"] * 10_000 + ["b"] * 10_000}, index=ids)
    a, b = propose_personas(respondents, respondents["g"], [], [])
    assert len(a.definition["members"]) == SKETCH == len(b.definition["members"])
    again, = propose_personas(respondents.iloc[:9_000], respondents["g"].iloc[:9_000], [], [])
    assert _jaccard(set(a.definition["members"]), set(again.definition["members"])) > 0.8
    assert _jaccard(set(a.definition["members"]), set(b.definition["members"])) == 0


def test_multi_choice_channel_answers_are_split():
    respondents = pd.DataFrame({"ch": ["App; Website", "App", "Store|App", None]}, index=list("abcd"))
    labels = pd.Series("all", index=respondents.index)
    persona, = propose_personas(respondents, labels, [], [], channel_column="ch")
    assert persona.channels == ["App (3 of 3)", "Store (1 of 3)", "Website (1 of 3)"]


def test_ids_are_stable_across_runs_and_follow_the_rule(population):
    respondents, _, observations = population
    labels = segment_rules(respondents, ["order"], min_size=5)
    first = [p.id for p in propose_personas(respondents, labels, observations, TOUCHPOINTS)]
    again = [p.id for p in propose_personas(respondents, labels, observations, TOUCHPOINTS)]
    other = [p.id for p in propose_personas(respondents, segment_rules(respondents, ["channel"]), observations,
                                            TOUCHPOINTS)]
    assert first == again and len(set(first)) == 2 and not set(first) & set(other)


def test_polish_and_russian_names_and_statements(population, clustered):
    respondents, _, observations = population
    labels, _ = clustered
    polish = propose_personas(respondents, labels, observations, TOUCHPOINTS, language="pl", channel_column="channel")
    russian = propose_personas(respondents, labels, observations, TOUCHPOINTS, language="ru", channel_column="channel")
    website = [p for p in polish if p.definition["centre"]["channel"] == "website"]
    assert [p.name for p in website] == ["Nowi klienci, 34–54 lata, website"]
    assert website[0].who == ["97% kupuje u nas pierwszy raz.", "Wszyscy mają 34–54 lata.",
                              "channel: najczęściej website (93%)."]
    assert {p.name for p in polish} == {"Stali klienci, 15–33 lata, app", "Stali klienci, 55–77 lat, phone",
                                        "Nowi klienci, 34–54 lata, website"}
    assert any(" z " in g and "respondentów pozytywnie" in g for p in polish for g in p.goals)
    assert {p.name for p in russian} == {"Постоянные покупатели, 15–33 года, app",
                                         "Постоянные покупатели, 55–77 лет, phone",
                                         "Новые покупатели, 34–54 года, website"}
    assert any("недовольны" in f for p in russian for f in p.frustrations)
    with pytest.raises(ValueError, match="unknown language"):
        propose_personas(respondents, labels, observations, TOUCHPOINTS, language="de")


def test_assign_personas_marks_members_and_keeps_other_evidence(population, clustered):
    _, _, observations = population
    labels, personas = clustered
    judgement = Observation("search", 0.5, "judgement", Source("workshop"), persona="kept")
    assigned = assign_personas(observations + [judgement], labels, personas)
    assert all(ob.persona is None for ob in observations)  # a new list; the input is untouched
    persona_of = {m: p.id for p in personas for m in p.definition["members"]}
    assert all(ob.persona == persona_of[ob.respondent] for ob in assigned[:-1])
    assert assigned[-1].persona == "kept"


def test_cards_escape_hostile_text_and_show_counts():
    hostile = Persona(id="p-x", name="<img src=x onerror=alert(1)>", share=0.4, size=12,
                      goals=["Values <b>Search</b>: 5 of 12 respondents positive"],
                      frustrations=["Delivery: 7 of 12 respondents negative (58%)"], channels=["app (9 of 12)"],
                      quote="</blockquote><script>alert('x')</script>", color="red;background:url(http://evil)",
                      quote_source=Source("survey.csv", row=14, column="comment"), picture="<svg onload=1>")
    html = persona_cards_html([hostile])
    assert "<script>" not in html and "<img" not in html and "<svg" not in html and "evil" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "40% · 12 respondents" in html and "7 of 12 respondents negative (58%)" in html
    assert "Source: survey.csv, row 14, comment" in html
    assert "--c:#0072b2" in html  # an unsafe colour falls back to the palette the map uses


def test_cards_are_labelled_in_polish_and_russian(clustered):
    _, personas = clustered
    polish, russian = persona_cards_html(personas, language="pl"), persona_cards_html(personas, language="ru")
    assert "Cele" in polish and "Frustracje" in polish and "Kanały" in polish and 'lang="pl"' in polish
    assert "Цели" in russian and "Каналы" in russian and "респондентов" in russian
    for persona in personas:
        assert f'id="persona-{persona.id}"' in polish


def test_a_cards_quote_source_is_said_in_the_cards_language():
    persona = Persona(id="p-1", name="Ola", share=0.5, size=10, quote="Too slow",
                      quote_source=Source("survey.csv", row=14, column="comment"))
    assert "survey.csv, wiersz 14, comment" in persona_cards_html([persona], language="pl")
    assert "survey.csv, строка 14, comment" in persona_cards_html([persona], language="ru")


def test_personas_json_follows_the_contract(clustered):
    _, personas = clustered
    data = json.loads(json.dumps(personas_json(personas), ensure_ascii=False))
    assert sum(d["share"] for d in data) == pytest.approx(1.0)
    for entry, persona in zip(data, personas):
        assert {"name", "share", "size", "goals", "frustrations", "channels", "quote", "source"} <= set(entry)
        assert entry["source"] == {"file": "survey.csv", "row": persona.quote_source.row, "column": "comment"}


# ---- team edits ----------------------------------------------------------------------

def test_edits_survive_a_rerun_on_new_data(population, clustered):
    respondents, _, observations = population
    before = copy.deepcopy(clustered[1])
    app = by_channel(before, "app")
    app.name, app.goals, app.color = "Ola, the app loyalist", ["Pay in two taps"], "#aa3366"
    app.quote, app.quote_source = "Hand-picked quote", Source("interview_3.vtt", line=42)
    app.edited = ["name", "goals", "color", "quote"]
    wave, _, wave_observations = planted_population(per_segment=15, seed=8)  # the survey's next wave
    wave.index = "w2-" + wave.index
    for ob in wave_observations:
        ob.respondent = "w2-" + ob.respondent
    more, more_observations = pd.concat([respondents, wave]), observations + wave_observations
    labels, _ = segment_clusters(more, COLUMNS, seed=0)
    fresh = propose_personas(more, labels, more_observations, TOUCHPOINTS, channel_column="channel")
    kept, messages = reconcile(fresh, before)
    again = next(p for p in kept if p.name == "Ola, the app loyalist")
    assert again.id == app.id and again.goals == ["Pay in two taps"] and again.color == "#aa3366"
    assert again.quote_source == Source("interview_3.vtt", line=42) and again.edited == app.edited
    assert again.size == sum(1 for v in labels if v == labels[again.definition["members"][0]])
    assert again.frustrations != app.frustrations or again.frustrations[0].startswith("Delivery")
    assert sum(p.share for p in kept) == pytest.approx(1.0)
    assert len(kept) == 3 and messages == []


def test_reconcile_reports_big_moves_lost_and_new_segments():
    def persona(pid, share, members, **kw):
        return Persona(id=pid, name=pid.upper(), share=share, size=len(members),
                       definition={"segments": [pid], "members": members}, **kw)

    previous = [persona("a", 0.5, ["1", "2", "3", "4"]), persona("b", 0.3, ["5", "6", "7"]),
                persona("c", 0.1, ["8", "9"], edited=["name"]), persona("e", 0.1, ["13"])]
    previous[3].definition["centre"] = {"channel": "app", "age": 30.0}
    new = [persona("a", 0.45, ["1", "2", "3", "4", "10"]), persona("b2", 0.45, ["5", "6", "7", "11"]),
           persona("d", 0.05, ["12"]), persona("e2", 0.05, ["14"])]
    new[3].definition["centre"] = {"channel": "app", "age": 32.0}
    kept, messages = reconcile(new, previous)
    # b2 continues b (same members), e2 continues e (nearby centre): the earlier ids are kept
    assert [p.id for p in kept] == ["a", "b", "d", "e"]
    assert "Persona 'B2': share moved from 30% to 45%." in messages  # a: 5 points, not reported
    assert "Persona 'C' (10%) matches no segment in the new data; its team edits (name) were not carried over." \
        in messages
    assert "New segment 'D' (5%) has no earlier persona: review it." in messages
    assert len(messages) == 3
    _, polish = reconcile(new, previous, language="pl")
    assert polish == ["Persona „B2”: udział zmienił się z 30% na 45%.",
                      "Persona „C” (10%) nie pasuje do żadnego segmentu w nowych danych; zmiany zespołu (name) nie "
                      "zostały przeniesione.",
                      "Nowy segment „D” (5%) nie ma wcześniejszej persony: przejrzyj go."]
    _, russian = reconcile(new, previous, language="ru")
    assert "Персона «B2»: доля изменилась с 30\xa0% до 45\xa0%." in russian


# ---- real export ---------------------------------------------------------------------

def test_personas_from_a_real_google_forms_export(real_fixtures):
    path = real_fixtures / "google_forms" / "google_forms_via_sheets_sp24.csv"
    frame = pd.read_csv(path, dtype=str)
    frame.index = [str(row) for row in range(2, len(frame) + 2)]  # spreadsheet rows, header = 1
    opinion, level, why = frame.columns[1], frame.columns[3], frame.columns[2]
    observations = [Observation(None, 0.0, "text", Source(path.name, row=int(rid), column=why),
                                text=text, respondent=rid) for rid, text in frame[why].dropna().items()]
    labels = segment_rules(frame, [opinion, level], min_size=5)
    personas = propose_personas(frame, labels, observations, [], demographic_columns=[level])
    raw = path.read_text(encoding="utf-8")
    assert sum(p.share for p in personas) == pytest.approx(1.0) and sum(p.size for p in personas) == len(frame)
    for persona in personas:
        assert persona.quote and persona.quote in raw and persona.goals
        assert frame.loc[str(persona.quote_source.row), why].strip() == persona.quote


def test_without_coded_comments_the_quote_is_a_members_open_answer():
    ids = [str(row) for row in range(2, 32)]
    respondents = pd.DataFrame({
        "source_row": range(2, 32),
        "Timestamp": [f"3/2/2026 9:{m:02d}:00" for m in range(30)],
        "group": ["a"] * 15 + ["b"] * 15,
        "Anything else?": [f"Answer number {i} from a real person" if i % 3 else "-" for i in range(30)],
    }, index=ids)
    ratings = [Observation("search", 0.5, "rating", Source("shop.csv", row=int(rid), column="q1"), respondent=rid)
               for rid in ids]
    personas = propose_personas(respondents, respondents["group"], ratings, TOUCHPOINTS)
    for persona in personas:
        source = persona.quote_source
        assert source.file == "shop.csv" and source.column == "Anything else?"
        row = respondents.loc[respondents["source_row"] == source.row].iloc[0]
        assert row["Anything else?"] == persona.quote and row["group"] == persona.definition["segments"][0]


def test_members_who_skipped_the_channel_question_claim_no_channel():
    respondents = pd.DataFrame({"ch": [None, None, "Store"]}, index=[10, 11, 12])  # ids as numbers
    labels = pd.Series(["x", "x", "y"], index=["10", "11", "12"])
    ratings = [Observation("delivery", -0.5, "rating", Source("s.csv", row=2), respondent="10")]
    x, y = propose_personas(respondents, labels, ratings, TOUCHPOINTS, channel_column="ch")
    assert x.channels == [] and y.channels == ["Store (1 of 1)"]


def test_a_merge_made_in_the_persona_editor_survives_a_rerun(population, clustered):
    from cjm_widgets.model import Journey
    from cjm_widgets.widgets.personas import merge_into

    labels, personas = clustered
    journey = Journey(personas=copy.deepcopy(personas))
    app, phone = by_channel(journey.personas, "app"), by_channel(journey.personas, "phone")
    together = app.size + phone.size
    merge_into(journey, app.id, phone.id)
    journey.persona(app.id).name = "Loyal customers"
    journey.persona(app.id).edited.append("name")
    kept, messages = reconcile(personas, journey.personas)
    assert len(kept) == 2 and messages == []
    loyal = next(p for p in kept if p.id == app.id)
    assert loyal.name == "Loyal customers" and loyal.size == together
    assigned = assign_personas(population[2], labels, kept)
    assert {ob.persona for ob in assigned} == {p.id for p in kept}
    again, messages = reconcile(personas, kept)  # the next rerun reads the merge as the rerun recorded it
    assert len(again) == 2 and messages == []
    assert next(p for p in again if p.id == app.id).name == "Loyal customers"


def test_names_and_who_they_are_read_as_words_in_the_clients_language():
    """A yes/no answer is named by its question's role, an age band reads as years, in Polish."""
    ids = [str(i) for i in range(40)]
    respondents = pd.DataFrame({"Czy to Twoje pierwsze zamówienie?": ["Tak"] * 20 + ["Nie"] * 20,
                                "Ile masz lat? (wiek)": ["18-24"] * 18 + ["55+"] * 2 + ["55+"] * 20}, index=ids)
    labels = pd.Series(["a"] * 20 + ["b"] * 20, index=ids)
    labels.attrs["definitions"] = {"a": {"rule": {"Czy to Twoje pierwsze zamówienie?": "Tak"}},
                                   "b": {"rule": {"Czy to Twoje pierwsze zamówienie?": "Nie", "Ile masz lat? (wiek)": "55+"}}}
    a, b = propose_personas(respondents, labels, [], [], language="pl", demographic_columns=list(respondents.columns))
    assert a.name == "Nowi klienci, 18-24 lata" and b.name == "Stali klienci, 55+ lat"
    assert a.who == ["Wszyscy kupują u nas pierwszy raz.", "Najczęściej 18-24 lata (90%)."]
    assert a.demographics == {"Pierwsze zamówienie": "tak (100%)", "Wiek": "18-24 (90%)"}
