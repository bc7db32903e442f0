"""Draw a seeded random sample of entity mentions and person titles from a ``vnnews export`` folder,
with their context, as a sheet a reader fills in (developer script, not library API).

The precision of the entity grammar on a corpus nobody tuned it on is read, not computed: this
script draws the rows, a reader marks each ``right``, ``wrong`` or ``doubtful``, and ``--score`` turns the filled
sheet into precision per kind with a 95% Wilson interval, doubtful rows counted right, and strictly
(counted wrong). Kinds are ``PER``, ``ORG``, ``LOC``
(rows of ``mentions``), ``title`` (rows of ``person_titles``: is this the title the article gives
this person, written out correctly?), ``timex`` (rows of ``timex``: is the span a whole time
expression and its value the date or interval the article means?) and ``event`` (rows of ``events``:
does the sentence report something that happened or is planned on that date?). The same export, seed and sizes give the same sheet.

usage:
  python scripts/sample_rows.py EXPORT_DIR --out sheet.csv [--per-kind 50] [--seed 0] [--kinds PER,ORG,LOC,title,timex,event]
  python scripts/sample_rows.py --score sheet.csv

``--out`` ending in ``.md`` writes a Markdown table instead of CSV. The context is the paragraph
around the row (at most ``--context`` characters each side), with the mention in ``[[ ]]``.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

KINDS = ("PER", "ORG", "LOC", "title", "timex", "event")
#: what a reader may write in ``judgement``: ``doubtful`` for a row the guide does not settle
JUDGEMENTS = ("right", "wrong", "doubtful")
SHEET_COLUMNS = ["row", "kind", "doc_id", "start", "end", "mention", "label", "detail", "context", "judgement", "note"]
_READER_PARTS = ("lead", "body", "heading", "caption", "title", "byline", "dateline", "source")


def read_export_table(folder: Path, name: str) -> pd.DataFrame:
    """A table of an export folder, whichever format it was written in."""
    for suffix, reader in ((".parquet", pd.read_parquet), (".csv", lambda p: pd.read_csv(p, keep_default_na=False))):
        path = folder / f"{name}{suffix}"
        if path.is_file():
            table = reader(path)
            table["doc_id"] = table["doc_id"].astype(str)
            return table
    raise SystemExit(f"{folder}: no {name}.csv or {name}.parquet (is this a `vnnews export` folder?)")


def _unguarded(text: str, length: int) -> str:
    """A part's text as in the article: a CSV export writes a cell opening like a formula with a leading ``'``
    (``vnnews.export.guard_formula``), one character more than the part's span."""
    return text[1:] if len(text) == length + 1 and text.startswith("'") else text


class _Contexts:
    """The paragraph around a span, from the export's ``parts`` table."""

    def __init__(self, parts: pd.DataFrame, width: int) -> None:
        rows = parts[parts["kind"].isin(_READER_PARTS)]
        self.by_doc = {doc: [(a, b, _unguarded(text, b - a)) for a, b, text in zip(g["start"], g["end"], g["text"])]
                       for doc, g in rows.groupby("doc_id")}
        self.width = width

    def around(self, doc: str, start: int, end: int) -> str:
        for a, b, text in self.by_doc.get(doc, []):
            if a <= start and end <= b:
                lo, hi = max(a, start - self.width), min(b, end + self.width)
                piece = text[lo - a : start - a] + "[[" + text[start - a : end - a] + "]]" + text[end - a : hi - a]
                return ("…" if lo > a else "") + " ".join(piece.split()) + ("…" if hi < b else "")
        return ""


