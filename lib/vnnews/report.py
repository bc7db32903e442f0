"""Running the notebooks on a corpus: papermill executes, nbconvert writes HTML."""
from __future__ import annotations

import glob
import logging
import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["NotebookRun", "run_notebooks"]

log = logging.getLogger("vnnews")


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
    """

    notebook: str
    executed: str
    html: str
    error: str = ""


def _kernel_name() -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    return "vnnews" if "vnnews" in KernelSpecManager().find_kernel_specs() else "python3"


def _to_html(executed: Path) -> Path:
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nbformat.read(executed, as_version=4))
    html = executed.with_suffix(".html")
    html.write_text(body, encoding="utf-8")
    return html


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
                  parameters: dict | None = None, progress: bool = True) -> list[NotebookRun]:
    """Execute every notebook in ``notebooks`` on ``corpus`` and write executed copies and HTML to ``out``.

    Each notebook gets the corpus folder as its papermill parameter ``corpus``. A
    notebook that fails is reported with its failing cell; the others still run.

    Parameters
    ----------
    corpus : str, Path or list of them
        Folder, file(s) or glob of articles (anything :func:`vnnews.load_corpus` reads).
    out : str or Path
        Output folder (created).
    notebooks : str or Path
        Folder of ``*.ipynb`` files, run in name order.
    parameters : dict, optional
        More papermill parameters for every notebook.
    progress : bool
        Show papermill's progress bar.

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
    out_dir.mkdir(parents=True, exist_ok=True)
    kernel = _kernel_name()
    runs = []
    for source in sources:
        executed = out_dir / source.name
        error = ""
        try:
            pm.execute_notebook(
                str(source), str(executed), parameters={"corpus": corpus_parameter, **(parameters or {})},
                kernel_name=kernel, cwd=str(nb_dir), progress_bar=progress, log_output=False,
            )
        except pm.PapermillExecutionError as exc:
            error = f"cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
            log.error("%s failed at %s", source.name, error)
        html = _to_html(executed) if executed.exists() else Path("")
        runs.append(NotebookRun(str(source), str(executed), str(html), error))
    return runs
