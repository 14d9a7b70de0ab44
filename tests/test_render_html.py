"""The one-file HTML map: content, escaping of hostile text, evidence, labels, no external loads."""
from __future__ import annotations

import re

import pytest

from cjm_widgets.model import (Journey, MomentOfTruth, Observation, Opportunity, Override, PainPoint,
                               Persona, Score, Source, Stage, Touchpoint)

HOSTILE = '<script>alert(1)</script>'
FORMULA = '=HYPERLINK("x")'


def sample_journey(language: str = "en") -> Journey:
    """A small scored journey with hostile text in quotes, names and stage names.

    Stages: awareness (2 touchpoints), consideration (1 scored + 1 without evidence), "<script>" stage
    (1 touchpoint). Two personas with per-persona scores on some touchpoints.
    """
    stages = [
        Stage("awareness", "Awareness", goals=["Find a gift"], actions=["Scrolls Instagram"],
              thoughts=["Is this legit?"], backstage=["Ad campaign"], kpis=["Reach"]),
        Stage("consideration", "Consideration", goals=["Compare prices"], actions=["Reads reviews"]),
        Stage("decision", f"Decision {HOSTILE}", thoughts=[FORMULA]),
    ]
    tps = [
        Touchpoint("ads", "Instagram ads", "awareness", channel="social", owner="Marketing", reach=0.7),
        Touchpoint("store", "Shop window", "awareness", channel="store", online=False, owner="Retail"),
        Touchpoint("search", "Site search $5", "consideration", channel="website", owner="E-commerce"),
        Touchpoint("chat", "Live chat", "consideration", channel="chat", owner="Support"),
        Touchpoint("checkout", f"Checkout {HOSTILE}", "decision", channel="website", owner=FORMULA),
    ]
    obs = [
        Observation("ads", 0.5, "rating", Source("survey.csv", row=2, column="Q1"), text="Nice ads",
                    persona="p1"),
        Observation("ads", 1.0, "rating", Source("survey.csv", row=3, column="Q1"), persona="p2"),
        Observation("checkout", -1.0, "text", Source("survey.csv", row=4, column="Q9"), text=HOSTILE,
                    persona="p1"),
        Observation("checkout", -0.5, "quote", Source("anna.vtt", line=12, column="Anna"),
                    text=f"Payment failed {FORMULA}"),
        Observation("search", -0.6, "rating", Source("survey.csv", row=5, column="Q3"), text="Search is slow"),
        Observation("store", 0.1, "judgement", Source("workshop", column="team")),
    ]
    scores = [
        Score("ads", "touchpoint", 1.5, n=40, se=0.1, ci_low=1.3, ci_high=1.7, confidence="reliable",
              evidence=[0, 1]),
        Score("store", "touchpoint", 0.2, n=7, ci_low=-0.4, ci_high=0.8, confidence="indicative", evidence=[5]),
        Score("search", "touchpoint", -1.2, n=12, ci_low=-1.6, ci_high=-0.8, share_negative=0.75,
              confidence="indicative", evidence=[4]),
        Score("chat", "touchpoint", None, n=0),
        Score("checkout", "touchpoint", -1.6, n=3, ci_low=-2.0, ci_high=-0.9, share_negative=1.0,
              confidence="insufficient", evidence=[2, 3]),
        Score("awareness", "stage", 0.9, n=47, worst="store"),
        Score("consideration", "stage", -1.2, n=12, worst="search"),
        Score("decision", "stage", -1.6, n=3, worst="checkout"),
        Score("ads", "touchpoint", 1.0, n=20, ci_low=0.6, ci_high=1.4, confidence="indicative", persona="p1",
              evidence=[0]),
        Score("checkout", "touchpoint", -2.0, n=2, confidence="insufficient", persona="p1", evidence=[2]),
        Score("ads", "touchpoint", 1.9, n=20, ci_low=1.7, ci_high=2.0, confidence="indicative", persona="p2",
              evidence=[1]),
        Score("search", "touchpoint", -0.4, n=6, confidence="indicative", persona="p2"),
    ]
    personas = [
        Persona("p1", f"Bargain hunter {HOSTILE}", share=0.6, size=30, goals=["Low price"],
                frustrations=["Hidden fees"], channels=["social", "marketplace"],
                quote=f"I compare everything {FORMULA}",
                quote_source=Source("survey.csv", row=7, column="Q10"), color="red;background:url(x)"),
        Persona("p2", "Loyal fan", share=0.4, size=20, goals=["Quick reorder"], channels=["app"],
                quote="I just reorder", color="#0072b2"),
    ]
    return Journey(
        client=f"ACME {HOSTILE}", language=language, stages=stages, touchpoints=tps, personas=personas,
        observations=obs, scores=scores,
        overrides=[Override("search", -2.0, reason="Workshop: everyone hates it", author="Kim")],
        pain_points=[PainPoint("checkout", rule="interval below zero", severity=1.6, rank=2.1, evidence=[2, 3],
                               owner="Payments", note=FORMULA),
                     PainPoint("search", rule="drop from previous touchpoint", severity=1.2, rank=1.0)],
        moments_of_truth=[MomentOfTruth("checkout", "the end of the curve")],
        opportunities=[Opportunity("o1", f"One-click pay {HOSTILE}", touchpoint="checkout", impact=5, effort=2,
                                   owner="Payments", kpi="Checkout conversion"),
                       Opportunity("o2", FORMULA, stage="consideration", impact=3, effort=4)],
        votes={"opportunity:o1": 4, "pain:checkout": 3},
        kpis={"funnel": [
            {"stage": "awareness", "users": 120000, "conversion": 1.0, "drop_off": 0.0, "bottleneck": False},
            {"stage": "consideration", "users": 30000, "conversion": 0.25, "drop_off": 0.75, "bottleneck": True},
            {"stage": "decision", "users": 9000, "conversion": 0.3, "drop_off": 0.7, "bottleneck": False}],
            "nps": {"value": 12.5, "ci_low": 3.1, "ci_high": 21.9, "n": 80}},
    )


