#!/usr/bin/env python3
"""Sanity checker for the regression corpus gold labels (stdlib + PyYAML only).

Usage:
  python tests/corpus/check_gold.py                 # check every set under tests/corpus/
  python tests/corpus/check_gold.py --show 105      # print one article with its gold labels
  python tests/corpus/check_gold.py --quiet         # only problems and the totals

For every gold file it checks that:
  * the article with the same stem exists and has 8-60 lines;
  * the file starts with the standard comment line and has the seed keys, in the seed order;
  * every listed line number is an int in range and points to a non-blank line, without duplicates;
  * title_lines, meta_lines and boilerplate_lines do not overlap;
  * a non-null title equals the text of title_lines joined (HTML-unescaped, Markdown heading
    marker stripped, whitespace collapsed); a null title has no title_lines;
  * date is null or a valid YYYY-MM-DD; url, when set, occurs in the article;
  * every entity has a name, a valid type and a list of aliases, and every alias occurs in the
    article text (case-sensitive; the name may be a canonical form that does not occur);
  * an oracle that keeps exactly the gold body would score 100% body retention and 100%
    boilerplate removal under the external scorer's matching rules (so no boilerplate line is
    accidentally a prefix/substring of a body line).
Warnings (not failures): an entity none of whose spellings occurs in a body or title line.
Exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
SETS = {"tune": range(101, 200), "holdout": range(201, 300)}
KEYS = ["title", "title_lines", "publisher", "date", "author", "url", "meta_lines", "boilerplate_lines"]
OPTIONAL = ["body_notes"]
TYPES = {"person", "organization", "place", "event", "other"}
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def norm(text: str) -> str:
    """Same normalisation as the external scorer's matching (reimplemented, not imported)."""
    text = html.unescape(unicodedata.normalize("NFKC", text)).translate(QUOTES)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s*(#+|[-*>]|\d+\.)\s+", "", text)
    text = re.sub(r"[*_`]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def title_norm(text: str) -> str:
    text = html.unescape(text)
    text = re.sub(r"^\s*#+\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def oracle(lines: list[str], skip: set[int], bp: set[int]) -> tuple[list[int], list[int]]:
    """Score a perfect cleaner (keeps every gold body line) the way the external scorer does."""
    body = [
        norm(lines[i - 1]) for i in range(1, len(lines) + 1) if i not in skip and i not in bp and lines[i - 1].strip()
    ]
    body = [b for b in body if b]
    body_all = " ".join(body)
    leaked, missing = [], []
    for no, raw in enumerate(lines, 1):
        t = norm(raw)
        if not t or no in skip:
            continue
        if no in bp:
            present = t in body_all if len(t) >= 40 else any(b == t or b.startswith(t + " ") for b in body)
            if present:
                leaked.append(no)
        else:
            probe = t if len(t) <= 120 else t[:80]
            if not (probe in body_all or (len(t) > 120 and t[-40:] in body_all)):
                missing.append(no)
    return leaked, missing


def check(set_name: str, gpath: Path, quiet: bool) -> tuple[list[str], list[str], dict]:
    errs: list[str] = []
    warns: list[str] = []
    stats: dict = {}
    stem = gpath.stem
    m = re.fullmatch(r"(\d{3})_[a-z0-9]+(?:-[a-z0-9]+)*", stem)
    if not m:
        errs.append(f"bad file name {gpath.name} (want NNN_short-slug.yaml)")
    elif int(m.group(1)) not in SETS[set_name]:
        errs.append(f"number {m.group(1)} outside the range for set {set_name}")
    apath = gpath.parent.parent / "articles" / f"{stem}.txt"
    if not apath.exists():
        return [f"article {apath} missing"], warns, stats
    raw_gold = gpath.read_text(encoding="utf-8")
    first = raw_gold.split("\n", 1)[0]
    want = f"# Gold labels for {set_name}/articles/{stem}.txt. Line numbers are 1-based and count blank lines."
    if first != want:
        errs.append(f"first line should be {want!r}")
    try:
        gold = yaml.safe_load(raw_gold)
    except yaml.YAMLError as exc:
        return [f"YAML error: {exc}"], warns, stats
    if not isinstance(gold, dict):
        return ["gold is not a mapping"], warns, stats
    keys = list(gold)
    expected = KEYS + [k for k in OPTIONAL if k in gold] + ["entities"]
    if keys != expected:
        errs.append(f"keys {keys} != expected order {expected}")
    text = apath.read_text(encoding="utf-8")
    if "\r" in text:
        errs.append("article contains CR characters")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    n = len(lines)
    if not 8 <= n <= 60:
        errs.append(f"article has {n} lines (want 8-60)")
    groups = {}
    for key in ("title_lines", "meta_lines", "boilerplate_lines"):
        vals = gold.get(key)
        if vals is None:
            errs.append(f"{key} missing or null (use [])")
            vals = []
        if not isinstance(vals, list):
            errs.append(f"{key} is not a list")
            vals = []
        for v in vals:
            if not isinstance(v, int) or isinstance(v, bool):
                errs.append(f"{key}: {v!r} is not an int")
            elif not 1 <= v <= n:
                errs.append(f"{key}: line {v} out of range 1..{n}")
            elif not lines[v - 1].strip():
                errs.append(f"{key}: line {v} is blank")
        if len(set(vals)) != len(vals):
            errs.append(f"{key}: duplicate line numbers")
        if vals != sorted(vals):
            warns.append(f"{key} not sorted")
        groups[key] = {v for v in vals if isinstance(v, int)}
    names = list(groups)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            both = groups[a] & groups[b]
            if both:
                errs.append(f"{a} and {b} overlap on {sorted(both)}")
    title = gold.get("title")
    if title is None:
        if groups["title_lines"]:
            errs.append("title is null but title_lines is not empty")
    else:
        if not groups["title_lines"]:
            errs.append("title set but title_lines empty")
        else:
            joined = " ".join(lines[i - 1] for i in sorted(groups["title_lines"]) if 1 <= i <= n)
            if title_norm(joined) != title_norm(str(title)):
                errs.append(
                    f"title mismatch:\n    gold : {title_norm(str(title))!r}\n    lines: {title_norm(joined)!r}"
                )
    date = gold.get("date")
    if date is not None:
        if isinstance(date, dt.date):
            pass
        elif not (isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)):
            errs.append(f"date {date!r} is not YYYY-MM-DD or null")
        else:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                errs.append(f"date {date!r} is not a valid date")
    url = gold.get("url")
    if url is not None and str(url) not in text:
        errs.append(f"url {url!r} does not occur in the article")
    for field in ("publisher", "author"):
        v = gold.get(field)
        if v is not None and not isinstance(v, str):
            errs.append(f"{field} must be a string or null")
    unescaped = html.unescape(text)
    skip = groups["title_lines"] | groups["meta_lines"]
    bp = groups["boilerplate_lines"]
    body_nos = [i for i in range(1, n + 1) if lines[i - 1].strip() and i not in skip and i not in bp]
    body_text = html.unescape("\n".join(lines[i - 1] for i in body_nos + sorted(groups["title_lines"]))).lower()
    ents = gold.get("entities")
    if not isinstance(ents, list):
        errs.append("entities must be a list")
        ents = []
    seen = {}
    for e in ents:
        if not isinstance(e, dict) or set(e) - {"name", "type", "aliases"} or "name" not in e:
            errs.append(f"bad entity {e!r}")
            continue
        name = e["name"]
        if e.get("type") not in TYPES:
            errs.append(f"entity {name!r}: type {e.get('type')!r} not in {sorted(TYPES)}")
        aliases = e.get("aliases")
        if not isinstance(aliases, list):
            errs.append(f"entity {name!r}: aliases must be a list")
            aliases = []
        for a in aliases:
            if not isinstance(a, str):
                errs.append(f"entity {name!r}: alias {a!r} is not a string")
            elif a not in text and a not in unescaped:
                errs.append(f"entity {name!r}: alias {a!r} does not occur in the article")
            if a == name:
                errs.append(f"entity {name!r}: alias repeats the name")
        for s in [name] + [a for a in aliases if isinstance(a, str)]:
            k = s.lower()
            if k in seen and seen[k] != name:
                errs.append(f"spelling {s!r} used by both {seen[k]!r} and {name!r}")
            seen[k] = name
        if not any(isinstance(s, str) and s.lower() in body_text for s in [name] + aliases):
            warns.append(f"entity {name!r}: no spelling occurs in a body or title line")
    leaked, missing = oracle(lines, skip, bp)
    if leaked:
        errs.append(
            f"oracle: boilerplate lines {leaked} would count as leaked even when removed "
            f"(their text is a body line's prefix or substring)"
        )
    if missing:
        errs.append(f"oracle: body lines {missing} would count as missing")
    words = sum(len(lines[i - 1].split()) for i in body_nos)
    stats = {
        "lines": n,
        "body": len(body_nos),
        "bp": len(bp),
        "meta": len(groups["meta_lines"]),
        "words": words,
        "ents": len(ents),
    }
    return errs, warns, stats


def show(stem_prefix: str) -> int:
    for set_name in SETS:
        for gpath in sorted((ROOT / set_name / "gold").glob(f"{stem_prefix}*.yaml")):
            gold = yaml.safe_load(gpath.read_text(encoding="utf-8"))
            lines = (gpath.parent.parent / "articles" / f"{gpath.stem}.txt").read_text(encoding="utf-8").split("\n")
            lab = {}
            for key, tag in (("title_lines", "TITLE"), ("meta_lines", "META "), ("boilerplate_lines", "BP   ")):
                for i in gold.get(key) or []:
                    lab[i] = tag
            print(f"== {set_name}/{gpath.stem}")
            for i, ln in enumerate(lines, 1):
                if ln.strip():
                    print(f"{i:3d} {lab.get(i, 'body '):5s} {ln[:110]}")
            for k in ("title", "publisher", "date", "author", "url"):
                print(f"    {k}: {gold.get(k)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", help="print the labelled lines of the article(s) whose stem starts with this")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    if args.show:
        return show(args.show)
    bad = 0
    total = {"files": 0, "body": 0, "bp": 0, "meta": 0, "words": 0, "ents": 0}
    for set_name in SETS:
        gdir = ROOT / set_name / "gold"
        adir = ROOT / set_name / "articles"
        gstems = {p.stem for p in gdir.glob("*.yaml")}
        for p in sorted(adir.glob("*.txt")):
            if p.stem not in gstems:
                print(f"FAIL {set_name}/{p.name}: article without gold file")
                bad += 1
        setsum = {"files": 0, "body": 0, "bp": 0}
        for gpath in sorted(gdir.glob("*.yaml")):
            errs, warns, st = check(set_name, gpath, args.quiet)
            tag = "FAIL" if errs else "ok  "
            if st and (errs or warns or not args.quiet):
                print(
                    f"{tag} {set_name}/{gpath.stem:36s} lines {st['lines']:2d} body {st['body']:2d} "
                    f"bp {st['bp']:2d} meta {st['meta']:2d} words {st['words']:4d} ents {st['ents']:2d}"
                )
            elif errs:
                print(f"{tag} {set_name}/{gpath.stem}")
            for e in errs:
                print(f"     ERROR {e}")
            for w in warns:
                print(f"     warn  {w}")
            bad += bool(errs)
            if st:
                setsum["files"] += 1
                setsum["body"] += st["body"]
                setsum["bp"] += st["bp"]
                for k in ("body", "bp", "meta", "words", "ents"):
                    total[k] += st[k]
                total["files"] += 1
        print(f"SET {set_name}: {setsum['files']} files, {setsum['body']} body lines, {setsum['bp']} boilerplate lines")
    print(
        f"TOTAL {total['files']} files, {total['body']} body lines, {total['bp']} boilerplate lines, "
        f"{total['meta']} meta lines, {total['words']} body words, {total['ents']} entities; "
        f"{'FAILED: ' + str(bad) + ' file(s) with problems' if bad else 'all checks passed'}"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
