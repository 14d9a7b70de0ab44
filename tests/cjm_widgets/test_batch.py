"""`cjm batch` over three copies of the demo, one with broken data."""
from __future__ import annotations

import shutil
import subprocess
import sys

from conftest import DEMO


def test_batch_keeps_going_past_a_broken_client(tmp_path):
    clients = []
    for name in ("alpha", "broken", "gamma"):
        shutil.copytree(DEMO, tmp_path / name, ignore=shutil.ignore_patterns("out", "out.*"))
        clients.append(tmp_path / name)
    (tmp_path / "broken" / "data" / "survey.csv").write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "cjm_widgets.cli", "batch", "--quiet", *map(str, clients)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    lines = {line.split()[0]: line for line in done.stdout.splitlines() if line.startswith(str(tmp_path))}
    assert " ok " in lines[str(clients[0])] and "journey_map.html" in lines[str(clients[0])]
    assert " ok " in lines[str(clients[2])]
    assert " failed " in lines[str(clients[1])] and "survey.csv" in lines[str(clients[1])]
    assert "2 ok, 1 failed" in done.stdout
    assert (clients[0] / "out" / "journey_map.html").is_file()
    assert not (clients[1] / "out").exists()


def test_the_summary_says_each_client_in_its_own_language():
    from cjm_widgets.batch import ClientOutcome, format_summary

    outcomes = [ClientOutcome("sklep", "ok", 12.34, outputs=["journey_map.html"], language="pl"),
                ClientOutcome("magazin", "failed", 1.5, "kit.yaml: не соответствует выгрузке опроса", language="ru")]
    lines = format_summary(outcomes).splitlines()
    assert lines[0].split() == ["client", "status", "seconds", "outputs", "/", "error"]  # two languages: English
    assert lines[1].split() == ["sklep", "ok", "12,3", "journey_map.html"]
    assert lines[2].split()[:3] == ["magazin", "сбой", "1,5"] and lines[2].endswith("не соответствует выгрузке опроса")
    assert lines[3] == "1 ok, 1 failed"
    polish = format_summary([outcomes[0], ClientOutcome("hurt", "failed", 2.0, "błąd", language="pl")]).splitlines()
    assert polish[0].split() == ["klient", "stan", "sekundy", "wyniki", "/", "błąd"]
    assert polish[2].split()[:2] == ["hurt", "błąd"] and polish[3] == "1 ok, 1 z błędem"


def test_a_failing_client_is_reported_in_its_language(tmp_path):
    from cjm_widgets.batch import run_one

    client = tmp_path / "sklep"
    shutil.copytree(DEMO, client, ignore=shutil.ignore_patterns("out", "out.*", "journey.json", "history"))
    kit = client / "kit.yaml"
    kit.write_text(kit.read_text(encoding="utf-8").replace("\nlanguage: en ", "\nlanguage: pl ", 1), encoding="utf-8")
    (client / "data" / "survey.csv").write_text("a,b\n1,2\n3\n", encoding="utf-8")
    outcome = run_one(str(client))
    assert outcome.status == "failed" and outcome.language == "pl"
    assert "kit.yaml: nie pasuje do eksportu ankiety survey.csv: - wiersz 15, kolumna 15, survey.questions, " \
           "pozycja 1, column " in outcome.error  # the demo kit.yaml's first question, line 15
    assert not (client / "out").exists()
