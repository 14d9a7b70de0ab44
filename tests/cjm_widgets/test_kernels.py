"""A kernel started ahead has the notebook's imports loaded, runs in the client folder, and leaves the
notebook as if it had started it itself: execution counts from 1, no names bound."""
from __future__ import annotations

import subprocess
import sys

import nbformat
import papermill

from cjm_widgets.kernels import started_kernel, stop, top_level_imports


def notebook(path, *sources):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return str(path)


def test_top_level_imports_skip_the_editors_inside_if_blocks_and_magics(tmp_path):
    path = notebook(tmp_path / "n.ipynb",
                    "from IPython.display import display\nimport json, csv as c",
                    "%matplotlib inline",
                    "if interactive:\n    from cjm_widgets.widgets import StageEditor",
                    "from . import nothing\nimport json")
    assert top_level_imports(path) == ["IPython.display", "json", "csv"]


def test_a_started_kernel_runs_the_notebook_as_a_fresh_one_would(tmp_path):
    client = tmp_path / "client"
    client.mkdir()
    source = notebook(tmp_path / "n.ipynb",
                      "import sys, os\nimport wave",
                      "print(os.getcwd(), 'wave' in sys.modules, '_m' in dir())")
    km = started_kernel(source, str(client))
    try:
        loaded = notebook(tmp_path / "probe.ipynb", "import sys\nprint('wave' in sys.modules)")
        papermill.execute_notebook(loaded, str(tmp_path / "probe.out.ipynb"), kernel_name="python3",
                                   progress_bar=False, km=km)
        assert nbformat.read(tmp_path / "probe.out.ipynb", 4).cells[0].outputs[0].text == "True\n"
    finally:
        stop(km)
    assert not km.has_kernel

    km = started_kernel(source, str(client))
    try:
        papermill.execute_notebook(source, str(tmp_path / "out.ipynb"), kernel_name="python3",
                                   progress_bar=False, km=km)
    finally:
        stop(km)
    cells = nbformat.read(tmp_path / "out.ipynb", 4).cells
    assert [cell.execution_count for cell in cells] == [1, 2]
    assert cells[1].outputs[0].text == f"{client} True False\n"


def test_a_run_stopped_while_kernels_boot_ends_them_without_a_stray_traceback(tmp_path):
    source = notebook(tmp_path / "n.ipynb", "import json")
    script = ("import sys\nfrom cjm_widgets.kernels import started_kernel, stop\n"
              "for _ in range(10):\n"  # with a heartbeat thread, about half of these printed a ZMQError traceback;
              # ended by shutdown_kernel(now=True), now and then one printed the SIGINT it sends first as a KeyboardInterrupt
              f"    km = started_kernel({source!r}, {str(tmp_path)!r}, stopped=lambda: True)\n"
              "    assert not km.has_kernel\n    stop(km)\nprint('stopped')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout == "stopped\n" and "Traceback" not in done.stderr, done.stderr
