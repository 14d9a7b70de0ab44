"""The `cjm` command: a thin layer over the library; errors become one plain message, no traceback."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .errors import CJMError


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    from .labels import label

    language = args.client_language = _language(args)
    try:
        return args.handler(args) or 0
    except CJMError as exc:
        print(label("cli_error", language, message=exc.in_language(language)), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `cjm evidence DIR | head` stopped reading: it has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (OSError, ValueError) as exc:
        print(label("cli_error", language, message=exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(label("cli_interrupted", language), file=sys.stderr)
        return 130


def _language(args) -> str:
    """The language the command speaks: ``--language`` when given, else the client's (its kit.yaml's,
    read cheaply) when the command names a client folder or a file in one (data/survey.csv,
    data/interviews/a.vtt), else English."""
    from .config import KIT_FILE, kit_language
    from .labels import language_of

    if getattr(args, "language", None):
        return language_of(args.language)
    if getattr(args, "dir", None):
        return kit_language(args.dir)
    if getattr(args, "file", None):
        folders = Path(args.file).resolve().parents
        return next((kit_language(folder) for folder in folders[:3] if (folder / KIT_FILE).is_file()), "en")
    return "en"


_INSPECT_LANGUAGE = "language of the report (default: that of the kit.yaml in the file's client folder, else English)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cjm", description="CJM Workshop Kit: research data in, journey map out.")
    commands = parser.add_subparsers(metavar="COMMAND")

    init = commands.add_parser("init", help="create a client folder with a commented kit.yaml and an empty data/")
    init.add_argument("dir")
    init.add_argument("--client", default="", help="client name shown on the map")
    init.add_argument("--from", dest="export", default=None, metavar="EXPORT",
                      help="a survey export: copied into data/, and kit.yaml proposed from its questions")
    init.add_argument("--language", choices=("en", "pl", "ru"), default=None,
                      help="the client's language (default: guessed from the export's questions)")
    init.set_defaults(handler=_init)

    run = commands.add_parser("run", help="rerun every notebook on a client folder and rebuild out/")
    run.add_argument("dir")
    run.add_argument("--quiet", action="store_true", help="no progress bars")
    run.set_defaults(handler=_run)

    batch = commands.add_parser("batch", help="rerun many client folders in parallel, with a summary")
    batch.add_argument("dirs", nargs="+", metavar="DIR")
    batch.add_argument("--workers", type=int, default=None, help="parallel processes (default: all cores)")
    batch.add_argument("--quiet", action="store_true", help="no progress bar")
    batch.set_defaults(handler=_batch)

    diff = commands.add_parser("diff", help="what changed between two runs of a client (default: the last two)")
    diff.add_argument("dir")
    diff.add_argument("--from", dest="before", metavar="RUN",
                      help="the earlier run: a snapshot name, a unique start of it, or an index like -2")
    diff.add_argument("--to", dest="after", metavar="RUN", help="the later run (default: the last)")
    diff.set_defaults(handler=_diff)

    evidence = commands.add_parser("evidence", help="every observation behind the scores, with file and row or line")
    evidence.add_argument("dir")
    evidence.add_argument("--touchpoint", help="a touchpoint id or name")
    evidence.add_argument("--persona", help="a persona name or id")
    evidence.add_argument("--kind", choices=("rating", "quote", "text", "judgement"))
    evidence.add_argument("--csv", action="store_true", help="write all rows as CSV (safe to open in Excel)")
    evidence.set_defaults(handler=_evidence)

    funnel = commands.add_parser("funnel-sql", help="the ordered-funnel SQL for this client's stages, to run in "
                                 "BigQuery, Snowflake or Spark")
    funnel.add_argument("dir")
    funnel.add_argument("--table", default="`project.analytics_123.events_*`",
                        help="the warehouse table of events with GA4's columns (default: %(default)s)")
    funnel.set_defaults(handler=_funnel_sql)

    present = commands.add_parser("present", help="the participants' Voila page: map summary and dot-voting",
                                  description="Serve the participants' page; only browsers with the access "
                                              "code see the map. Ctrl-C or SIGTERM stop it and its kernels.",
                                  formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    present.add_argument("dir", help="the client folder")
    present.add_argument("--port", type=int, default=8866, help="port of the page")
    present.add_argument("--host", default="0.0.0.0",
                         help="address to listen on: 0.0.0.0 = every network of this computer (laptops in the "
                              "room, with the code); 127.0.0.1 keeps the page on this computer")
    present.add_argument("--code", default=argparse.SUPPRESS,
                         help="access code (6-64 letters, digits, - or _); default: a fresh 6-character code")
    present.add_argument("--max-dots", type=int, default=3, help="dots each participant may cast")
    present.set_defaults(handler=_present)

    survey = commands.add_parser("survey", help="survey exports").add_subparsers(metavar="ACTION")
    survey_inspect = survey.add_parser("inspect", help="detect tool, encoding, header rows and question types")
    survey_inspect.add_argument("file")
    survey_inspect.add_argument("--json", action="store_true", help="print the report as JSON")
    survey_inspect.add_argument("--language", choices=("en", "pl", "ru"), default=None, help=_INSPECT_LANGUAGE)
    survey_inspect.set_defaults(handler=_survey_inspect)

    transcript = commands.add_parser("transcript", help="interview transcripts").add_subparsers(metavar="ACTION")
    transcript_inspect = transcript.add_parser("inspect", help="detect format, speakers and utterances")
    transcript_inspect.add_argument("file")
    transcript_inspect.add_argument("--json", action="store_true", help="print the report as JSON")
    transcript_inspect.add_argument("--language", choices=("en", "pl", "ru"), default=None,
                                    help=_INSPECT_LANGUAGE)
    transcript_inspect.set_defaults(handler=_transcript_inspect)
    return parser


def _init(args) -> int:
    from .config import kit_language
    from .labels import label

    data = Path(args.dir) / "data"
    if args.export:
        from .kit_init import init_from_export

        path = init_from_export(args.dir, args.export, language=args.language, client=args.client)
        print(label("cli_init_from", kit_language(args.dir), path=path, export=args.export, data=data, dir=args.dir))
        return 0
    from .config import write_template

    path = write_template(args.dir, args.client, args.language)
    print(label("cli_init", kit_language(args.dir), path=path, data=data, dir=args.dir))
    return 0


def _run(args) -> int:
    from .drilldown import evidence_counts
    from .labels import count, label, number
    from .runner import run_client

    result = run_client(args.dir, progress=not args.quiet)
    lang = result.language
    print(label("cli_done", lang, seconds=number(result.seconds, lang, digits=1), path=result.out / "journey_map.html"))
    observations, rows, transcripts = evidence_counts(args.dir)
    sources = [label("survey_rows", lang, rows=count(rows, "row", lang))] if rows else []
    if transcripts:  # the transcripts with quotes; the others are named among the run's problems
        sources.append(label("transcripts_quoted", lang, transcripts=count(transcripts, "transcript", lang)))
    if sources:
        print(label("cli_done_evidence", lang, observations=count(observations, "observation", lang),
                    sources=", ".join(sources)))
    return 0


def _batch(args) -> int:
    from .batch import format_summary, run_batch

    outcomes = run_batch(args.dirs, workers=args.workers, progress=not args.quiet)
    print(format_summary(outcomes))
    return 1 if any(o.status != "ok" for o in outcomes) else 0


def _diff(args) -> int:
    from .history import diff_runs, format_diff

    print(format_diff(diff_runs(args.dir, args.before, args.after)))
    return 0


def _evidence(args) -> int:
    from .drilldown import format_evidence, select_evidence, touchpoint_names

    frame = select_evidence(args.dir, touchpoint=args.touchpoint, persona=args.persona, kind=args.kind)
    if args.csv:
        from .render.tables import guard_cell

        frame.map(guard_cell).to_csv(sys.stdout, index=False, lineterminator="\n")
    else:
        print(format_evidence(frame, language=args.client_language, touchpoints=touchpoint_names(args.dir)))
    return 0


def _funnel_sql(args) -> int:
    from .config import load_kit
    from .funnel import stage_key as _norm_id, stage_patterns as _patterns, warehouse_sql
    from .stages import stage_ids

    kit = load_kit(args.dir)
    ids = {_norm_id(s): s for s in stage_ids(kit.stage_model)}
    analytics = kit.analytics or {}
    if not analytics.get("mapping"):
        raise CJMError(key="err_funnel_mapping", path=kit.path("kit.yaml"))
    patterns = _patterns(analytics["mapping"], ids, Path(analytics.get("file") or "events"))
    print(warehouse_sql(list(ids.values()), dict(patterns), table=args.table,
                        window_days=int(analytics.get("window_days", 30))), end="")
    return 0


def _present(args) -> int:
    from .present import present

    return present(args.dir, code=getattr(args, "code", None), port=args.port, host=args.host, max_dots=args.max_dots)


def _survey_inspect(args) -> int:
    from .survey import format_inspection, inspect_survey

    language = args.client_language
    _print_report(inspect_survey(args.file, language), args.json,
                  lambda report: format_inspection(report, language=language))
    return 0


def _transcript_inspect(args) -> int:
    from .transcripts import format_transcript_inspection, inspect_transcript

    language = args.client_language
    _print_report(inspect_transcript(args.file, language), args.json,
                  lambda report: format_transcript_inspection(report, language))
    return 0


def _print_report(report: dict, as_json: bool, formatter) -> None:
    print(json.dumps(report, ensure_ascii=False, indent=1, default=str) if as_json else formatter(report))


if __name__ == "__main__":
    sys.exit(main())
