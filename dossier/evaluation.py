"""Score cleaning, metadata and entities against gold labels (the seeds' format) and print figures.

Gold files: one YAML per article with title, publisher, date, author, url, title_lines,
meta_lines, boilerplate_lines (1-based, counting blank lines) and entities with aliases. Every
non-blank line that is not title, metadata or boilerplate is body and must be kept.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .ingest import INVISIBLE, split_lines
from .linetext import PLAIN_QUOTES

FIELDS = ("title", "publisher", "date", "author")


def _norm(text: str) -> str:
    # Invisible characters go as ingestion drops them: a gold line with a soft hyphen was scored
    # lost although its article line was kept without it.
    text = PLAIN_QUOTES(INVISIBLE.sub("", html.unescape(unicodedata.normalize("NFKC", text))))
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s*(#+|[-*>]|\d+\.)\s+", "", text)
    text = re.sub(r"[*_`\\]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def _loose(name: str | None) -> str:
    s = re.sub(r"^the ", "", _norm(name or ""))
    return re.sub(r"[^a-z0-9 ]", "", s).strip()


def same_name(a: str | None, b: str | None) -> bool:
    """Tell whether two names are the same up to case, punctuation, 'the' and small spelling slips."""
    a, b = _loose(a), _loose(b)
    if not a or not b:
        return False
    if a == b or (len(a) > 3 and a in b) or (len(b) > 3 and b in a):
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


@dataclass
class Score:
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    rows: list[str] = field(default_factory=list)
    #: (group, gold entity) -> the output names it was found under: more than one is a split.
    canonical: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    #: (group, output name) -> the gold entities found under it: more than one is a wrong merge.
    merged: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    #: group -> the output entities (loose names) and those that match no gold name of the group.
    pages: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    not_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    matched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: group -> how many files it holds
    sizes: dict[str, int] = field(default_factory=dict)
    #: group -> the hand verdict on each of its entity pages, by loose name: "name" or the kind of
    #: not-name (groups judged page by page rather than labelled: `judge_pages`).
    judged: dict[str, dict[str, str]] = field(default_factory=dict)
    #: (rule, "body" or "chrome") -> lines it removed that the gold calls article text or chrome;
    #: an article line lost while no rule removed it is counted under "(kept, cut or merged)".
    by_rule: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (field, the rule its provenance names, outcome) -> files: what each metadata rule gave
    #: right, wrong or invented; a value missed is counted under the rule "-".
    by_field_rule: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def rule_rows(self) -> list[str]:
        """A row per removal rule: the article lines it lost and the chrome lines it removed, the
        rules that lose most article text first; counts only, so a scored part may print them."""
        rules = sorted(
            {r for r, _ in self.by_rule}, key=lambda r: (-self.by_rule[r, "body"], -self.by_rule[r, "chrome"], r)
        )
        return [f"{self.by_rule[r, 'body']:6d} {self.by_rule[r, 'chrome']:7d}  {r}" for r in rules]

    def field_rule_rows(self) -> list[str]:
        """A row per metadata field and the rule that gave its value: how many values it gave
        right, wrong and invented (a field missed is the rule "-"); counts only, as `rule_rows`."""
        keys = sorted({(f, r) for f, r, _ in self.by_field_rule}, key=lambda k: (FIELDS.index(k[0]), k[1]))
        n = self.by_field_rule
        return [
            f"{f:9s} right {n[f, r, 'right']:4d} wrong {n[f, r, 'wrong']:3d} invented {n[f, r, 'invented']:3d}"
            f" missed {n[f, r, 'missed']:3d}  {r}"
            for f, r in keys
        ]

    def ratio(self, ok: str, total: str) -> float | None:
        return self.counts[ok] / self.counts[total] if self.counts[total] else None

    def figures(self) -> dict[str, float | int | None]:
        if self.judged:
            return self.judged_figures()
        c = self.counts
        out: dict[str, float | int | None] = {
            "body": self.ratio("body_kept", "body_total"),
            "boilerplate": self.ratio("bp_removed", "bp_total"),
        }
        for f in FIELDS:
            out[f] = self.ratio(f"{f}_ok", f"{f}_total")
            out[f"{f}_invented"] = c[f"{f}_invented"]
            out[f"{f}_wrong"] = c[f"{f}_wrong"]
        out["entity_recall"] = self.ratio("ent_found", "ent_total")
        out["entity_precision"] = self.ratio("ent_out_ok", "ent_out")
        out["entities_split"] = len(self.split())
        if c["ent_total"]:
            out["entity_types"] = self.ratio("ent_type_ok", "ent_found")
            out["entities_merged"] = sum(len(golds) - 1 for golds in self.merged.values())
            out["entities_split_in_file"] = c["ent_split_in_file"]
            # Entity pages that are not names, in each cluster's site (groups of several sources).
            clusters = [g for g, names in self.pages.items() if names and self.sizes.get(g, 1) > 1]
            if clusters:
                out["not_names_worst_cluster"] = max(len(self.not_names[g]) / len(self.pages[g]) for g in clusters)
                out["not_names_clusters"] = sum(len(self.not_names[g]) for g in clusters) / sum(
                    len(self.pages[g]) for g in clusters
                )
        if c["ent_on_lines"]:
            # Entities read only from lines the gold does not count as article text (see `chrome_entities`).
            out["chrome_entities"] = c["ent_chrome"] / c["ent_on_lines"]
        out["files"] = c["files"]
        if c["unplaced"]:
            out["unplaced_lines"] = c["unplaced"]
        return out

    def judged_figures(self) -> dict[str, float | int | None]:
        """The figures of judged groups: the share of the judged entity pages built now that were
        judged not names (each group's worst, all groups'), the judged names no page holds now, and
        the pages nobody judged (new pages: neither names nor not-names until judged)."""
        rows = [self._judged_row(g) for g in self.judged]
        total = sum(r["pages"] for r in rows)
        wrong = sum(r["not_names"] for r in rows)
        return {
            "not_names_worst_cluster": max((r["not_names"] / r["pages"] for r in rows if r["pages"]), default=None),
            "not_names_clusters": wrong / total if total else None,
            "judged_pages": total,
            "names_lost": sum(r["lost"] for r in rows),
            "pages_unjudged": sum(r["unjudged"] for r in rows),
            "files": self.counts["files"],
        }

    def judged_rows(self) -> list[str]:
        """One line a judged group: its figures, then the names it lost and the pages nobody judged."""
        out = []
        for group in self.judged:
            r = self._judged_row(group)
            share = r["not_names"] / r["pages"] if r["pages"] else 0.0
            out.append(
                f"{group}: pages={r['pages']} not_names={r['not_names']} share={share:.3f}"
                f" names_lost={r['lost']} pages_unjudged={r['unjudged']}"
            )
        for group, verdicts in self.judged.items():
            out += [f"{group}: lost {k}" for k, v in verdicts.items() if v == "name" and k not in self.pages[group]]
            out += [f"{group}: unjudged {k}" for k in sorted(self.pages[group] - verdicts.keys())]
        return out

    def _judged_row(self, group: str) -> dict[str, int]:
        verdicts, pages = self.judged[group], self.pages[group]
        return {
            "pages": len(pages & verdicts.keys()),
            "not_names": sum(1 for k in pages if verdicts.get(k, "name") != "name"),
            "lost": sum(1 for k, v in verdicts.items() if v == "name" and k not in pages),
            "unjudged": len(pages - verdicts.keys()),
        }

    def split(self) -> dict[str, set[str]]:
        return {g: names for (_, g), names in self.canonical.items() if len(names) > 1}


def _same_value(f: str, gold: str, found: object) -> bool:
    """Tell whether a found field is the gold one: a title nearly word for word, a date exactly, a
    name up to case, punctuation and small slips (`same_name`)."""
    if f == "title":
        g, o = _norm(gold), _norm(str(found or ""))
        return g == o or difflib.SequenceMatcher(None, g, o).ratio() >= 0.9
    if f == "date":
        return gold == str(found)
    return same_name(gold, str(found) if found else None)


def chrome_entities(gold: dict[str, Any], lines: list[str], out: dict[str, Any]) -> list[tuple[str, list[int]]]:
    """Return the entities of a file (name, the lines of their mentions) whose every mention lies on
    a line the gold does not count as article text: chrome (`boilerplate_lines`) or not scored
    (`meta_lines`: captions, datelines, lines of mixed or unplaced labels). A mention is a spelling
    of the entity, whole words, on a line cleaning kept (the entities are read from those) or on
    the title's line; an entity none of whose spellings is found there is not counted. Needs no
    hand label: any set whose lines are labelled shows where its entity pages come from."""
    if gold.get("lines_labelled") is False:
        return []
    article = {n for n, t in enumerate(lines, 1) if t.strip()} - set(gold.get("boilerplate_lines") or [])
    article -= set(gold.get("meta_lines") or [])
    removed = {r["line"] for r in out.get("removed") or []}
    read = {n: t for n, t in enumerate(lines, 1) if t.strip() and n not in removed}
    title_line = ((out.get("provenance") or {}).get("title") or {}).get("line")
    if title_line and out.get("title"):
        read[title_line] = f"{read.get(title_line, '')}\n{out['title']}"
    found = []
    for e in out.get("entities") or []:
        words = [
            re.compile(rf"(?<!\w){re.escape(s)}(?!\w)") for s in {e.get("name", ""), *(e.get("aliases") or [])} if s
        ]
        on = sorted(n for n, t in read.items() if any(w.search(t) for w in words))
        if on and not article.intersection(on):
            found.append((e.get("name", ""), on))
    return found


#: Where an article line went that no removal rule names: kept but cut, merged or rewritten.
LOST_UNREMOVED = "(kept, cut or merged)"
#: Where a chrome line went that no removal rule names (read into a field, merged into another).
GONE_UNREMOVED = "(gone, no rule named)"


def rule_of(reason: str) -> str:
    """A removal's rule in words, without what it quotes of the page or counts of it: a reason
    such as `related-list: item under "More news"` becomes `related-list: item under`, so the rows
    of a scored part hold no text of its pages."""
    reason = re.split(r"(?<!\w)[\"“'‘(]", reason, maxsplit=1)[0].rstrip()
    return re.sub(r"\d+", "N", reason)[:90]


def score_file(gold: dict[str, Any], lines: list[str], out: dict[str, Any], score: Score, group: str = "") -> str:
    """Add one file's figures to `score`; return a one-line summary of the file. Files of one
    `group` were analysed as one corpus: an entity's names are compared across them."""
    c = score.counts
    c["files"] += 1
    body = [_norm(b) for b in (out.get("body") or "").split("\n") if b.strip()]
    body_all = " ".join(body)
    # Files labelled for entities only hold no line labels: their lines are not scored.
    skip = set(range(1, len(lines) + 1)) if gold.get("lines_labelled") is False else set()
    skip |= set(gold.get("title_lines") or []) | set(gold.get("meta_lines") or [])
    boilerplate = set(gold.get("boilerplate_lines") or [])
    why = {r.get("line"): rule_of(str(r.get("reason") or "")) for r in out.get("removed") or []}
    missing, leaked = [], []
    for no, raw in enumerate(lines, 1):
        t = _norm(raw)
        if not t or no in skip:
            continue
        if no in boilerplate:
            c["bp_total"] += 1
            present = t in body_all if len(t) >= 40 else any(b == t or b.startswith(t + " ") for b in body)
            if present:
                leaked.append(no)
            else:
                c["bp_removed"] += 1
                score.by_rule[why.get(no, GONE_UNREMOVED), "chrome"] += 1
        else:
            c["body_total"] += 1
            probe = t if len(t) <= 120 else t[:80]
            if probe in body_all or (len(t) > 120 and t[-40:] in body_all):
                c["body_kept"] += 1
            else:
                missing.append(no)
                score.by_rule[why.get(no, LOST_UNREMOVED), "body"] += 1
    c["unplaced"] += len(gold.get("unplaced_lines") or [])
    wrong = []
    found_in_file = gold.get("found_in_file") or {}
    for f in FIELDS:
        g, o = gold.get(f), out.get(f)
        g = str(g) if g is not None else None
        rule = (((out.get("provenance") or {}).get(f) or {}).get("rule") or "-") if o else "-"
        if found_in_file.get(f) is False:  # nobody labelled it, or the text does not hold it
            if g and o and not _same_value(f, g, o):
                c[f"{f}_wrong"] += 1  # the text does not state it, yet another value was given
                score.by_field_rule[f, rule, "wrong"] += 1
                wrong.append(f"{f}={o!r} (gold {g!r}, not stated)")
            continue
        if g:
            c[f"{f}_total"] += 1
            ok = _same_value(f, g, o)
            c[f"{f}_ok"] += int(ok)
            c[f"{f}_wrong"] += int(not ok and bool(o))
            score.by_field_rule[f, rule, "right" if ok else "wrong" if o else "missed"] += 1
            if not ok:
                wrong.append(f"{f}={o!r} (gold {g!r})")
        elif o:
            c[f"{f}_invented"] += 1
            score.by_field_rule[f, rule, "invented"] += 1
            wrong.append(f"{f}={o!r} (gold none)")
    not_found: list[str] = []
    spurious: list[str | None] = []
    mistyped: list[str] = []
    if found_in_file.get("entities") is not False:  # pages nobody labelled entities of are not scored
        gold_entities = gold.get("entities") or []
        out_entities = out.get("entities") or []
        out_names = [[e.get("name", "")] + list(e.get("aliases") or []) for e in out_entities]
        for ge in gold_entities:
            names = [ge["name"]] + list(ge.get("aliases") or [])
            keys = {_loose(n) for n in names if _loose(n)}
            pages = [oe for oe, on in zip(out_entities, out_names, strict=True) if keys & {_loose(n) for n in on}]
            hit = pages[0] if pages else None
            c["ent_total"] += 1
            # One entity under two pages of one file ("De Niro" beside "Robert De Niro"): the
            # external scorer counts splits across files only, where each file's first page counts.
            c["ent_split_in_file"] += len(pages) > 1
            if hit:
                c["ent_found"] += 1
                c["ent_type_ok"] += hit.get("type") == ge.get("type")
                if hit.get("type") != ge.get("type"):
                    mistyped.append(f"{ge['name']}:{hit.get('type')}/{ge.get('type')}")
                score.canonical[group, ge["name"]].add(_loose(hit.get("name")))
                score.merged[group, _loose(hit.get("name"))].add(ge["name"])
            else:
                not_found.append(ge["name"])
        all_gold = {_loose(n) for ge in gold_entities for n in [ge["name"]] + list(ge.get("aliases") or [])}
        for e, names in zip(out_entities, out_names, strict=True):
            c["ent_out"] += 1
            score.pages[group].add(_loose(e.get("name")))
            if any(_loose(n) in all_gold for n in names):
                c["ent_out_ok"] += 1
                score.not_names[group].discard(_loose(e.get("name")))
            else:
                spurious.append(e.get("name"))
                if _loose(e.get("name")) not in score.matched[group]:
                    score.not_names[group].add(_loose(e.get("name")))
        score.matched[group].update(
            _loose(e.get("name"))
            for e, names in zip(out_entities, out_names, strict=True)
            if any(_loose(n) in all_gold for n in names)
        )

    if gold.get("judged") is not None:
        spurious = judge_pages(gold["judged"], out.get("entities") or [], score, group)
    chrome = chrome_entities(gold, lines, out)
    if gold.get("lines_labelled") is not False:
        c["ent_on_lines"] += len(out.get("entities") or [])
        c["ent_chrome"] += len(chrome)
    return (
        f"body missing={missing[:8]} boilerplate leaked={leaked[:8]} {' '.join(wrong)}"
        f" entities missed={not_found[:6]} spurious={spurious[:6]}"
        + (f" mistyped={mistyped[:8]}" if mistyped else "")
        + (f" chrome entities={[f'{name}@{on}' for name, on in chrome]}" if chrome else "")
    )


