"""The map figure fits: stage names break between words, the legend and the title stay clear."""
from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from cjm_widgets.model import Journey, Observation, Persona, Score, Source, Touchpoint
from cjm_widgets.render import journey_figure
from cjm_widgets.stages import stages_for

LONG_CLIENT = "Интернет-магазин «Очень Длинное Название Компании Для Проверки Переноса» — Санкт-Петербург"


def _journey(language: str = "ru") -> Journey:
    stages = stages_for("aidp", language)
    touchpoints = [Touchpoint(f"t{i}", f"Точка {i}", stage.id) for i, stage in enumerate(stages)]
    scores = [Score(t.id, "touchpoint", -0.5 + 0.3 * i, n=40, ci_low=-0.9 + 0.3 * i, ci_high=-0.1 + 0.3 * i)
              for i, t in enumerate(touchpoints)]
    observations = [Observation("t0", -0.5, "rating", Source("survey.csv", row=1))]
    return Journey(client=LONG_CLIENT, language=language, stages=stages, touchpoints=touchpoints, scores=scores,
                   observations=observations)


def _drawn(fig):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def test_stage_names_break_between_words_never_inside_one():
    journey = _journey()
    fig = journey_figure(journey)
    texts = [t.get_text() for t in fig.axes[0].texts]
    for stage in journey.stages:
        [header] = [t for t in texts if t.replace("\n", " ") == stage.name]
        assert all(line in stage.name.split(" ") or line in stage.name for line in header.split("\n"))
    assert "Осведомлённость" in texts  # 15 letters in one narrow column, whole


def test_title_legend_and_headers_fit_inside_the_figure_without_overlap():
    fig = journey_figure(_journey())
    renderer = _drawn(fig)
    page = fig.bbox
    legend = fig.legends[0].get_window_extent(renderer)
    title = fig._suptitle.get_window_extent(renderer)
    headers = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_position()[1] > 1]
    for box in (legend, title, *headers):
        assert page.x0 - 1 <= box.x0 and box.x1 <= page.x1 + 1 and page.y0 - 1 <= box.y0 and box.y1 <= page.y1 + 1
    assert all(not title.overlaps(h) for h in headers)
    assert "\n" in fig._suptitle.get_text()  # the long client name wraps instead of running over


def test_figure_numbers_use_the_languages_format():
    fig = journey_figure(_journey("pl"))
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == ["\u22122,00", "\u22121,00", "0,00", "+1,00", "+2,00"]


def _few_journey() -> Journey:
    """The PL and RU clients' curves: the first touchpoint on one answer (interval the whole scale),
    the last on four, a persona's line on one answer there at -2; the others on hundreds."""
    stages = stages_for("aidp", "pl")
    touchpoints = [Touchpoint(f"t{i}", f"Punkt {i}", stage.id) for i, stage in enumerate(stages)]
    plenty = [Score(f"t{i}", "touchpoint", v, n=150, ci_low=v - 0.2, ci_high=v + 0.2, confidence="reliable")
              for i, v in ((1, 0.4), (2, 1.2), (3, -0.5))]
    scores = [Score("t0", "touchpoint", 0.0, n=1, ci_low=-2.0, ci_high=2.0, confidence="insufficient"),
              *plenty,
              Score("t4", "touchpoint", -0.25, n=4, ci_low=-1.6, ci_high=2.0, confidence="insufficient"),
              *[Score(s.target, "touchpoint", s.value + 0.1, n=60, confidence="reliable", persona="p1")
                for s in plenty],
              Score("t4", "touchpoint", -2.0, n=1, confidence="insufficient", persona="p1")]
    return Journey(client="Sklep", language="pl", stages=stages, touchpoints=touchpoints, scores=scores,
                   personas=[Persona("p1", "Powracający klienci", share=0.5, size=80)])


def _hollow(ax, x):
    """The hollow markers drawn at slot ``x``: (y, edge colour)."""
    return [(float(line.get_ydata()[i]), line.get_markeredgecolor()) for line in ax.lines
            for i, at in enumerate(line.get_xdata())
            if at == x and line.get_marker() == "o" and line.get_markerfacecolor() in ("white", "w", (1, 1, 1, 1))]


def test_a_point_on_too_few_observations_is_hollow_off_the_line_and_has_no_band():
    fig = journey_figure(_few_journey())
    ax = fig.axes[0]
    lines = {line.get_label(): line for line in ax.lines}
    overall = list(lines["Wszyscy respondenci"].get_ydata())
    assert overall[1:4] == [0.4, 1.2, -0.5] and overall[0] != overall[0] and overall[4] != overall[4]
    persona = list(lines["Powracający klienci"].get_ydata())
    assert persona[1:4] == pytest.approx([0.5, 1.3, -0.4]) and persona[4] != persona[4]
    assert [y for y, _ in _hollow(ax, 0)] == [0.0]  # the one answer: a hollow marker with its n
    assert sorted(y for y, _ in _hollow(ax, 4)) == [-2.0, -0.25]  # the persona's one answer too
    texts = [t.get_text() for t in ax.texts]
    assert "n=1" in texts and "n=4" in texts
    assert "za mało obserwacji do pomiaru" in [t.get_text() for t in fig.legends[0].get_texts()]
    band = np.vstack([path.vertices for c in ax.collections for path in c.get_paths()])
    assert band[:, 1].max() <= 1.4 + 1e-9 and band[:, 1].min() >= -0.7 - 1e-9  # no interval of n=1 or n=4
    assert not ((band[:, 0] < 0.5) | (band[:, 0] > 3.5)).any()
    assert ax.get_ylim() == (-2.4, 2.4)


