"""QuoteTagger: a quote moved to its touchpoint, set aside and restored; the rerun keeps the tag."""
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
    assert picker.value == "ads" and "&lt;b&gt;rocks" in tagger.children[1].children[1].value
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
                          if hasattr(box, "children") and "iv.vtt:12" in getattr(box.children[-1], "value", ""))
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
    words = QuoteTagger(client).children[1].children[1].value
    assert "iv.vtt, wiersz 12, Ola · \u22120,60" in words
