"""A small scored journey with hostile text, shared by the map, export, label and browser tests."""
from __future__ import annotations

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
        Score("awareness", "stage", 0.9, n=47, confidence="reliable"),  # both touchpoints positive: no worst
        Score("consideration", "stage", -1.2, n=12, confidence="indicative", worst="search"),
        Score("decision", "stage", -1.6, n=3, confidence="insufficient", worst="checkout"),
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
