"""`cjm run` for a Polish client: report.html in Polish, with charts as images and names, not ids."""
from __future__ import annotations

import re
import shutil

from cjm_widgets.cli import main
from cjm_widgets.config import load_kit
from cjm_widgets.labels import TEXTS
from conftest import DEMO

IMAGES = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=\s]+")


def test_a_polish_clients_report_is_polish_with_charts_and_names(tmp_path):
    client = tmp_path / "demo"
    shutil.copytree(DEMO, client, ignore=shutil.ignore_patterns("out", "out.*", "journey.json"))
    kit = client / "kit.yaml"
    text = kit.read_text(encoding="utf-8")
    assert "\nlanguage: en " in text
    kit.write_text(text.replace("\nlanguage: en ", "\nlanguage: pl ", 1), encoding="utf-8")
    assert main(["run", str(client)]) == 0
    page = (client / "out" / "report.html").read_text(encoding="utf-8")

    assert re.search(r'<html[^>]*\blang="pl"', page)
    assert len(re.findall(r'<img[^>]+src="data:image/png', page)) >= 5  # answers, quotes, shares, curve, IPA
    assert "<Figure size" not in page and "&lt;Figure size" not in page
    words = IMAGES.sub("", page)
    assert not re.search(r"\bNaN\b", words)
    english = [TEXTS[key]["en"] for key in TEXTS if key.startswith("guide_") and key.endswith("_title")]
    shown = [title for title in english if f">{title}<" in words]
    assert shown == [] and "What this step is for" not in words and "Look at:" not in words
    assert ">1 · Ankieta<" in words and "Oceny punktów styku" in words and "Brak problemów." in words

    scores = words[words.index("Oceny punktów styku"):]
    scores = scores[:scores.index("</table>")]
    touchpoints = load_kit(client).touchpoints
    assert all(f"<td>{t.name}</td>" in scores.replace("&#x27;", "'") for t in touchpoints)
    assert not any(f"<td>{t.id}</td>" in scores for t in touchpoints if t.id != t.name)
    assert re.search(r"<td>[+−]\d,\d\d</td>", scores)  # Polish decimals, typographic minus
