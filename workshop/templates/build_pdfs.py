"""Print the workshop templates to PDF with headless Chromium, for facilitators without a browser at hand.

    python workshop/templates/build_pdfs.py            # re-renders the HTML, writes pdf/*.pdf

The paper size comes from each template's CSS @page rule (preferCSSPageSize), so the HTML
printed from a browser and the PDF agree: A3 landscape for the map, A4 for the rest.
Uses the system Chromium (/usr/bin/chromium); nothing is downloaded.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render_templates  # noqa: E402  (sibling module, not a package)

CHROMIUM = os.environ.get("CJM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
PDF_DIR = HERE / "pdf"


def build_pdfs(html_files: list[Path], out_dir: Path = PDF_DIR) -> list[Path]:
    """One PDF per HTML file, named alike, in out_dir; returns the PDFs written."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            for html in html_files:
                page.goto(html.resolve().as_uri(), wait_until="load")
                target = out_dir / f"{html.stem}.pdf"
                page.pdf(path=str(target), prefer_css_page_size=True, print_background=True)
                written.append(target)
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PDF_DIR, help="folder for the PDFs (default: pdf/)")
    args = parser.parse_args(argv)
    for pdf in build_pdfs(render_templates.write_all(), args.out):
        print(pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