def judge_pages(verdicts: dict[str, str], entities: list[dict[str, Any]], score: Score, group: str) -> list[str | None]:
    """Record a file's entity pages in a judged group (`verdicts`: page name -> "name" or the kind of
    not-name, matched by loose name); return the names of its pages judged not names."""
    judged = score.judged.setdefault(group, {_loose(name): verdict for name, verdict in verdicts.items()})
    score.pages[group].update(_loose(e.get("name")) for e in entities)
    return [e.get("name") for e in entities if judged.get(_loose(e.get("name")), "name") != "name"]


def evaluate(
    articles: Path,
    gold_dir: Path,
    run: Callable[[list[Path]], dict[Path, dict[str, Any]]],
    labels: dict[str, dict[str, Any]] | None = None,
    keep: Callable[[dict[str, Any]], bool] | None = None,
) -> Score:
    """Score every gold-labelled article in a folder; `run` analyses the articles (all at once, as
    one corpus) and returns each one's inspect dict. `labels` adds hand-made labels to gold files,
    by file stem; `keep`, when given, scores only the articles whose gold it accepts."""
    golds = {gpath.stem: yaml.safe_load(gpath.read_text(encoding="utf-8")) for gpath in sorted(gold_dir.glob("*.yaml"))}
    if keep is not None:
        golds = {stem: gold for stem, gold in golds.items() if keep(gold)}
    for stem, extra in (labels or {}).items():
        if stem in golds:
            found = {**(golds[stem].get("found_in_file") or {}), **extra.get("found_in_file", {})}
            golds[stem].update(extra)
            golds[stem]["found_in_file"] = found
    return evaluate_groups({"": [(articles / f"{stem}.txt", gold) for stem, gold in golds.items()]}, run)


