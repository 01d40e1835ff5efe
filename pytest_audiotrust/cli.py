"""The ``audiotrust`` command.

    audiotrust corruptions [--family F] [--json]      list corruptions with their parameters per severity
    audiotrust suites                                  list the corruption suites and their cases
    audiotrust corrupt IN -c NAME -s N -o OUT [--seed S] [--param key=value ...]
                                                       render one corruption for listening; print what it achieved
    audiotrust report RESULTS.json -o OUT.html         re-render the HTML report from a --audiotrust-json file
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from .errors import AudiotrustError, ConfigError


def _fmt(value: Any) -> str:
    return json.dumps(value) if isinstance(value, (list, tuple, dict)) else str(value)


def _cmd_corruptions(args: argparse.Namespace) -> int:
    from .corruptions import catalog

    cat = catalog()
    items = [c for n, c in sorted(cat.items()) if not args.family or c.family == args.family]
    if args.family and not items:
        from .errors import unknown_name

        raise unknown_name("corruption family", args.family, {c.family for c in cat.values()})
    if args.json:
        out = [{"name": c.name, "family": c.family, "description": c.description, "length": c.length,
                "severities": {str(s): dict(c.levels[s - 1]) for s in range(1, 6)}} for c in items]
        print(json.dumps(out, indent=2, default=str))
        return 0
    for c in items:
        print(f"{c.name}  —  {c.description}" + (f"  [length: {c.length}]" if c.length != "same" else ""))
        for s in range(1, 6):
            params = ", ".join(f"{k}={_fmt(v)}" for k, v in c.levels[s - 1].items())
            print(f"    sev{s}: {params}")
    print(f"\n{len(items)} corruptions; severity 0 is the identity for every one.")
    return 0


def _cmd_suites(args: argparse.Namespace) -> int:
    from .corruptions import names
    from .corruptions.suites import available_suites, load_suite

    known = set(names())
    for name, path in available_suites().items():
        suite = load_suite(path, known)
        print(f"{name}  ({path})  —  {suite.description}")
        for case in suite.cases:
            print(f"    {case.id}")
    return 0


def _parse_param(text: str) -> tuple[str, Any]:
    key, sep, raw = text.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"--param {text!r}: expected key=value (value in TOML syntax, e.g. snr_db=7.5 or path=\"n.wav\")")
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw  # a bare word: take it as a string
    return key.strip(), value


def _cmd_corrupt(args: argparse.Namespace) -> int:
    from .corruptions import apply
    from .inputs.audio import Audio

    audio = Audio.load(args.input)
    params = dict(_parse_param(p) for p in args.param)
    out = apply(audio, args.corruption, args.severity, seed=args.seed, **params)
    path = out.audio.save(args.output)
    print(f"{args.corruption} severity {args.severity} seed {args.seed}: {args.input} ({audio.duration:.2f} s) -> {path} "
          f"({out.audio.duration:.2f} s, {out.audio.sample_rate} Hz)")
    print(json.dumps(out.achieved, indent=2, default=str))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import render_html

    source = Path(args.results)
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"{source}:{exc.lineno}: invalid JSON ({exc.msg}); expected a file written by --audiotrust-json"
        ) from exc
    html = render_html(document)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print(f"wrote {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="audiotrust", description="pytest-audiotrust tools: corruptions, suites, reports")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("corruptions", help="list corruptions with their parameters per severity")
    p.add_argument("--family", help="only this family (noise, reverb, codec, channel, transmission, timing, chain, voice)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(fn=_cmd_corruptions)
    p = sub.add_parser("suites", help="list corruption suites and their cases")
    p.set_defaults(fn=_cmd_suites)
    p = sub.add_parser("corrupt", help="render one corruption to a file and print what it achieved")
    p.add_argument("input", help="audio file to corrupt (WAV, FLAC, OGG, MP3)")
    p.add_argument("-c", "--corruption", required=True, help="corruption name, e.g. noise.babble")
    p.add_argument("-s", "--severity", type=int, required=True, choices=range(0, 6), metavar="0..5", help="severity 0..5")
    p.add_argument("-o", "--output", required=True, help="output file; the format follows the extension")
    p.add_argument("--seed", type=int, default=0, help="seed (same seed, same output; default 0)")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="override a parameter (repeatable)")
    p.set_defaults(fn=_cmd_corrupt)
    p = sub.add_parser("report", help="render the HTML report from a results JSON file")
    p.add_argument("results", help="JSON written by --audiotrust-json")
    p.add_argument("-o", "--output", required=True, help="HTML file to write")
    p.set_defaults(fn=_cmd_report)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.fn(args))
    except AudiotrustError as exc:
        print(f"audiotrust {args.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