@pytest.fixture(scope="module")
def page() -> str:
    from cjm_widgets.render import render_map_html
    return render_map_html(sample_journey())


def _text(html_text: str) -> str:
    """The page's visible words roughly: tags dropped (the figure's SVG text included)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html_text))


def test_map_shows_stages_touchpoints_and_numbers(page):
    text = _text(page)
    for words in ("Awareness", "Consideration", "Instagram ads", "Shop window", "Live chat",
                  "Site search $5", "n=40", "[+1.30; +1.70]", "reliable", "indicative", "insufficient",
                  "+1.50", "-1.20", "worst moment: Site search $5", "Marketing", "offline"):
        assert words in text, words
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page


def test_touchpoint_without_evidence_says_so_and_gets_no_number(page):
    chat = page[page.index('data-touchpoint="chat"'):]
    chat = chat[:chat.index('data-touchpoint="checkout"')]
    assert "no evidence" in chat
    assert "n=" not in chat and "0.00" not in chat


def test_hostile_text_is_escaped_everywhere(page):
    assert "<script>alert" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 6  # client, stage, tp, persona, quote, opp
    assert page.count("<script") == 1  # only the map's own filter script
    # a persona colour that tries to inject CSS is replaced by a palette colour
    assert "url(x)" not in page


def test_evidence_panel_holds_quotes_with_sources_and_override(page):
    assert "Search is slow" in page and "survey.csv, row 5, Q3" in page
    assert "anna.vtt, line 12, Anna" in page
    search = page[page.index('data-touchpoint="search"'):page.index('data-touchpoint="chat"')]
    assert "workshop override" in search and "-2.00" in search and "everyone hates it" in search
    assert "-1.20" in search  # the data score stays beside the override


def test_personas_kpis_pains_opportunities_rendered(page):
    text = _text(page)
    for words in ("60% share of respondents", "Hidden fees", "source: survey.csv, row 7, Q10", "NPS", "12.5",
                  "[3.1; 21.9]", "bottleneck", "120,000", "25%", "interval below zero",
                  "One-click pay", "Checkout conversion", "the end of the curve", "Payments"):
        assert words in text, words
    assert 'data-filter="p1"' in page and 'data-filter="p2"' in page
    # persona scores are present but hidden until the filter selects them
    assert re.search(r'data-for="p2" hidden>\s*<b>\+1\.90</b>', page)


def test_no_external_references(page):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page
    assert not re.search(r"https?://(?!www\.w3\.org/)", page)  # only SVG namespace names
    assert page.count("<svg") == 3  # overall + two personas


def test_labels_follow_the_journey_language():
    from cjm_widgets.render import render_map_html
    pl = render_map_html(sample_journey("pl"))
    assert '<html lang="pl">' in pl and "Punkty bólu" in pl and "brak danych" in pl
    ru = render_map_html(sample_journey(), language="ru")
    assert '<html lang="ru">' in ru and "Болевые точки" in ru and "нет данных" in ru


def test_previous_map_shows_change():
    from cjm_widgets.render import render_map_html
    before = sample_journey()
    before.scores[0].value = 0.5  # ads was +0.50, is +1.50
    page = render_map_html(sample_journey(), previous=before)
    ads = page[page.index('data-touchpoint="ads"'):page.index('data-touchpoint="store"')]
    assert "+1.00 since the previous map" in _text(ads)
    assert _text(page).count("since the previous map") == 1  # unchanged scores carry no mark


def test_write_map_and_empty_journey(tmp_path):
    from cjm_widgets.model import Journey
    from cjm_widgets.render import write_map
    path = write_map(Journey(client="Empty"), tmp_path / "out" / "journey_map.html")
    text = path.read_text(encoding="utf-8")
    assert "Empty" in text and "none yet" in text


def test_label_falls_back_to_english_then_key():
    from cjm_widgets.labels import LABELS, label
    assert label("pain_points", "pl") == "Punkty bólu"
    assert label("pain_points", "de") == "Pain points"
    assert label("no_such_key", "ru") == "no_such_key"
    assert set(LABELS["en"]) == set(LABELS["pl"]) == set(LABELS["ru"])


def test_evidence_panel_shows_the_distribution_and_sample_answers_with_their_rows():
    from cjm_widgets.model import Observation, Source, Stage, Touchpoint
    from cjm_widgets.render import render_map_html
    from cjm_widgets.scoring import score_all

    answers = [1, 2, 2, 5, 4, 1, 1]
    observations = [Observation("delivery", (a - 3) / 2, "rating", Source("survey.csv", row=i + 2, column="Delivery?"),
                                raw=float(a), measure="likert") for i, a in enumerate(answers)]
    journey = score_all(Journey(language="pl", stages=[Stage("post", "Po zakupie")],
                                touchpoints=[Touchpoint("delivery", "Dostawa", "post")], observations=observations))
    page = render_map_html(journey)
    assert "Jak wypada materiał" in page and "7 ocen" in page
    assert "bardzo negatywne 3" in page and "bardzo pozytywne 1" in page
    assert "odpowiedź 1" in page and "survey.csv, wiersz 2, Delivery?" in page and ", row 2" not in page
