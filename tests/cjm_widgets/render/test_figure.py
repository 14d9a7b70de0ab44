"""The map figure fits: stage names break between words, the legend and the title stay clear."""
from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg

from cjm_widgets.model import Journey, Observation, Score, Source, Touchpoint
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
