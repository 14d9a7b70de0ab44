"""A wheel built from the checkout runs the kit from a fresh virtualenv outside the repository.

The venv borrows the other dependencies from this environment through a `.pth` line (no network),
but not the checkout nor the editable install's finder, so only the wheel's files can answer.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import DEMO, ROOT

SOURCES = ("pyproject.toml", "README.md", "cjm_widgets", "notebooks", "survey_templates")
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "out", "out.partial", ".ipynb_checkpoints")


def _run(args, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert done.returncode == 0, f"{' '.join(map(str, args))} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the checkout's sources, so a stale build/ folder cannot leak into it."""
    source, dist = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("dist")
    for name in SOURCES:
        (shutil.copytree(ROOT / name, source / name, ignore=JUNK) if (ROOT / name).is_dir()
         else shutil.copy(ROOT / name, source / name))
    _run([sys.executable, "-m", "pip", "wheel", source, "--no-deps", "-q", "-w", dist])
    return next(dist.glob("cjm_workshop_kit-*.whl"))


@pytest.fixture(scope="module")
def kit_venv(wheel, tmp_path_factory) -> Path:
    """A new venv with only the wheel installed; everything else comes from this interpreter's site-packages."""
    home = tmp_path_factory.mktemp("venv") / "kit"
    venv.create(home, with_pip=False)
    python = home / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip())
    borrowed = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    assert not any((Path(p) / "cjm_widgets").exists() for p in borrowed)  # the checkout is not among them
    (site / "borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel])
    return home


def test_wheel_holds_every_module_notebook_and_template(wheel):
    """A package missing from pyproject's list would silently drop out of the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {p.relative_to(ROOT).as_posix() for p in (ROOT / "cjm_widgets").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}
    expected |= {f"cjm_widgets/notebooks/{p.name}" for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")}
    expected |= {f"cjm_widgets/survey_templates/{p.name}" for p in (ROOT / "survey_templates").glob("*.yaml")}
    missing = sorted(expected - names)
    assert missing == [], f"not in the wheel (list its package under [tool.setuptools] in pyproject.toml): {missing}"
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata


def test_cjm_run_from_the_wheel_writes_the_map(kit_venv, tmp_path):
    """`cjm run` on a copy of the demo, with the venv's own cjm, notebooks and kernel."""
    python, cjm = kit_venv / "bin" / "python", kit_venv / "bin" / "cjm"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CJM_NOTEBOOKS", "VIRTUAL_ENV")}
    # kernels start `python` from PATH: leave no other venv's python there, only the kit's (runner adds it)
    # nbconvert's templates and the python3 kernelspec are data files of this env, not site-packages
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    here = Path(sys.executable).parent.resolve()
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and Path(p).resolve() != here)
    located = _run([python, "-c", "import shutil, cjm_widgets, cjm_widgets.runner as r; print(cjm_widgets.__file__); "
                    "print(r.NOTEBOOKS_DIR); r._kernel_environment(); from jupyter_client.kernelspec import "
                    "get_kernel_spec; print(shutil.which(get_kernel_spec('python3').argv[0])); "
                    "from cjm_widgets.survey import codebook; print(codebook.available_codebooks())"],
                   cwd=tmp_path, env=env).stdout.splitlines()
    # the package, its notebooks and the python the notebooks' kernel starts are all the venv's
    assert all(Path(line).is_relative_to(kit_venv) for line in located[:3]), located
    assert "cx_post_purchase" in located[3]

    client = tmp_path / "demo"
    shutil.copytree(DEMO, client, ignore=JUNK)
    _run([cjm, "run", client], cwd=tmp_path, env=env, timeout=300)

    assert (client / "out" / "journey_map.html").stat().st_size > 10_000
    executed = sorted((client / "out" / "notebooks").glob("*.ipynb"))
    assert executed, "no executed notebooks in out/notebooks"
    for notebook in executed:
        source = json.loads(notebook.read_text(encoding="utf-8"))["metadata"]["papermill"]["input_path"]
        assert Path(source).is_relative_to(kit_venv), source