@pytest.mark.parametrize("language, word", [("pl", "niewystarczające"), ("ru", "недостаточно")])
def test_a_stage_header_on_too_few_observations_says_insufficient(language, word):
    """The PL client's "Świadomość" read "0,00 (n=1)" in grey, with nothing to say why."""
    journey = _few_journey()
    journey.language = language
    journey.scores += [Score("awareness", "stage", 0.0, n=1, confidence="insufficient"),
                       Score("interest", "stage", 0.4, n=150, confidence="reliable")]
    fig = journey_figure(journey)
    renderer = _drawn(fig)
    headers = {t.get_text(): t for t in fig.axes[0].texts if t.get_position()[1] == 1.03}
    assert f"0,00 (n=1)\n{word}" in headers and "+0,40 (n=150)" in headers
    assert not any(word in text for text in headers if "n=150" in text)
    names = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_position()[1] == 1.12]
    assert not any(headers[f"0,00 (n=1)\n{word}"].get_window_extent(renderer).overlaps(n) for n in names)


def _rings(ax):
    """The pain points' red rings: (x, y) of each."""
    return [(float(line.get_xdata()[0]), float(line.get_ydata()[0])) for line in ax.lines
            if line.get_marker() == "o" and line.get_markersize() == 17 and line.get_markerfacecolor() == "none"]


def test_on_a_personas_figure_pain_points_ring_the_all_respondents_curve_and_say_so():
    """Pain points come from all respondents' scores: a ring on the persona's own value (PL client:
    "Dostawa" ringed at the persona's −0,43) read as that persona's pain."""
    from cjm_widgets.model import PainPoint

    journey = _few_journey()
    journey.pain_points = [PainPoint("t3", "spadek", severity=1.0)]
    overall = journey_figure(journey)
    assert _rings(overall.axes[0]) == [(3.0, -0.5)]
    assert "punkt bólu" in [t.get_text() for t in overall.legends[0].get_texts()]
    persona = journey_figure(journey, persona="p1")
    assert _rings(persona.axes[0]) == [(3.0, -0.5)]  # all respondents' -0.5, not the persona's -0.4
    legend = [t.get_text() for t in persona.legends[0].get_texts()]
    assert "punkt bólu (wszyscy respondenci)" in legend and "punkt bólu" not in legend


def test_a_point_between_slots_without_an_interval_keeps_its_own_band():
    journey = _few_journey()
    journey.scores = [s for s in journey.scores if s.target != "t2"]  # t1 now stands alone
    ax = journey_figure(journey).axes[0]
    boxes = [path.get_extents() for c in ax.collections for path in c.get_paths()]
    assert any(b.x0 < 1 < b.x1 and b.y0 == pytest.approx(0.2) and b.y1 == pytest.approx(0.6) for b in boxes)


def test_a_legend_of_many_long_persona_names_fits_inside_the_figure():
    """The PL client's seven personas: the legend once ran past both edges of the PNG."""
    journey = _few_journey()
    names = ["Powracający klienci: 25–34 lat · Z wyszukiwarki Google", "Nowi klienci: 45–54 lat · Z wyszukiwarki Google",
             "Nowi klienci: 25–34 lat · Z wyszukiwarki Google", "Powracający klienci: 35–44 lat · Z wyszukiwarki Google",
             "Nowi klienci: 35–44 lat · Z Facebooka / Instagrama", "Powracający klienci: 45–54 lat",
             "Nowi klienci: 18–24 lat · Z Allegro"]
    journey.personas = [Persona(f"p{i}", name, share=0.1, size=20) for i, name in enumerate(names)]
    journey.scores += [Score("t2", "touchpoint", 1.0, n=30, confidence="reliable", persona=f"p{i}")
                       for i in range(len(names)) if i != 1]  # p1 has its scores
    fig = journey_figure(journey)
    renderer = _drawn(fig)
    legend = fig.legends[0]
    box, page = legend.get_window_extent(renderer), fig.bbox
    assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0
    assert len(legend.legend_handles) == len(names) + 3  # band, personas, all respondents, too few
    for handle in legend.legend_handles:  # every persona's marker is drawn inside the figure
        extent = handle.get_window_extent(renderer)
        assert page.x0 <= extent.x0 and extent.x1 <= page.x1
