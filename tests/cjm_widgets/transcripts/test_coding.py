"""Coding transcripts to touchpoints, reading an interview directory, the quote bank, re-tagging."""
from __future__ import annotations

import shutil

import pytest

from cjm_widgets.errors import InputError
from cjm_widgets.model import Observation, Source, Touchpoint
from cjm_widgets.transcripts import (apply_quote_tags, code_transcript, quote_bank, read_interviews,
                                     read_transcript)
from cjm_widgets.transcripts.coding import JUDGED_STRENGTH

TOUCHPOINTS_EN = [
    Touchpoint(id="search", name="Site search", stage="consideration", keywords=["search", "filter"]),
    Touchpoint(id="delivery", name="Delivery", stage="post_purchase", keywords=["courier", "parcel"]),
    Touchpoint(id="returns", name="Returns", stage="post_purchase", keywords=["refund", "return label"]),
]
TOUCHPOINTS_PL = [
    Touchpoint(id="search", name="Wyszukiwarka", stage="consideration", keywords=["szukać", "filtr"]),
    Touchpoint(id="delivery", name="Dostawa", stage="post_purchase", keywords=["kurier", "paczka"]),
]

EN_INTERVIEW = """Interviewer: How did you find the products you wanted?
Maria: I searched for boots and the filters were great, really helpful.
Interviewer: And the delivery?
Maria: Terrible. The courier left my parcel in the rain.
Maria: It was soaked.
Interviewer: Tell me about your weekend.
Maria: We went to the mountains.
Interviewer: What about refunds?
Maria: Honestly I never needed one.
"""


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_code_english_interview(tmp_path):
    transcript = read_transcript(_write(tmp_path, "maria.txt", EN_INTERVIEW))
    assert transcript.roles == {"Interviewer": "interviewer", "Maria": "participant"}
    coded = code_transcript(transcript, TOUCHPOINTS_EN)
    assert [(o.touchpoint, o.stage, o.source.line) for o in coded] == [
        ("search", "consideration", 2),       # "searched", "filters": stemmed keywords
        ("delivery", "post_purchase", 4),     # merged answer, named by courier/parcel
        ("returns", "post_purchase", 9),      # names nothing: the question's "refunds" applies
    ]
    search, delivery, returns = coded
    assert search.valence > 0.5 and delivery.valence < -0.3
    assert delivery.text == "Terrible. The courier left my parcel in the rain. It was soaked."
    assert (delivery.kind, delivery.measure, delivery.respondent) == ("quote", "sentiment", "Maria")
    assert delivery.source == Source(file="maria.txt", line=4, column="Maria", time=None)
    assert coded.unmatched == 1  # the weekend in the mountains


def test_code_polish_by_lemmas_with_times(tmp_path):
    text = ("[Prowadząca] 10:00:01\nJak oceniasz wyszukiwarkę?\n\n"
            "[Klientka] 10:00:05\nSzukałam butów i wyniki były beznadziejne.\n\n"
            "[Prowadząca] 10:00:20\nA kurierzy?\n\n"
            "[Klientka] 10:00:24\nBardzo mili, paczki zawsze na czas.\n")
    coded = code_transcript(read_transcript(_write(tmp_path, "w1.txt", text, "cp1250")), TOUCHPOINTS_PL,
                            language="pl")
    assert [(o.touchpoint, o.source.time, o.source.line) for o in coded] == [
        ("search", "10:00:05.000", 4), ("delivery", "10:00:24.000", 10)]
    assert coded[0].valence < -0.3 and coded[1].valence > 0.3
    assert coded.unmatched == 0


def test_quote_naming_two_touchpoints_is_coded_to_both(tmp_path):
    path = _write(tmp_path, "t.md", "**Customer:** Search was fine but the courier was late.\n"
                                    "**Customer:** Yes.\n")
    coded = code_transcript(read_transcript(path), TOUCHPOINTS_EN)
    assert sorted(o.touchpoint for o in coded) == ["delivery", "search"]
    assert len({o.text for o in coded}) == 1


