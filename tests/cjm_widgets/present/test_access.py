"""The access code, the URLs handed out with it, the facilitator's panel and `cjm present --help`."""
from __future__ import annotations

import ipaddress
import subprocess
import sys
import urllib.parse

import pytest

from cjm_widgets.cli import main
from cjm_widgets.errors import InputError
from cjm_widgets.present import FacilitatorPanel, read_session
from cjm_widgets.present.access import check_code, new_code, participant_urls, write_session


def test_each_session_gets_a_fresh_short_code():
    codes = {new_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(c) == 6 and check_code(c) == c for c in codes)


@pytest.mark.parametrize("bad", ["", "abc", "has space", "a/b/c/d/e", "x" * 65])
def test_a_bad_code_is_refused_with_a_fix(bad):
    with pytest.raises(InputError, match="--code.*Fix: use 6 to 64 letters"):
        check_code(bad)


def test_urls_on_all_interfaces_name_real_addresses_and_carry_the_code():
    urls = participant_urls("0.0.0.0", 8866, "k7m2qp")
    assert urls
    for url in urls:
        parts = urllib.parse.urlparse(url)
        assert parts.port == 8866 and parts.query == "token=k7m2qp"
        address = ipaddress.ip_address(parts.hostname)  # a number, not "<this computer's address>"
        assert not address.is_unspecified
        assert not address.is_loopback or urls == ["http://127.0.0.1:8866/?token=k7m2qp"]
    assert participant_urls("127.0.0.1", 9000, "k7m2qp") == ["http://127.0.0.1:9000/?token=k7m2qp"]


def test_help_shows_the_defaults(capsys):
    with pytest.raises(SystemExit):
        main(["present", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "(default: 8866)" in text and "(default: 0.0.0.0)" in text and "(default: 3)" in text
    assert "fresh 6-character code" in text


def test_the_facilitator_panel_shows_code_and_qr_and_reveals_totals(tmp_path):
    assert "is not serving this client" in FacilitatorPanel(tmp_path).children[0].value
    assert "nie udostępnia tego klienta" in FacilitatorPanel(tmp_path, language="pl").children[0].value
    write_session(tmp_path, {"code": "k7m2qp", "urls": ["http://192.0.2.2:8866/?token=k7m2qp"], "reveal": False})
    panel = FacilitatorPanel(tmp_path)
    shown = panel.children[0].value
    assert "k7m2qp" in shown and shown.count("<svg") == 1 and "http://192.0.2.2:8866/?token=k7m2qp" in shown
    panel.reveal.value = True
    assert read_session(tmp_path)["reveal"] is True
    panel.reveal.value = False
    assert read_session(tmp_path)["reveal"] is False


def test_a_session_whose_process_is_gone_is_no_session(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    write_session(tmp_path, {"code": "k7m2qp", "urls": [], "reveal": False, "pid": int(gone.stdout)})
    assert read_session(tmp_path) == {}  # `cjm present` was killed -9: the panel must not show a dead code


def test_present_prints_the_code_and_urls_in_the_clients_language(tmp_path, monkeypatch, capsys):
    import cjm_widgets.present as presenting

    (tmp_path / "kit.yaml").write_text("client: Sklep\nlanguage: pl\n", encoding="utf-8")

    class Voila:  # the page itself is started in chain/test_present_browser
        def __init__(self, argv, env):
            self.argv = argv

        def wait(self):
            return 0

    monkeypatch.setattr(presenting.subprocess, "Popen", Voila)
    assert presenting.present(tmp_path, code="k7m2qp", host="127.0.0.1", port=8899) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Kod dostępu: k7m2qp   (bez niego strona pokazuje tylko formularz logowania)"
    assert lines[1].startswith("Uczestnicy: otwórzcie http://127.0.0.1:8899/") and "k7m2qp" in lines[1]
    assert lines[-1].startswith("Prowadzący: FacilitatorPanel(client_dir) w notatniku")
    assert read_session(tmp_path) == {}  # the session ends with the page
