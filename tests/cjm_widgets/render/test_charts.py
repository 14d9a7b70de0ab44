"""Charts for the survey, interview and persona steps, and figures shown as images in a notebook."""
from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from cjm_widgets import show
from cjm_widgets.errors import InputError
from cjm_widgets.model import Persona
from cjm_widgets.render import export_report, likert_chart, persona_shares_chart, quotes_chart
from cjm_widgets.render.charts import likert_counts, survey_likert_chart
from cjm_widgets.survey import read_survey


def _bars(fig):
    return [(round(p.get_x(), 4), round(p.get_width(), 4), round(p.get_y() + p.get_height() / 2))
            for p in fig.axes[0].patches]


def _texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + \
        [t.get_text() for t in fig.axes[0].get_yticklabels()]


def test_likert_bars_diverge_around_the_middle_answer_with_n_and_dont_know():
    # 10 answers: 1 x1, 2 x1, 3 x2, 4 x2, 5 x4, plus 2 blanks (no answer) and 3 "don't know" the reader counted
    answers = pd.DataFrame({"Search": [1, 2, 3, 3, 4, 4, 5, 5, 5, 5, None, ""]})
    fig = likert_chart(answers, 5, language="pl", dont_know={"Search": 3})
    bars = _bars(fig)
    assert [width for _, width, _ in bars] == [0.1, 0.1, 0.2, 0.2, 0.4]
    assert bars[0][0] == pytest.approx(-0.3)  # 10% + 10% + half of the middle 20% left of zero
    assert bars[3][0] == pytest.approx(0.1) and bars[4][0] + bars[4][1] == pytest.approx(0.7)
    texts = _texts(fig)
    assert "Search\nn = 10 · nie wiem: 3" in texts and "40%" in texts
    assert fig.axes[0].get_xlabel() == "Udział odpowiedzi"


def test_the_chart_of_a_read_survey_shows_its_dont_know_answers(tmp_path):
    export = tmp_path / "survey.csv"
    export.write_text("Timestamp,How satisfied were you with the site search?,Jak oceniasz dostawę?,"
                      "Как вы оцениваете оплату?\n"
                      "2024-01-01 10:00:00,5,4,Не знаю\n2024-01-01 10:01:00,Don't know,Nie wiem,3\n"
                      "2024-01-01 10:02:00,4,Nie wiem,Не знаю\n2024-01-01 10:03:00,Don't know,5,Не знаю\n"
                      "2024-01-01 10:04:00,2,2,5\n2024-01-01 10:05:00,,3,4\n", encoding="utf-8")
    survey = read_survey(export)
    columns = [q.column for q in survey.questions if q.scale]
    texts = _texts(survey_likert_chart(survey, {c: 5 for c in columns}, language="ru"))
    assert "How satisfied were you with the site\nsearch?\nn = 3 · не знаю: 2" in texts
    assert "Jak oceniasz dostawę?\nn = 4 · не знаю: 2" in texts
    assert "Как вы оцениваете оплату?\nn = 3 · не знаю: 3" in texts


def test_text_where_a_rating_belongs_is_an_error_not_a_dropped_answer():
    with pytest.raises(InputError) as caught:
        likert_counts(pd.Series([1, "Nie wiem", 5], index=[2, 3, 4], name="Search"), 5, source="survey.csv")
    assert "row 3" in str(caught.value) and "'Nie wiem'" in str(caught.value) and "read_survey" in str(caught.value)


def test_likert_rows_per_question_with_their_own_scale_and_an_empty_question():
    answers = pd.DataFrame({"Ease": [1, 7, 7, 7], "Empty": [None, None, None, None]})
    fig = likert_chart(answers, {"Ease": 7, "Empty": 5}, language="ru")
    assert [w for _, w, _ in _bars(fig)] == [0.25, 0, 0, 0, 0, 0, 0.75]
    assert "нет ответов" in _texts(fig)


def test_nps_style_scales_start_at_zero():
    fig = likert_chart(pd.DataFrame({"Recommend": [0, 10, 10, 9]}), {"Recommend": (0, 10)})
    widths = [w for _, w, _ in _bars(fig)]
    assert len(widths) == 11 and widths[0] == 0.25 and widths[-1] == 0.5


