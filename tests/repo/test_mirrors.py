"""Tests mirror the package: cjm_widgets/<subpackage>/<module>.py is tested in
tests/cjm_widgets/<subpackage>/test_<module>.py, so a module's tests are found without searching.

The modules below have no file of their own yet; their behaviour is tested where the value says.
The list only shrinks: a module that gets its test file must leave it, a new module must come with one.
"""
from __future__ import annotations

from conftest import ROOT

PACKAGE = ROOT / "cjm_widgets"
TESTS = ROOT / "tests" / "cjm_widgets"

TESTED_ELSEWHERE = {
    "client.py": "test_config, test_edits, chain/test_notebooks",
    "personas/answers.py": "personas/test_propose",
    "personas/cards.py": "personas/test_propose, test_labels",
    "personas/describe.py": "personas/test_propose",
    "personas/export.py": "personas/test_propose",
    "personas/look.py": "test_labels, widgets/test_language",
    "personas/reconcile.py": "personas/test_propose, test_operations",
    "preflight.py": "test_config, test_kit_init",
    "present/page.py": "present/test_access, chain/test_present_browser",
    "render/ipa.py": "test_insights",
    "render/mermaid.py": "render/test_exports",
    "render/tables.py": "render/test_exports, chain/test_future_state",
    "render/trends.py": "test_history",
    "render/view.py": "render/test_html, render/test_exports, chain/test_future_state (a stage it does not know)",
    "stages.py": "test_model, test_operations",
    "survey/bulk_csv.py": "chain/test_benchmarks",
    "survey/codebook.py": "survey/test_observations",
    "survey/detect.py": "survey/test_read",
    "survey/formats.py": "survey/test_read",
    "survey/inspect.py": "survey/test_read",
    "survey/propose.py": "test_kit_init",
    "survey/tables.py": "survey/test_read, chain/test_hostile_inputs",
    "survey/types.py": "survey/test_read, render/test_steps",
    "survey/valences.py": "survey/test_scales, test_scoring_real",
    "transcripts/formats.py": "transcripts/test_read",
    "transcripts/questions.py": "transcripts/test_coding_rules (the interviewer's turns as context)",
    "transcripts/quotes.py": "transcripts/test_coding",
    "transcripts/story.py": "transcripts/test_coding_rules (topics clause by clause)",
    "transcripts/transcript.py": "transcripts/test_read, transcripts/test_coding_rules",
    "transcripts/words.py": "transcripts/test_coding_rules, transcripts/test_coding (words compared as words)",
}


def mirror(module: str) -> str:
    """tests/cjm_widgets/... path of a module's test file, e.g. survey/read.py -> survey/test_read.py."""
    folder, _, name = module.rpartition("/")
    return f"{folder + '/' if folder else ''}test_{name}"


def unmirrored() -> set[str]:
    modules = {path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py") if path.name != "__init__.py"}
    return {module for module in modules if not (TESTS / mirror(module)).is_file()}


def test_every_module_has_its_test_file_or_says_where_it_is_tested():
    missing = sorted(unmirrored() - set(TESTED_ELSEWHERE))
    assert missing == [], "write these test files: " + ", ".join(f"tests/cjm_widgets/{mirror(m)}" for m in missing)


def test_the_list_of_modules_tested_elsewhere_only_shrinks():
    stale = sorted(set(TESTED_ELSEWHERE) - unmirrored())
    assert stale == [], f"these have their own test file (or are gone): remove them from TESTED_ELSEWHERE: {stale}"


def test_the_mirror_of_a_module():
    assert mirror("survey/read.py") == "survey/test_read.py" and mirror("kpis.py") == "test_kpis.py"