def _draw(table: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    if len(table) <= n:
        return table
    return table.iloc[np.sort(rng.choice(len(table), size=n, replace=False))]


def sample(folder: Path, *, per_kind: int, seed: int, kinds: tuple[str, ...], context: int) -> pd.DataFrame:
    """The sheet: ``per_kind`` rows of each kind, drawn with ``seed``, with context."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise SystemExit(f"--kinds must be among {', '.join(KINDS)}, not {', '.join(sorted(unknown))}")
    rng = np.random.default_rng(seed)
    contexts = _Contexts(read_export_table(folder, "parts"), context)
    rows = []
    mentions = read_export_table(folder, "mentions") if set(kinds) & {"PER", "ORG", "LOC"} else None
    for kind in kinds:
        if kind == "title":
            titles = read_export_table(folder, "person_titles")
            for r in _draw(titles, per_kind, rng).itertuples():
                former = " (former)" if str(r.former).lower() in ("true", "1") else ""
                rows.append(("title", r.doc_id, int(r.start), int(r.end), r.text, f"{r.person}: {r.title}{former}",
                             f"name at {r.name_start}-{r.name_end}", contexts.around(r.doc_id, int(r.start), int(r.end))))
        elif kind == "timex":
            timexes = read_export_table(folder, "timex")
            for r in _draw(timexes, per_kind, rng).itertuples():
                value = r.value if r.value else "(no value)"
                rows.append(("timex", r.doc_id, int(r.start), int(r.end), r.text, f"{r.type} {value} [{r.date_start} .. {r.date_end}]",
                             f"anchor {r.anchor or '-'}, rule {r.rule}", contexts.around(r.doc_id, int(r.start), int(r.end))))
        elif kind == "event":
            events = read_export_table(folder, "events")
            for r in _draw(events, per_kind, rng).itertuples():
                rows.append(("event", r.doc_id, int(r.expression_start), int(r.expression_end), r.expression,
                             f"{r.date_start} .. {r.date_end} ({r.precision})", f"trigger {r.trigger or '-'} ({r.trigger_kind or '-'})",
                             contexts.around(r.doc_id, int(r.start), int(r.end))))
        else:
            assert mentions is not None
            chosen = _draw(mentions[mentions["label"] == kind], per_kind, rng)
            for r in chosen.itertuples():
                rows.append((kind, r.doc_id, int(r.start), int(r.end), r.text, kind, r.rule,
                             contexts.around(r.doc_id, int(r.start), int(r.end))))
    sheet = pd.DataFrame(rows, columns=SHEET_COLUMNS[1:9])
    sheet.insert(0, "row", range(1, len(sheet) + 1))
    sheet["judgement"] = ""
    sheet["note"] = ""
    return sheet


def write(sheet: pd.DataFrame, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".md":
        header = "| " + " | ".join(SHEET_COLUMNS) + " |\n|" + "---|" * len(SHEET_COLUMNS) + "\n"
        lines = ["| " + " | ".join(str(v).replace("|", "\\|").replace("\n", " ") for v in row) + " |"
                 for row in sheet[SHEET_COLUMNS].itertuples(index=False)]
        out.write_text("Mark `judgement` right, wrong or doubtful.\n\n" + header + "\n".join(lines) + "\n", encoding="utf-8")
    else:
        sheet[SHEET_COLUMNS].to_csv(out, index=False)


def _wilson(right: int, total: int, z: float = 1.96) -> tuple[float, float]:
    if total == 0:
        return 0.0, 0.0
    p = right / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return centre - half, centre + half


def score(path: Path) -> pd.DataFrame:
    """Precision per kind of a filled sheet, and of all its rows: ``precision`` counts rows judged ``doubtful`` right,
    ``strict`` counts them wrong (the interval is ``precision``'s); rows not judged are counted apart."""
    if path.suffix == ".md":
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("| ") and "---" not in line]
        cells = [[c.strip() for c in line.strip("|").split(" | ")] for line in lines[1:]]
        sheet = pd.DataFrame([c[: len(SHEET_COLUMNS)] for c in cells], columns=SHEET_COLUMNS)
    else:
        sheet = pd.read_csv(path, keep_default_na=False)
    if "judgement" not in sheet or "kind" not in sheet:
        raise SystemExit(f"{path}: not a sheet of this script (no kind/judgement columns)")
    judged = sheet["judgement"].astype(str).str.strip().str.lower()
    bad = sheet[~judged.isin(JUDGEMENTS + ("",))]
    if len(bad):
        raise SystemExit(f"{path}: row {bad['row'].iloc[0]}: judgement must be one of {', '.join(JUDGEMENTS)}, "
                         f"not {bad['judgement'].iloc[0]!r}")
    out = []
    for kind, marks in [*((k, judged[g.index]) for k, g in sheet.groupby("kind", sort=False)), ("all", judged)]:
        right, wrong, doubtful = (int((marks == j).sum()) for j in JUDGEMENTS)
        total = right + wrong + doubtful
        lo, hi = _wilson(right + doubtful, total)
        out.append((kind, right, wrong, doubtful, int((marks == "").sum()),
                    round((right + doubtful) / total, 3) if total else float("nan"), round(lo, 3), round(hi, 3),
                    round(right / total, 3) if total else float("nan")))
    return pd.DataFrame(out, columns=["kind", "right", "wrong", "doubtful", "unjudged", "precision", "low95", "high95", "strict"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", nargs="?", help="a `vnnews export` folder")
    parser.add_argument("--out", help="the sheet to write (.csv or .md)")
    parser.add_argument("--per-kind", type=int, default=50, help="rows drawn of each kind (default 50)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated, among " + ",".join(KINDS))
    parser.add_argument("--context", type=int, default=120, help="characters of context each side (default 120)")
    parser.add_argument("--score", help="a filled sheet: print precision per kind")
    args = parser.parse_args(argv)
    if args.score:
        print(score(Path(args.score)).to_string(index=False))
        return 0
    if not args.export or not args.out:
        parser.error("give an export folder and --out (or --score SHEET)")
    if args.per_kind < 1:
        parser.error("--per-kind must be at least 1")
    sheet = sample(Path(args.export), per_kind=args.per_kind, seed=args.seed,
                   kinds=tuple(k.strip() for k in args.kinds.split(",") if k.strip()), context=args.context)
    write(sheet, Path(args.out))
    print(f"{len(sheet)} rows written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
