"""The runner's own words: its progress bar counts notebooks in the client's language (the whole run
is tested in chain/test_notebooks)."""
from __future__ import annotations

from cjm_widgets.runner import _progress_bar


def test_the_progress_bar_counts_notebooks_in_the_clients_language():
    for language, unit in (("en", "notebook"), ("pl", "notatnik"), ("ru", "блокнот")):
        bar = _progress_bar(6, language)
        try:
            assert bar.unit == unit and bar.total == 6
        finally:
            bar.close()
