"""Running the notebooks on a corpus as reports: papermill executes, nbconvert writes HTML pages
a reader can use offline, and an index page ties them together.

Pages hide the code (``show_code=True`` keeps it), carry a title and a table of contents, use a
font stack that renders Vietnamese in code cells, load no script from the network (the
interactive tables' JavaScript is written once to ``assets/`` beside the pages), and the console
shows one line per notebook; kernel messages go to ``logs/``.
"""
from __future__ import annotations

import contextlib
import glob
import html
import logging
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["NotebookRun", "run_notebooks", "write_index"]

log = logging.getLogger("vnnews")

#: fonts that draw every precomposed Vietnamese letter (ạ ả ấ ầ ẩ ... ỹ). DejaVu Sans Mono, Liberation Mono
#: and Menlo lack many (ả ấ ầ ẩ): with them the tone mark of "tổ" detaches. So code uses the monospace
#: fonts that have them, then falls back to proportional fonts that do, never to those three.
_FONT_CSS = """
<style>
body, .jp-Notebook, .jp-RenderedHTMLCommon { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; }
pre, code, kbd, .jp-OutputArea-output pre, .jp-RenderedText pre, .jp-RenderedHTMLCommon code, .jp-RenderedHTMLCommon pre {
  font-family: "Noto Sans Mono", "Cascadia Mono", Consolas, "Noto Sans", "DejaVu Sans", "Segoe UI", sans-serif !important; }
.jp-RenderedHTMLCommon table, table.vnnews-table { table-layout: auto; border-collapse: collapse; font-size: 0.9em; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { white-space: nowrap; max-width: 40em; overflow: hidden;
  text-overflow: ellipsis; vertical-align: top; }
.vnnews-caption { color: #555; }
nav.vnnews-toc { margin: 1em auto; max-width: 1100px; padding: 0.5em 1em; border-left: 3px solid #3b6ea5; }
nav.vnnews-toc a { text-decoration: none; }
</style>
"""


@dataclass(frozen=True)
class NotebookRun:
    """What happened to one notebook.

    Attributes
    ----------
    notebook : str
        Source notebook path.
    executed : str
        Executed notebook written to the output folder.
    html : str
        HTML report (written even when a cell failed, up to the failure).
    error : str
        ``""`` on success, else the failing cell and the error.
    seconds : float
        Wall time of the run.
    """

    notebook: str
    executed: str
    html: str
    error: str = ""
    seconds: float = 0.0


def _kernel_name() -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    return "vnnews" if "vnnews" in KernelSpecManager().find_kernel_specs() else "python3"


def _title(notebook: Path) -> str:
    """``01-corpus-statistics`` → ``01 · Corpus statistics``."""
    number, _, name = notebook.stem.partition("-")
    return f"{number} · {name.replace('-', ' ').capitalize()}" if name else notebook.stem


def _table_of_contents(body: str) -> str:
    headings = re.findall(r'<h([12]) id="([^"]+)"[^>]*>(.*?)<', body)
    items = "".join(f'<li style="margin-left:{(int(level) - 1) * 1.2}em"><a href="#{anchor}">{text}</a></li>'
                    for level, anchor, text in headings)
    return f'<nav class="vnnews-toc"><strong>Contents</strong><ul>{items}</ul></nav>' if items else ""


def _to_html(executed: Path, *, show_code: bool) -> Path:
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=not show_code, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    notebook = nbformat.read(executed, as_version=4)
    title = f"vnnews · {_title(executed)}"
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    # no script from the network: MathJax and require.js are not used by these pages
    body = re.sub(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>', "", body)
    body = re.sub(r"<title>.*?</title>", f"<title>{html.escape(title)}</title>", body, count=1, flags=re.S)
    body = body.replace("</head>", f'{_FONT_CSS}<script src="assets/itables.js"></script>\n</head>', 1)
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + _table_of_contents(body), body, count=1)
    target = executed.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


def _write_assets(out_dir: Path) -> None:
    """The interactive tables' JavaScript and CSS (DataTables, bundled in itables), as one local script."""
    from itables import options
    from itables.javascript import generate_init_offline_itables_html

    fragment = generate_init_offline_itables_html(options.dt_bundle)
    script = fragment[fragment.index("<script>") + len("<script>") : fragment.index("</script>")]
    assets = out_dir / "assets"
    assets.mkdir(exist_ok=True)
    (assets / "itables.js").write_text(script, encoding="utf-8")


@contextlib.contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
    """Send this process's stderr (and so the kernel's, which inherits it) to ``path``."""
    sys.stderr.flush()
    saved = os.dup(2)
    with path.open("ab") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def _corpus_parameter(corpus: str | Path | list[str | Path]) -> str | list[str]:
    """The corpus as the notebooks' papermill parameter: absolute paths (globs kept as globs)."""
    items = [corpus] if isinstance(corpus, (str, Path)) else list(corpus)
    resolved = []
    for item in items:
        if os.path.lexists(item):
            resolved.append(str(Path(item).resolve()))
        elif set("*?[") & set(str(item)) and glob.glob(str(item), recursive=True):
            resolved.append(os.path.abspath(item))
        else:
            raise FileNotFoundError(f"corpus not found: {item}")
    return resolved[0] if isinstance(corpus, (str, Path)) else resolved