def test_read_interviews_directory(tmp_path, real_fixtures):
    (tmp_path / "a_maria.txt").write_text(EN_INTERVIEW, encoding="utf-8")
    shutil.copy(real_fixtures / "transcripts" / "teams_timeframe.vtt", tmp_path / "b_teams.vtt")
    (tmp_path / "c_empty.vtt").write_bytes(b"")
    (tmp_path / "d_binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "e_slides.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    observations, problems = read_interviews(tmp_path, TOUCHPOINTS_EN)
    assert [o.source.file for o in observations] == ["a_maria.txt"] * 3
    assert problems == [
        "a_maria.txt: 1 participant utterance with no touchpoint named, not coded; "
        "add keywords to the touchpoints to use them.",
        "b_teams.vtt: 2 participant utterances with no touchpoint named, not coded; "
        "add keywords to the touchpoints to use them.",
        "c_empty.vtt: the file is empty. Fix: Export the transcript again, or remove the file.",
        "d_binary.txt: this is a binary file, not a transcript. "
        "Fix: Save the transcript as .txt, .vtt, .srt, .md or .docx.",
        "e_slides.pdf: unknown file type, skipped (use .vtt, .srt, .txt, .md, .markdown, .docx).",
    ]
    _, polish = read_interviews(tmp_path, TOUCHPOINTS_EN, language="pl")
    assert polish[-1] == "e_slides.pdf: nieznany typ pliku, pominięto (użyj .vtt, .srt, .txt, .md, .markdown, .docx)."


def test_read_interviews_missing_directory(tmp_path):
    with pytest.raises(InputError, match="interview directory not found"):
        read_interviews(tmp_path / "nope", TOUCHPOINTS_EN)


def _quote(tp, valence, text, persona=None, kind="quote"):
    return Observation(touchpoint=tp, valence=valence, kind=kind, source=Source(file="x.txt", line=1),
                       text=text, persona=persona)


def test_quote_bank_by_touchpoint_and_persona():
    observations = [
        _quote("search", 0.9, "Search is brilliant", "p1"), _quote("search", 0.2, "Search is ok", "p2"),
        _quote("search", 0.5, "Filters help", "p1"), _quote("search", 0.6, "Fast results", "p2"),
        _quote("search", -0.8, "Useless search", "p2"), _quote("search", 0.0, "I searched", "p1"),
        _quote("delivery", -0.4, "Late courier", "p1"), _quote("delivery", -0.4, "Late courier", "p1"),
        Observation(touchpoint="search", valence=1.0, kind="rating", source=Source(file="s.csv", row=2)),
    ]
    bank = quote_bank(observations, k=3)
    assert [o.text for o in bank["search"]["positive"]] == ["Search is brilliant", "Fast results", "Filters help"]
    assert [o.text for o in bank["search"]["negative"]] == ["Useless search"]
    assert [o.text for o in bank["delivery"]["negative"]] == ["Late courier"]  # same text once
    assert bank["delivery"]["positive"] == []
    by_persona = quote_bank(observations, by="persona", k=1)
    assert {key: ([o.text for o in v["positive"]], [o.text for o in v["negative"]])
            for key, v in by_persona.items()} == {"p1": (["Search is brilliant"], ["Late courier"]),
                                                  "p2": (["Fast results"], ["Useless search"])}
    with pytest.raises(ValueError):
        quote_bank(observations, by="stage")


def test_quote_tags_move_drop_and_dedupe_quotes():
    def said(line, touchpoint, text):
        return Observation(touchpoint=touchpoint, valence=0.5, kind="quote", text=text,
                           source=Source(file="iv.vtt", line=line), stage="consideration")

    coded = [said(3, "search", "search and returns both fine"), said(3, "returns", "search and returns both fine"),
             said(7, "search", "about the weather"), said(9, "search", "untouched")]
    tagged = apply_quote_tags(coded, {"iv.vtt:3": "returns", "iv.vtt:7": "", "gone.vtt:1": "search"},
                              TOUCHPOINTS_EN)
    assert [(o.source.line, o.touchpoint, o.stage) for o in tagged] == [
        (3, "returns", "post_purchase"), (9, "search", "consideration")]
    assert coded[0].touchpoint == "search"  # the input list is left as it was


def test_a_reviewed_quote_takes_the_teams_sign_and_is_marked_a_judgement():
    def said(line, touchpoint, valence, confidence=0.4):
        return Observation(touchpoint=touchpoint, valence=valence, kind="quote", measure="sentiment", text="…",
                           confidence=confidence, source=Source(file="iv.vtt", line=line), stage="consideration")

    coded = [said(3, "search", 0.6), said(3, "delivery", 0.2), said(5, "search", 0.0), said(7, "search", -0.3),
             said(9, "search", -0.8, 0.9)]
    reviewed = apply_quote_tags(coded, {"iv.vtt:3": "delivery", "iv.vtt:5": "search", "iv.vtt:7": "search"},
                                TOUCHPOINTS_EN, {"iv.vtt:3": -1, "iv.vtt:5": 1, "iv.vtt:7": 0})
    assert [(o.source.line, o.touchpoint, o.valence, o.confidence, o.measure) for o in reviewed] == [
        (3, "delivery", -0.2, 1.0, "judgement"),  # the team's sign, the size the coder read on the team's touchpoint
        (5, "search", JUDGED_STRENGTH, 1.0, "judgement"),  # the coder said 0: the default size
        (7, "search", 0.0, 1.0, "judgement"),
        (9, "search", -0.8, 0.9, "sentiment")]  # not reviewed: the coder's reading
    assert apply_quote_tags(coded, {}, TOUCHPOINTS_EN) == coded  # no tags, no signs: as coded

def test_each_touchpoint_is_scored_on_its_own_sentences(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text("Interviewer: Hello Anna.\nAnna: Hello.\nInterviewer: How was it?\n"
                    "Anna: Oh well. The search is brilliant and fast. The courier was late, the parcel was "
                    "damaged and nobody answered. Awful.\n", encoding="utf-8")
    coded = code_transcript(read_transcript(path), TOUCHPOINTS_EN)
    valence = {o.touchpoint: o.valence for o in coded}
    assert valence["search"] > 0.3 and valence["delivery"] < -0.3
    assert all(o.text.startswith("Oh well.") for o in coded)  # the quote itself stays whole


def test_a_sign_the_learned_model_gave_against_the_rules_lowers_the_quotes_confidence(tmp_path, monkeypatch):
    """The QuoteTagger lists the least sure quotes first: one whose sign the model gave against the
    rules' reading comes before one where they agree, though both name their touchpoint."""
    from cjm_widgets.sentiment import reading
    from cjm_widgets.transcripts import coding

    text = ("Interviewer: How was it?\nMaria: The courier was quick.\nInterviewer: And then?\n"
            "Maria: The parcel came, then nothing.\n")
    transcript = read_transcript(_write(tmp_path, "maria.txt", text))
    agreed = {o.source.line: o.confidence for o in code_transcript(transcript, TOUCHPOINTS_EN)}
    real = reading.judged
    monkeypatch.setattr(coding, "judged", lambda part, rule, language: (
        (-0.3, False) if "nothing" in part else real(part, rule, language)))
    doubted = {o.source.line: (o.confidence, o.valence) for o in code_transcript(transcript, TOUCHPOINTS_EN)}
    assert doubted[2][0] == agreed[2]
    assert doubted[4] == (round(agreed[4] * coding.SIGN_DOUBT, 2), -0.3)
