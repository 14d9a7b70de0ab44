"""MapPreview: redrawn after each save, text escaped, other kernels' changes shown on Refresh."""
from __future__ import annotations

import html

from cjm_widgets.edits import undo
from cjm_widgets.widgets import MapPreview, StageEditor


def test_preview_redraws_after_each_save_and_escapes_text(client):
    preview = MapPreview(client)
    stages = StageEditor(client)
    stages.rows[0].name.value = "Discovery <b>"
    shown = html.unescape(preview.view.value)  # the map sits in an iframe's srcdoc
    assert "Discovery &lt;b&gt;" in shown and "Discovery <b>" not in shown
    undo(client)  # as another kernel would: shows after Refresh
    assert "Awareness" not in preview.view.value
    preview.refresh_button.click()
    assert "Awareness" in preview.view.value
