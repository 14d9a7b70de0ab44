"""What a PL or RU client sees: chart axes in the client's number format, touchpoint names on the
importance-performance chart apart, and a score on too few observations never named as the curve's
lowest or highest point nor painted red or green."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from cjm_widgets.model import Score
from cjm_widgets.render import ipa_figure, journey_figure, quotes_chart, render_map_html
from cjm_widgets.render.trends import trends_figure
from samples import sample_journey

NAMES = ("Koszyk i zamówienie", "Zwroty i reklamacje", "Obsługa klienta", "Dostawa", "Wyszukiwarka")


def _ipa_rows(points):
    """Rows as insights.importance_performance gives them, one per (name, performance, importance)."""
    return [{"touchpoint": f"t{i}", "name": name, "performance": x, "importance": y, "quadrant": "concentrate_here",
             "confidence": "reliable", "importance_source": "stated", "performance_split": 0.0,
             "importance_split": 3.2} for i, (name, x, y) in enumerate(points)]


def _drawn(fig):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def _tick_texts(fig) -> list[str]:
    """Every numeric tick label the figure shows (dates and touchpoint names left out)."""
    _drawn(fig)
    texts = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels() + ax.get_xticklabels()]
    return [t for t in texts if t and re.fullmatch(r"[−+\-]?[\d\s ,.]+%?", t)]


def _decimal_ticks_are_polish(ticks: list[str]) -> None:
    assert ticks and not any("." in t or "-" in t for t in ticks), ticks
    assert any("," in t for t in ticks), ticks


def test_ipa_axes_are_written_with_a_decimal_comma_and_a_typographic_minus_in_pl():
    fig = ipa_figure(_ipa_rows([("A", -1.5, 4.0), ("B", 0.5, 3.0), ("C", 1.2, 2.0)]), "pl")
    ticks = _tick_texts(fig)
    _decimal_ticks_are_polish(ticks)
    assert "4,0" in ticks and "\u22121,5" in ticks and "0,5" in ticks


def test_ipa_axis_titles_are_capitalised_like_the_other_charts_in_every_language():
    rows = _ipa_rows([("A", -1.5, 4.0), ("B", 0.5, 3.0)])
    titles = {lang: (ipa_figure(rows, lang).axes[0].get_xlabel(), ipa_figure(rows, lang).axes[0].get_ylabel())
              for lang in ("en", "pl", "ru")}
    assert titles == {"en": ("Performance: emotion score (−2..+2)", "Importance (stated, 1..5)"),
                      "pl": ("Ocena: emocje (−2..+2)", "Waga (deklarowana, 1..5)"),
                      "ru": ("Исполнение: эмоции (−2..+2)", "Важность (заявленная, 1..5)")}


def test_a_personas_share_on_the_map_reads_as_on_its_card():
    """The RU map said "54 % доля респондентов · 76 респондентов"."""
    for language, said in (("ru", "Доля: 60\u00a0% · 30 респондентов"), ("pl", "Udział: 60% · 30 respondentów"),
                           ("en", "Share: 60% · 30 respondents")):
        page = render_map_html(sample_journey(language))
        assert said in page and "доля респондентов" not in page and "udział respondentów" not in page


def test_nps_and_stage_trends_follow_the_clients_number_format():
    runs = [{"run": "a", "time": "2026-01-01T10:00:00+00:00", "nps": -25.5, "stages": {"s": -1.2}},
            {"run": "b", "time": "2026-02-01T10:00:00+00:00", "nps": -23.5, "stages": {"s": 0.4}}]
    for language in ("pl", "ru"):
        fig = trends_figure({"runs": runs, "stage_names": {"s": "Etap"}}, language=language)
        ticks = _tick_texts(fig)
        _decimal_ticks_are_polish(ticks)
        assert "\u221225,5" in ticks and "\u22122" in ticks and "+1" in ticks  # NPS; stage scores signed as on the map


def test_map_figure_and_quote_counts_keep_the_languages_format():
    journey = sample_journey("pl")
    assert [t.get_text() for t in journey_figure(journey).axes[0].get_yticklabels()] == \
        ["\u22122,00", "\u22121,00", "0,00", "+1,00", "+2,00"]
    quotes = pd.DataFrame({"touchpoint": ["Koszyk"] * 3 + ["Dostawa"], "valence": [-1, -1, 1, 1]})
    counts = _tick_texts(quotes_chart(quotes, language="pl"))
    assert counts and all(re.fullmatch(r"\d+", t) for t in counts)  # counts on both sides, no minus


@pytest.mark.parametrize("points", [
    [(NAMES[0], -0.80, 4.00), (NAMES[1], -0.78, 4.02), (NAMES[2], -0.76, 3.98), (NAMES[3], 0.5, 3.0)],
    [(name, -0.8 + 0.01 * i, 4.0) for i, name in enumerate(NAMES)],  # five touchpoints nearly on one spot
])
def test_touchpoint_names_on_the_ipa_chart_do_not_overlap(points):
    fig = ipa_figure(_ipa_rows(points), "pl")
    renderer = _drawn(fig)
    ax = fig.axes[0]
    names = [t for t in ax.texts if t.get_text() in NAMES]
    assert sorted(t.get_text() for t in names) == sorted(name for name, _, _ in points)
    boxes = [Text.get_window_extent(t, renderer) for t in names]  # the words, not their lines to the marker
    frame = ax.get_window_extent(renderer)
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[:i] if a.overlaps(b)]
    assert all(frame.x0 <= b.x0 and b.x1 <= frame.x1 and frame.y0 <= b.y0 and b.y1 <= frame.y1 for b in boxes)


def _one_quote_journey():
    """The RU client of the report: "Рассмотрение" and its "Поиск на сайте" rest on one quote."""
    journey = sample_journey("ru")
    journey.stages[1].name = "Рассмотрение"
    journey.touchpoints[2].name = "Поиск на сайте"
    by_key = {(s.target, s.persona): s for s in journey.scores}
    by_key[("search", None)].__dict__.update(value=-1.27, n=1, ci_low=None, ci_high=None, confidence="insufficient")
    by_key[("consideration", None)].__dict__.update(value=-1.27, n=1, confidence="insufficient")
    by_key[("awareness", None)].confidence = "reliable"  # n=47: coloured as before
    return journey


def _captions(page: str) -> list[str]:
    section = page[page.index('id="h-curve"'):]
    section = section[:section.index("</section>")]
    return re.findall(r'aria-label="([^"]*)"', section) + re.findall(r"<figcaption>(.*?)</figcaption>", section, re.S)


def _figure_texts(page: str, index: int) -> list[str]:
    """The alt text and the caption of the curve's figure ``index`` (0 = all respondents, then personas)."""
    section = page[page.index('id="h-curve"'):]
    figure = section.split("<figure")[index + 1]
    texts = re.findall(r'role="img" aria-label="([^"]*)"', figure) + re.findall(r"<figcaption>(.*?)</figcaption>",
                                                                              figure, re.S)
    assert len(texts) == 2
    return texts


