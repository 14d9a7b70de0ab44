"""`cjm` for a Polish and a Russian client: report.html, the run summary, `cjm evidence`, `cjm diff`
and the errors all in the client's language, with its plurals; the report ends with the trends."""
from __future__ import annotations

import re
import shutil

import pytest

from cjm_widgets.cli import main
from cjm_widgets.config import load_kit
from cjm_widgets.labels import TEXTS
from conftest import DEMO

IMAGES = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=\s]+")


def _demo_in(language: str, tmp_path_factory):
    client = tmp_path_factory.mktemp(language) / "demo"
    shutil.copytree(DEMO, client, ignore=shutil.ignore_patterns("out", "out.*", "journey.json", "history"))
    kit = client / "kit.yaml"
    text = kit.read_text(encoding="utf-8")
    assert "\nlanguage: en " in text
    kit.write_text(text.replace("\nlanguage: en ", f"\nlanguage: {language} ", 1), encoding="utf-8")
    return client


def _cjm(capsys, *argv) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def polish(tmp_path_factory):
    """The demo as a Polish client, run twice (the second run has a history to show and compare)."""
    client = _demo_in("pl", tmp_path_factory)
    assert main(["run", str(client), "--quiet"]) == 0
    return client


@pytest.fixture(scope="module")
def russian(tmp_path_factory):
    client = _demo_in("ru", tmp_path_factory)
    assert main(["run", str(client), "--quiet"]) == 0
    return client


def test_a_polish_clients_report_is_polish_with_charts_and_names(polish):
    page = (polish / "out" / "report.html").read_text(encoding="utf-8")

    assert re.search(r'<html[^>]*\blang="pl"', page)
    assert len(re.findall(r'<img[^>]+src="data:image/png', page)) >= 5  # answers, quotes, shares, curve, IPA
    assert "<Figure size" not in page and "&lt;Figure size" not in page
    words = IMAGES.sub("", page)
    assert not re.search(r"\bNaN\b", words)
    english = [TEXTS[key]["en"] for key in TEXTS if key.startswith("guide_") and key.endswith("_title")]
    shown = [title for title in english if f">{title}<" in words]
    assert shown == [] and "What this step is for" not in words and "Look at:" not in words
    assert ">1 · Ankieta<" in words and "Oceny punktów styku" in words and "Brak problemów." in words
    assert "Segmenty: odległość Gowera + k-medoidy, k według średniej sylwetki; k = " in words  # notebook 03

    scores = words[words.index("Oceny punktów styku"):]
    scores = scores[:scores.index("</table>")]
    touchpoints = load_kit(polish).touchpoints
    assert all(f"<td>{t.name}</td>" in scores.replace("&#x27;", "'") for t in touchpoints)
    assert not any(f"<td>{t.id}</td>" in scores for t in touchpoints if t.id != t.name)
    assert re.search(r"<td>[+−]\d,\d\d</td>", scores)  # Polish decimals, typographic minus


def test_polish_run_evidence_diff_and_report_trends_after_a_second_run(polish, capsys):
    assert "Trendy między przebiegami" not in (polish / "out" / "report.html").read_text(encoding="utf-8")
    code, _, err = _cjm(capsys, "diff", polish)
    assert code == 2 and err.startswith("cjm: błąd: ")
    assert "1 przebieg w historii; `cjm diff` potrzebuje dwóch. Uruchom ponownie `cjm run " in err

    code, out, err = _cjm(capsys, "run", polish, "--quiet")
    done, evidence = out.splitlines()[-2:]
    assert code == 0 and err == ""
    assert done.startswith("Gotowe w ") and done.endswith(f" s: {polish / 'out' / 'journey_map.html'}")
    assert evidence == "2\xa0937 obserwacji; źródła: 300 wierszy ankiety, 6 transkrypcji z zakodowanymi cytatami."

    code, out, _ = _cjm(capsys, "evidence", polish, "--touchpoint", "search")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "252 obserwacje; pierwsze 50 (wszystkie: --csv):"
    assert "odpowiedź 5" in lines[1] and "[survey.csv, wiersz 2, How satisfied" in lines[1]
    assert not any(", row " in line or " answer " in line for line in lines)

    code, out, _ = _cjm(capsys, "diff", polish)
    assert code == 0 and out.startswith("Zmiany od przebiegu ") and "Changes" not in out

    code, _, err = _cjm(capsys, "evidence", polish, "--touchpoint", "serch")
    assert code == 2 and err.startswith("cjm: błąd: --touchpoint 'serch': nie ma tego w tej mapie. "
                                        "Czy chodziło o 'search'")

    page = (polish / "out" / "report.html").read_text(encoding="utf-8")
    trends = page[page.index(">Trendy między przebiegami<"):]
    assert "<svg" in trends[:trends.index("</figure>")]
    assert "<figcaption>2 przebiegi w history/; linie przerywane" in trends


def test_a_russian_client_hears_russian_from_the_command_line(russian, capsys):
    code, out, err = _cjm(capsys, "run", russian, "--quiet")
    done, evidence = out.splitlines()[-2:]
    assert code == 0 and done.startswith("Готово за ") and " с: " in done
    assert evidence == "2\xa0936 наблюдений; источники: 300 строк опроса, 6 расшифровок с закодированными цитатами."  # 936: the "many" form

    code, out, _ = _cjm(capsys, "evidence", russian, "--touchpoint", "search")
    assert out.splitlines()[0] == "250 наблюдений; первые 50 (все: --csv):"
    assert "ответ 5" in out and "[survey.csv, строка 2, " in out

    code, _, err = _cjm(capsys, "diff", russian, "--to", "-7")
    assert code == 2 and err.startswith("cjm: ошибка: запуск -7: сохранено только 2 запуска (")

    page = (russian / "out" / "report.html").read_text(encoding="utf-8")
    assert ">Динамика по запускам<" in page and "<figcaption>2 запуска в history/" in page