def headline_removed(articles: Path, gold_dir: Path, into: Path) -> Path:
    """Write into folder `into` a copy of each article whose gold marks its headline's lines
    (`title_lines`), those lines emptied and every other line where it was, and return `into`: the
    headline-removed proxy of `evaluate --headline-removed`. A page whose headline a reader-mode
    extractor dropped has no line the gold calls its headline; the tune part holds few such pages,
    and a title found in them is a standfirst, a caption or chrome taken for it. With the headline
    gone from every page, each title found is one the page states elsewhere (a whole page's
    <title>: the gold headline again) or a line that is not the headline (counted wrong)."""
    into.mkdir(parents=True, exist_ok=True)
    for gpath in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(gpath.read_text(encoding="utf-8")) or {}
        emptied = set(gold.get("title_lines") or [])
        source = articles / f"{gpath.stem}.txt"
        if emptied and source.is_file():
            lines = split_lines(source.read_text(encoding="utf-8"))
            kept = ["" if n in emptied else line for n, line in enumerate(lines, 1)]
            (into / source.name).write_text("\n".join(kept) + "\n", encoding="utf-8")
    return into


def evaluate_groups(
    groups: dict[str, list[tuple[Path, dict[str, Any]]]], run: Callable[[list[Path]], dict[Path, dict[str, Any]]]
) -> Score:
    """Score groups of articles, each analysed as one corpus (an event's sources): an entity found
    under two names within a group is split, two entities under one name are merged."""
    score = Score()
    for group, members in groups.items():
        score.sizes[group] = len(members)
        outputs = run([path for path, _ in members])
        for path, gold in members:
            lines = split_lines(path.read_text(encoding="utf-8"))
            row = score_file(gold, lines, outputs[path], score, group)
            score.rows.append(f"{(group + '/' if group else '') + path.stem:34s} {row}")
    return score


def format_figures(name: str, figures: dict[str, Any]) -> str:
    """Format figures as one line: 'SET body=0.990 boilerplate=... entities_split=0'."""
    parts = []
    for key, value in figures.items():
        parts.append(f"{key}={'n/a' if value is None else f'{value:.3f}' if isinstance(value, float) else value}")
    return f"{name}: " + " ".join(parts)


def baseline_output(kind: str, text: str) -> dict[str, Any]:
    """Return what a baseline extractor keeps of a text, as the external scorer runs it: every
    non-blank line as a paragraph of an HTML page, given to jusText or trafilatura."""
    paragraphs = [line for line in split_lines(text) if line.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</body></html>"
    if kind == "justext":
        import justext

        kept = [p.text for p in justext.justext(page.encode(), justext.get_stoplist("English")) if not p.is_boilerplate]
        return {"title": None, "body": "\n".join(kept), "entities": []}
    if kind == "trafilatura":
        import trafilatura

        body = trafilatura.extract(page, favor_recall=False, include_comments=False) or ""
        meta = trafilatura.extract_metadata(page)
        return {"title": meta.title if meta else None, "body": body, "entities": []}
    raise ValueError(f"unknown baseline {kind!r} (justext, trafilatura)")