def run_notebooks(corpus: str | Path | list[str | Path], *, out: str | Path, notebooks: str | Path = "notebooks",
                  parameters: dict | None = None, progress: bool = True, show_code: bool = False) -> list[NotebookRun]:
    """Execute every notebook in ``notebooks`` on ``corpus`` and write executed copies, HTML pages
    and an ``index.html`` to ``out``.

    Each notebook gets the corpus as its papermill parameter ``corpus`` and ``interactive=True``
    (tables sortable, searchable, paginated). A notebook that fails is reported with its failing
    cell; the others still run.

    Parameters
    ----------
    corpus : str, Path or list of them
        Folder, file(s) or glob of articles (anything :func:`vnnews.load_corpus` reads).
    out : str or Path
        Output folder (created).
    notebooks : str or Path
        Folder of ``*.ipynb`` files, run in name order.
    parameters : dict, optional
        More papermill parameters for every notebook (a notebook ignores those it does not declare).
    progress : bool
        Print one line per notebook as it finishes.
    show_code : bool
        Keep the code cells in the HTML pages (hidden by default).

    Returns
    -------
    list of NotebookRun
    """
    import papermill as pm

    corpus_parameter = _corpus_parameter(corpus)
    nb_dir = Path(notebooks).resolve()
    sources = sorted(p for p in nb_dir.glob("*.ipynb") if not p.name.startswith("."))
    if not sources:
        raise FileNotFoundError(f"no notebooks (*.ipynb) in {nb_dir}")
    out_dir = Path(out).resolve()
    (out_dir / "logs").mkdir(parents=True, exist_ok=True)
    _write_assets(out_dir)
    kernel = _kernel_name()
    runs = []
    for number, source in enumerate(sources, start=1):
        executed = out_dir / source.name
        error = ""
        started = time.perf_counter()
        declared = pm.inspect_notebook(str(source))
        wanted = {"corpus": corpus_parameter, "interactive": True, **(parameters or {})}
        try:
            with _stderr_to(out_dir / "logs" / f"{source.stem}.log"):
                pm.execute_notebook(
                    str(source), str(executed), parameters={k: v for k, v in wanted.items() if k in declared},
                    kernel_name=kernel, cwd=str(nb_dir), progress_bar=False, log_output=False,
                )
        except pm.PapermillExecutionError as exc:
            error = f"cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
            log.error("%s failed at %s", source.name, error)
        page = _to_html(executed, show_code=show_code) if executed.exists() else Path("")
        run = NotebookRun(str(source), str(executed), str(page), error, round(time.perf_counter() - started, 1))
        runs.append(run)
        if progress:
            status = f"FAILED at {error}" if error else "ok"
            print(f"[{number}/{len(sources)}] {_title(source)}: {status} ({run.seconds:.0f} s)", flush=True)
    write_index(corpus_parameter, runs, out_dir)
    return runs


def write_index(corpus: str | list[str], runs: list[NotebookRun], out_dir: Path) -> Path:
    """``index.html``: the corpus in a few figures (articles, outlets, dates, problems) and a link to
    each report."""
    from .corpus import load_corpus

    loaded = load_corpus(corpus)
    frame = loaded.to_frame()
    dates = frame["date"].dropna() if "date" in frame else frame.iloc[0:0]
    outlets = frame["outlet"].dropna().value_counts() if "outlet" in frame else frame.iloc[0:0]
    facts = [
        ("Corpus", html.escape(str(corpus))),
        ("Articles", f"{len(loaded)}"),
        ("Problems (skipped or flagged files)", f"{len(loaded.problems)}"),
        ("Dates", f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d} ({len(dates)} dated)" if len(dates) else "none found"),
        ("Outlets", html.escape(", ".join(f"{name} ({n})" for name, n in outlets.head(8).items())) or "none named"),
    ]
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts)
    links = "".join(
        f'<li><a href="{html.escape(Path(r.html).name)}">{html.escape(_title(Path(r.notebook)))}</a>'
        + (f' <strong>failed</strong>: {html.escape(r.error)}' if r.error else "") + "</li>"
        for r in runs if r.html)
    page = (f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>vnnews · reports</title>"
            f"{_FONT_CSS}</head><body style=\"max-width:1100px;margin:2em auto\"><h1>vnnews reports</h1>"
            f"<table class=\"vnnews-table\">{rows}</table><h2>Reports</h2><ul>{links}</ul></body></html>")
    target = out_dir / "index.html"
    target.write_text(page, encoding="utf-8")
    return target
