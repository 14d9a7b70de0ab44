"""Client data and session files stay out of git: README tells users to keep clients in clients/."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import ROOT



@pytest.mark.skipif(not shutil.which("git") or not (ROOT / ".git").exists(), reason="not a git checkout")
@pytest.mark.parametrize("path", ["clients/acme/data/survey.csv", "clients/acme/journey.json",
                                  "workshop/demo/.cjm-present.json", "workshop/demo/.cjm-run.lock"])
def test_client_files_are_ignored(path):
    done = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT)
    assert done.returncode == 0, f"{path} could be committed by accident"
