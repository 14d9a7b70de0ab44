"""The notebooks' HTML views escape respondent and team text."""
from __future__ import annotations

from cjm_widgets import show
from cjm_widgets.model import Observation, Source

HOSTILE = "<script>alert(1)</script>"


def test_values_are_escaped_but_the_kits_markup_stays():
    out = show.html("<b>{name}</b> · {n} respondents", name=HOSTILE, n=300).data
    assert out.startswith("<b>&lt;script&gt;") and "300 respondents" in out and "<script>" not in out


def test_bullets_and_quotes_escape_every_item():
    assert show.bullets([], empty="No problems.").data == "<p>No problems.</p>"
    listed = show.bullets([HOSTILE, "row 3: 'x'"]).data
    assert listed.count("<li>") == 2 and "<script>" not in listed and "&#x27;x&#x27;" in listed
    quote = Observation("delivery", -0.8, "quote", Source("iv.txt", line=4, column="Ann"), text=HOSTILE)
    shown = show.quotes({"delivery": {"negative": [quote], "positive": []}}).data
    assert "&lt;script&gt;" in shown and "<script>" not in shown and "iv.txt, line 4, Ann" in shown


def test_quotes_take_the_quotation_marks_of_the_clients_language():
    quote = Observation("delivery", 0.8, "quote", Source("iv.txt", line=4), text='Kurier "Janek" <b>ok</b>')
    bank = {"delivery": {"positive": [quote], "negative": []}}
    assert "„Kurier &quot;Janek&quot; &lt;b&gt;ok&lt;/b&gt;”" in show.quotes(bank, language="pl").data
    assert "«Kurier &quot;Janek&quot; &lt;b&gt;ok&lt;/b&gt;»" in show.quotes(bank, language="ru").data
    assert "“Kurier &quot;Janek&quot; &lt;b&gt;ok&lt;/b&gt;”" in show.quotes(bank, language="en").data