def test_an_answer_off_the_scale_is_an_error_naming_column_and_row():
    with pytest.raises(InputError) as caught:
        likert_counts(pd.Series([1, 5, 6], index=[2, 3, 4], name="Delivery"), 5, source="data/survey.csv")
    message = str(caught.value)
    assert "data/survey.csv" in message and "row 4" in message and "'Delivery'" in message and "1..5" in message


def test_quotes_per_touchpoint_by_sign():
    quotes = pd.DataFrame({"touchpoint": ["Search", "Delivery", "Search", "Delivery", "Delivery"],
                           "valence": [-0.5, -1.0, 0.4, 0.0, -0.2]})
    fig = quotes_chart(quotes, language="en")
    # negative bars first (to the left), then positive; rows in first-mention order
    assert _bars(fig) == [(0, -1, 0), (0, -2, 1), (0, 1, 0), (0, 0, 1)]
    texts = _texts(fig)
    assert "Search\n2 quotes" in texts and "Delivery\n3 quotes · neutral: 1" in texts


def test_persona_shares_use_the_personas_colours():
    personas = [Persona(id="b", name="Bargain hunters", share=0.3, size=30, color="#123456"),
                Persona(id="a", name="Loyal", share=0.7, size=70)]
    fig = persona_shares_chart(personas, language="ru")
    bars = fig.axes[0].patches
    assert [round(b.get_width(), 2) for b in bars] == [0.7, 0.3]
    assert bars[1].get_facecolor()[:3] == pytest.approx((0x12 / 255, 0x34 / 255, 0x56 / 255))
    assert any("70\u00a0% · 70 респондентов" in t for t in _texts(fig))


@pytest.mark.parametrize("language, legend, axes", [
    ("ru", ["низ шкалы", "середина шкалы", "верх шкалы"], ["Доля ответов", "Число цитат", "Доля респондентов"]),
    ("pl", ["najniżej na skali", "środek skali", "najwyżej na skali"],
     ["Udział odpowiedzi", "Liczba cytatów", "Udział respondentów"]),
    ("en", ["lowest point of the scale", "middle of the scale", "highest point of the scale"],
     ["Share of answers", "Number of quotes", "Share of respondents"]),
])
def test_chart_axes_and_the_likert_legend_read_as_titles_in_the_clients_language(language, legend, axes):
    """The RU report's Likert legend stood under a lone lower-case "ответ", its axes in lower case
    beside the emotion curve's "Эмоции"."""
    likert = likert_chart(pd.DataFrame({"Search": [1, 3, 5]}), 5, language=language)
    (shown,) = likert.legends
    assert shown.get_title().get_text() == "" and [t.get_text() for t in shown.get_texts()] == legend
    quotes = quotes_chart(pd.DataFrame({"touchpoint": ["Search"], "valence": [-0.5]}), language=language)
    shares = persona_shares_chart([Persona(id="a", name="Loyal", share=1.0, size=3)], language=language)
    assert [fig.axes[0].get_xlabel() for fig in (likert, quotes, shares)] == axes


def test_figure_shows_as_an_image_in_a_notebook_and_in_the_report(tmp_path):
    fig = likert_chart(pd.DataFrame({"Q": [1, 2, 5]}), 5)
    png = show.figure(fig)
    assert png.data.startswith(b"\x89PNG") and png._repr_png_()
    svg = show.figure(fig, format="svg")
    assert "<svg" in svg.data
    with pytest.raises(ValueError):
        show.figure(fig, format="gif")
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show.figure(fig)")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": png._repr_png_(),
                                                                 "text/plain": "<IPython.core.display.Image object>"})]
    notebook.cells = [cell]
    nbformat.write(notebook, tmp_path / "01.ipynb")
    page = export_report([tmp_path / "01.ipynb"], tmp_path / "report.html", title="T").read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,iVBOR' in page and "<Figure size" not in page


def test_display_of_a_bare_figure_gives_a_png_once_show_is_imported():
    from IPython.core.interactiveshell import InteractiveShell
    from matplotlib.figure import Figure

    shell = InteractiveShell.instance()
    show.show_figures_as_images(shell)
    fig = Figure(figsize=(2, 1))
    fig.add_subplot().plot([0, 1], [1, 0])
    data, _ = shell.display_formatter.format(fig)
    assert data["image/png"].startswith(b"\x89PNG")
