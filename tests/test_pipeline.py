"""The registry and the runner's quarantine."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille import pipeline
from veille.config import Config
from veille.errors import ConfigError
from veille.model import Article
from veille.pipeline import STAGES, Context, Stage, run_batch


def test_registry_names_are_unique_versioned_and_importable_paths() -> None:
    keys = [s.key for s in pipeline.STAGES + pipeline.CORPUS_STAGES]
    assert len(keys) == len(set(keys))
    for st in pipeline.STAGES + pipeline.CORPUS_STAGES:
        module, _, func = st.func_path.partition(":")
        assert module.startswith("veille.stages.") and func and st.version >= 1 and st.writes


def test_stages_in_order_read_only_what_an_earlier_stage_or_ingest_wrote() -> None:
    available = {"raw", "fmt", "clean", "meta", "title", "outlet", "published", "lang", "url"}
    for st in STAGES:
        missing = set(st.reads) - available
        assert not missing, f"{st.key} reads {missing} before anything writes it"
        available |= set(st.writes)


def boom_if_marked(batch: list[Article], ctx: Context) -> list[Article]:
    for a in batch:
        if "BOOM" in a.raw:
            raise ValueError("cannot handle this article")
        a.body = a.raw.upper()
    return batch


def test_a_failing_article_is_quarantined_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    st = Stage("shout", 1, "tests.test_pipeline:boom_if_marked", ("raw",), ("body",), "test")
    monkeypatch.setattr(Stage, "load", lambda self: boom_if_marked)
    batch = [Article(id=str(i), source=f"{i}.txt", raw=t) for i, t in enumerate(["un", "BOOM", "trois"])]
    result = run_batch(batch, Context(), [st])
    assert [a.body for a in result.articles] == ["UN", "TROIS"]
    [q] = result.quarantined
    assert (q.key, q.stage, q.code) == ("1", "shout@1", "V200")
    assert "ValueError: cannot handle this article" in q.message
    assert result.articles[0].stages == ["shout@1"]


def records_itself(batch: list[Article], ctx: Context) -> list[Article]:
    for a in batch:
        a.stages.append("self@1")  # as clean does, for callers that bypass run_stage
    return batch


def test_a_stage_that_records_itself_is_listed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    st = Stage("self", 1, "tests.test_pipeline:records_itself", ("raw",), ("body",), "test")
    monkeypatch.setattr(Stage, "load", lambda self: records_itself)
    result = run_batch([Article(id="1", source="1.txt", raw="un")], Context(), [st])
    assert result.articles[0].stages == ["self@1"]


def test_config_from_dict_and_unknown_keys() -> None:
    cfg = Config.from_dict({"batch_size": 8, "dedup": {"threshold": 0.7}})
    assert cfg.batch_size == 8 and cfg.dedup.threshold == 0.7 and cfg.dedup.bands == Config().dedup.bands
    with pytest.raises(ConfigError, match="known keys"):
        Config.from_dict({"dedup": {"treshold": 0.7}})


def test_each_stage_module_labels_its_annotations_with_the_registry_version() -> None:
    """The registry's key is what a run records per article; a stage module's own STAGE constant is
    what its annotations carry. Bumping one and not the other (quotes@3 against a registry still at
    2) made the two disagree: stored articles said quotes@2 while their quotes said quotes@3."""
    import importlib

    from veille.pipeline import CORPUS_STAGES, STAGES

    for stage in (*STAGES, *CORPUS_STAGES):
        module = importlib.import_module(stage.func_path.split(":")[0])
        label = getattr(module, "STAGE", None)
        assert label in (None, stage.key), f"{stage.func_path}: STAGE {label!r}, registry {stage.key!r}"



def test_architecture_diagram_names_the_registry_versions() -> None:
    """ARCHITECTURE.md's pipeline diagram names each article stage with its version; the registry is the
    one home of that number (stage modules read it from there), so the diagram is checked against it."""
    from veille.pipeline import STAGES

    doc = Path(__file__).resolve().parents[1] / "ARCHITECTURE.md"
    diagram = next(line for line in doc.read_text(encoding="utf-8").splitlines() if " -> dedup@" in line)
    assert diagram.split("|")[1].split() == " -> ".join(s.key for s in STAGES).split()