def test_the_curves_lowest_and_highest_are_only_touchpoints_with_enough_evidence():
    journey = _one_quote_journey()
    page = render_map_html(journey)
    overall, bargain, loyal = _figure_texts(page, 0), _figure_texts(page, 1), _figure_texts(page, 2)
    for alt in overall:  # search rests on n=1 and checkout on n=3: neither is the minimum
        assert "Поиск на сайте" not in alt and "Checkout" not in alt
        assert "Минимум: Shop window (+0,20)." in alt and "Максимум: Instagram ads (+1,50)." in alt
    assert all("Checkout" not in alt and "Минимум: Instagram ads (+1,00)." in alt for alt in bargain)  # its n=2
    assert all("Минимум: Поиск на сайте (−0,40)." in alt for alt in loyal)  # n=6 for this persona: enough


def test_no_lowest_or_highest_is_named_when_no_touchpoint_has_enough_evidence():
    journey = _one_quote_journey()
    for score in journey.scores:
        if score.level == "touchpoint" and score.value is not None:
            score.confidence = "insufficient"
    captions = _captions(render_map_html(journey))
    assert captions and not any("Минимум" in c or "Максимум" in c for c in captions)


def test_a_stage_and_a_touchpoint_on_one_quote_get_the_insufficient_look_not_red():
    page = render_map_html(_one_quote_journey())
    row = page[page.index("<tbody>"):]
    row = row[:row.index("</tr>")]  # the stage-score row, one cell per stage
    cells = re.findall(r'<td class="(tone-[a-z]+)">(.*?)</td>', row, re.S)
    tone, stage_badge = cells[1]  # Рассмотрение
    assert tone == "tone-insufficient"
    assert cells[0][0] == "tone-positive"  # a stage on 47 observations keeps its colour
    assert "недостаточно" in stage_badge and "негативно" not in stage_badge and "tone-negative" not in stage_badge
    assert "худший момент" not in stage_badge  # one quote names no worst moment
    assert "худший момент" not in cells[0][1]  # a stage of positive touchpoints has none (scoring names none)
    assert '<div class="tp tone-insufficient" data-touchpoint="search"' in page
