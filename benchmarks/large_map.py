"""journey_map.html for a large journey: its size, and its time to render in headless Chromium.

The journey is built in code: 10 stages, 80 touchpoints, 6 personas, 30 observations per
touchpoint (ratings and quoted comments), scored by the kit. Load time is the page's own
Navigation Timing (loadEventEnd) and first paint from the Paint Timing API.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

from cjm_widgets.model import Journey, Observation, Persona, Source, Stage, Touchpoint
from cjm_widgets.render import render_map_html
from cjm_widgets.scoring import score_all

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
COMMENTS = ["Delivery was late again and nobody told me why.", "Checkout was quick & easy <3",
            "The search finds nothing useful.", "Great prices, friendly chat support."]


def large_journey(stages: int = 10, touchpoints: int = 80, personas: int = 6, per_touchpoint: int = 30,
                  seed: int = 0) -> Journey:
    rng = random.Random(seed)
    journey = Journey(client="Benchmark Shop",
                      stages=[Stage(f"s{i}", f"Stage {i}", goals=["Find the right product"]) for i in range(stages)],
                      personas=[Persona(f"p{i}", f"Persona {i}", share=1 / personas, quote="It should just work.")
                                for i in range(personas)])
    journey.touchpoints = [Touchpoint(f"t{i}", f"Touchpoint {i}", f"s{i % stages}", reach=rng.uniform(0.2, 1))
                           for i in range(touchpoints)]
    for tp in journey.touchpoints:
        for k in range(per_touchpoint):
            quoted = k % 5 == 0
            journey.observations.append(Observation(
                touchpoint=tp.id, stage=tp.stage, valence=rng.choice([-1, -0.5, 0, 0.5, 1]),
                kind="text" if quoted else "rating", text=rng.choice(COMMENTS) if quoted else "",
                persona=f"p{k % personas}", respondent=str(k),
                source=Source("survey.csv", row=k + 2, column=f"Question about {tp.name}")))
    return score_all(journey)


def measure(workdir: Path) -> dict[str, float]:
    journey = large_journey()
    started = time.perf_counter()
    html = render_map_html(journey)
    build_ms = (time.perf_counter() - started) * 1000
    path = workdir / "journey_map.html"
    path.write_text(html, encoding="utf-8")
    result = {"map_html_kb": round(path.stat().st_size / 1024), "map_build_ms": round(build_ms)}
    return result | render_in_chromium(path)


def render_in_chromium(path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto(path.as_uri(), wait_until="load")
        timing = page.evaluate("""() => {
            const nav = performance.getEntriesByType('navigation')[0];
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return {load: nav.loadEventEnd, paint: paint ? paint.startTime : null};
        }""")
        browser.close()
    return {"map_render_ms": round(timing["load"]), "map_first_paint_ms": round(timing["paint"] or 0)}
