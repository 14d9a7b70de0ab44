"""Locked read-modify-write of a client's journey.json, with undo and dot votes.

Several kernels write the same journey during a workshop (the facilitator's JupyterLab and one
Voilà kernel per participant). Each change therefore takes an exclusive lock, reads the file as
it is on disk *now*, applies the change and saves atomically before releasing: no edit or vote
can overwrite another. The version before each change is kept under ``.journey_history/`` so
the last changes can be undone. journey.json holds the team's decisions only; a run's results
(scores, pain points, evidence rows) are read beside them from out/ and never written here, so
an edit costs the same for 300 or 1,000,000 respondents and undo holds team edits only.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from .client import last_results, load_journey, with_results, without_evidence
from .clientdir import ClientDir
from .errors import CJMError
from .model import Journey, opportunity_vote_key, pain_vote_key, write_json

HISTORY_KEEP = 20

PathLike = Union[str, os.PathLike]


class EditRefused(CJMError):
    """A change was refused (bad input, no dots left...); the message is meant for the user.

    Raised with a label key (``EditRefused(key="no_dots_left", max_dots=3)``), so an editor says it
    in the journey's language (``in_language``).
    """


def resolve_path(client_dir_or_path: PathLike) -> Path:
    """Accept a client directory or the journey.json inside it."""
    path = Path(client_dir_or_path)
    return ClientDir(path).journey if path.is_dir() else path


def read_journey(client_dir_or_path: PathLike) -> Journey:
    """The team's journey as it is on disk now (seeded from kit.yaml before the first save), with the
    last run's results beside it: what the editors show.

    An existing file is read as it is (not merged with kit.yaml), so a touchpoint the team
    removed stays removed.
    """
    path = resolve_path(client_dir_or_path)
    return with_results(_decisions(path), last_results(path.parent))


def _decisions(path: Path) -> Journey:
    """journey.json without anything derived (files from older kits held a run's evidence too)."""
    return without_evidence(load_journey(path.parent, path=path))


def update_journey(client_dir_or_path: PathLike, change: Callable[[Journey], None]) -> Journey:
    """Apply ``change`` to the journey on disk under an exclusive lock and save it at once.

    If ``change`` raises (e.g. :class:`EditRefused`), nothing is written.
    """
    return _update(resolve_path(client_dir_or_path), lambda journey, ballots: change(journey))


def undo(client_dir_or_path: PathLike) -> Journey:
    """Restore the version before the last change (votes included); repeatable up to 20 times."""
    path = resolve_path(client_dir_or_path)
    with _locked(path):
        snapshots = _history(path)
        if not snapshots:
            raise EditRefused(key="nothing_to_undo")
        latest = snapshots[-1]
        entry = json.loads(latest.read_text(encoding="utf-8"))
        journey = Journey.from_dict(entry["journey"], str(latest))
        journey.save(path)
        write_json(_ballots_path(path), entry.get("ballots") or {})
        latest.unlink()
        return with_results(journey, last_results(path.parent))


# ---- dot votes ---------------------------------------------------------------------------

def vote_items(journey: Journey) -> list[tuple[str, str]]:
    """What can be voted on, as (item id, label): pain points, then opportunities.

    Pain points have no id of their own, so they vote under ``pain:<touchpoint id>``;
    opportunities under ``opportunity:<id>``. These keys are what ``Journey.votes`` holds.
    """
    names = {t.id: t.name for t in journey.touchpoints}
    items = [(pain_vote_key(p.touchpoint), names.get(p.touchpoint, p.touchpoint)) for p in journey.pain_points]
    items += [(opportunity_vote_key(o.id), o.title) for o in journey.opportunities]
    return items


def cast_vote(client_dir_or_path: PathLike, item_id: str, voter: str, dots: int = 1, *,
              max_dots: Optional[int] = None) -> Journey:
    """Add ``dots`` (negative: take back own dots) for ``voter`` on ``item_id``.

    Refused with a readable message when the voter has no name, the item is gone from the map,
    or the voter would spend more than ``max_dots`` dots in total.
    """
    voter = voter.strip()
    if not voter:
        raise EditRefused(key="voter_missing")
    if not isinstance(dots, int) or dots == 0:
        raise EditRefused(key="bad_dots")

    def change(journey: Journey, ballots: dict) -> None:
        if item_id not in dict(vote_items(journey)):
            raise EditRefused(key="item_gone")
        mine = ballots.setdefault(voter, {})
        if mine.get(item_id, 0) + dots < 0:
            raise EditRefused(key="no_dots_here")
        if max_dots is not None and dots > 0 and sum(mine.values()) + dots > max_dots:
            raise EditRefused(key="no_dots_left", max_dots=max_dots)
        mine[item_id] = mine.get(item_id, 0) + dots
        journey.votes = {**journey.votes, item_id: journey.votes.get(item_id, 0) + dots}

    return _update(resolve_path(client_dir_or_path), change)


def dots_used(client_dir_or_path: PathLike, voter: str) -> int:
    """Dots ``voter`` has spent so far."""
    return sum(_read_json(_ballots_path(resolve_path(client_dir_or_path))).get(voter.strip(), {}).values())


# ---- plumbing ----------------------------------------------------------------------------

def _update(path: Path, change: Callable[[Journey, dict], None]) -> Journey:
    """The one transaction: lock, read journey + ballots, change both, keep the old pair, save."""
    with _locked(path):
        decisions, results = _decisions(path), last_results(path.parent)
        journey = with_results(decisions, results)
        ballots = _read_json(_ballots_path(path))
        before = {"journey": decisions.to_dict(), "ballots": json.loads(json.dumps(ballots))}
        change(journey, ballots)
        saved = without_evidence(journey)
        if not decisions.personas and results is not None and _plain(journey.personas) == _plain(results.personas):
            saved.personas = []  # still the run's personas: the team has not made them its own
        _push_history(path, before)
        saved.save(path)
        write_json(_ballots_path(path), ballots)
        return journey


def _plain(personas) -> list:
    return [p.__dict__ for p in personas]


def _ballots_path(path: Path) -> Path:
    return ClientDir.of_journey(path).ballots


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(ClientDir.of_journey(path).lock, "a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _history(path: Path) -> list[Path]:
    folder = ClientDir.of_journey(path).undo
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _push_history(path: Path, entry: dict) -> None:
    folder = ClientDir.of_journey(path).undo
    folder.mkdir(exist_ok=True)
    existing = _history(path)
    number = int(existing[-1].stem) + 1 if existing else 1
    write_json(folder / f"{number:08d}.json", entry, durable=False, indent=None)
    for old in existing[: max(0, len(existing) + 1 - HISTORY_KEEP)]:
        old.unlink()


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


