"""QuoteTagger: a quote moved to its touchpoint, set aside and restored; the rerun keeps the tag; the
quotes reviewed least sure first, a sign or Confirm saved as the team's judgement."""
from __future__ import annotations

from cjm_widgets.evidence import frame_from_observations, write_evidence
from cjm_widgets.model import Journey, Observation, Source

from .conftest import on_disk


def test_quote_tagger_moves_a_quote_and_the_rerun_keeps_it(client):
    from cjm_widgets.transcripts import apply_quote_tags
    from cjm_widgets.widgets import QuoteTagger

    said = Observation("ads", 0.6, "quote", Source("iv.vtt", line=12, column="Ola"), text="The cart <b>rocks</b>",
                       stage="awareness")
    write_evidence(frame_from_observations([said]), client / "out" / "evidence.parquet")  # the run's quotes
    tagger = QuoteTagger(client)
    picker = tagger.children[1].children[0]
    assert picker.value == "ads" and "&lt;b&gt;rocks" in tagger.children[1].children[-1].value
    picker.value = "cart"
    saved = on_disk(client)
    assert saved["quote_tags"] == {"iv.vtt:12": "cart"} and saved["observations"] == []
    assert QuoteTagger(client).children[1].children[0].value == "cart"  # shown moved at once
    # a rerun codes the transcript afresh (back on "ads") and the tag puts it where the team said
    rerun = apply_quote_tags([said], Journey.load(client / "journey.json").quote_tags,
                             Journey.load(client / "journey.json").touchpoints)
    assert [(o.touchpoint, o.stage) for o in rerun] == [("cart", "decision")]
    QuoteTagger(client).children[1].children[0].value = ""
    assert on_disk(client)["quote_tags"] == {"iv.vtt:12": ""}
    tagger = QuoteTagger(client)
    restore, label = next(box.children for box in tagger.children  # the set-aside quote comes back
                          if hasattr(box, "children") and "iv.vtt:12" in str(getattr(box.children[-1], "value", "")))
    restore.click()
    assert on_disk(client)["quote_tags"] == {} and "next run" in tagger.message.value


def test_quote_tagger_names_the_line_and_the_sentiment_in_the_journeys_language(client):
    from cjm_widgets.widgets import QuoteTagger

    for path in (client / "journey.json", client / "out" / "journey.json"):  # the team's and the run's
        journey = Journey.load(path)
        journey.language = "pl"
        journey.save(path)
    said = Observation("ads", -0.6, "quote", Source("iv.vtt", line=12, column="Ola"), text="Za wolno",
                       stage="awareness")
    write_evidence(frame_from_observations([said]), client / "out" / "evidence.parquet")
    words = QuoteTagger(client).children[1].children[-1].value
    assert "iv.vtt, wiersz 12, Ola · \u22120,60" in words


def run_quotes_of(client, quotes):
    write_evidence(frame_from_observations(quotes), client / "out" / "evidence.parquet")


def quote(line, confidence, valence=0.4, file="iv.vtt", touchpoint="ads"):
    return Observation(touchpoint, valence, "quote", Source(file, line=line, column="Ola"), text=f"said on {line}",
                       stage="awareness", measure="sentiment", confidence=confidence)


def rows_of(tagger):
    """The quote rows in the order shown: picker, sign, [mark, Forget,] Confirm, the words."""
    return [box for box in tagger.children[1:] if hasattr(box, "children") and "<q>" in str(box.children[-1].value)]


def test_quote_tagger_lists_the_least_sure_quotes_first_and_says_how_sure(client):
    from cjm_widgets.widgets import QuoteTagger

    run_quotes_of(client, [quote(30, 0.9), quote(8, 0.35, file="z.vtt"), quote(20, 0.35), quote(4, 0.6),
                           quote(2, None)])
    rows = rows_of(QuoteTagger(client))
    assert [row.children[-1].value.split("</q>")[0] for row in rows] == [
        f"<q>said on {line}" for line in (2, 20, 8, 4, 30)]  # none, 0.35 (iv.vtt before z.vtt), 0.6, 0.9
    assert "coding confidence: 35%" in rows[1].children[-1].value


def test_clicking_a_sign_or_confirm_saves_the_teams_judgement_and_marks_the_row(client):
    from cjm_widgets.widgets import QuoteTagger

    run_quotes_of(client, [quote(12, 0.3, valence=0.4), quote(14, 0.5, valence=-0.7)])
    tagger = QuoteTagger(client)
    first, second = rows_of(tagger)
    picker, sign, confirm = first.children[:3]
    assert sign.value is None and not confirm.disabled and len(first.children) == 4  # no mark yet: to review
    picker.value = "cart"  # moved first, then the sign: the judgement is about the cart
    sign.value = -1
    saved = on_disk(client)
    assert saved["quote_signs"] == {"iv.vtt:12": -1} and saved["quote_tags"] == {"iv.vtt:12": "cart"}
    assert "sign" in tagger.message.value
    second = next(row for row in rows_of(tagger) if "said on 14" in row.children[-1].value)
    second.children[2].click()  # Confirm: as coded, on ads, negative
    assert on_disk(client)["quote_signs"] == {"iv.vtt:12": -1, "iv.vtt:14": -1}
    assert on_disk(client)["quote_tags"] == {"iv.vtt:12": "cart", "iv.vtt:14": "ads"}
    # redrawn: the team's sign chosen, the mark, Confirm done
    assert all(row.children[1].value == -1 and row.children[2].value == "<b>✓ reviewed</b>"
               and row.children[-2].disabled for row in rows_of(tagger))
    tagger.to_review.value = True  # only what still needs review: nothing
    assert rows_of(tagger) == [] and "Every quote here has been reviewed" in tagger.children[1].value
    tagger.to_review.value = False
    forget = next(row for row in rows_of(tagger) if "said on 12" in row.children[-1].value).children[3]
    forget.click()  # undo: the team's choice is forgotten, tag and sign
    assert on_disk(client)["quote_signs"] == {"iv.vtt:14": -1} and "iv.vtt:12" not in on_disk(client)["quote_tags"]


def test_the_review_controls_speak_the_journeys_language(client):
    from cjm_widgets.widgets import QuoteTagger

    for path in (client / "journey.json", client / "out" / "journey.json"):
        journey = Journey.load(path)
        journey.language, journey.quote_signs = "ru", {"iv.vtt:12": 1}
        journey.quote_tags = {"iv.vtt:12": "ads"}
        journey.save(path)
    run_quotes_of(client, [quote(12, 0.25)])
    tagger = QuoteTagger(client)
    row, = rows_of(tagger)
    assert tagger.to_review.description == "Только непроверенные цитаты"
    assert row.children[1].description == "Знак команды" and row.children[1].tooltips == (
        "негативно", "нейтрально", "позитивно")
    assert "проверена" in row.children[2].value and row.children[-2].description == "Подтвердить"
    assert "уверенность кодирования: 100" in row.children[-1].value  # the team's choice: sure
