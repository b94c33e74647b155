"""The extraction benchmark's core on two pages, our parser only (no trafilatura needed)."""

from __future__ import annotations

from pathlib import Path

from bench.extraction import EXACT_FIELDS, load_pages, ours, render_section, run_benchmark, update_doc


def two_pages() -> list:
    pages = load_pages()
    return [next(p for p in pages if p.corpus == "fixtures"), next(p for p in pages if p.corpus == "sample_site")]


def test_run_benchmark_ours_on_two_pages() -> None:
    result = run_benchmark(two_pages(), {"ours": ours}, repeat=1)
    assert result["pages"] == {"fixtures": 1, "sample_site": 1, "all": 2}
    assert result["repeat"] == 1
    entry = result["extractors"]["ours"]
    assert set(entry["pages_per_second"]) == {"fixtures", "sample_site", "all"}
    assert all(speed > 0 for speed in entry["pages_per_second"].values())
    for corpus in ("fixtures", "sample_site", "all"):
        accuracy = entry["accuracy"][corpus]
        assert set(accuracy) == {*EXACT_FIELDS, "body_text"}
        assert accuracy["title"] == {"accuracy": 1.0, "null": 0.0}
        assert set(accuracy["body_text"]) == {"f1_mean", "f1_min"}
        assert 0.0 <= accuracy["body_text"]["f1_min"] <= accuracy["body_text"]["f1_mean"] <= 1.0
    assert isinstance(entry["misses"], list)


def test_update_doc_replaces_only_its_section(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n<!-- crawl:start -->\nkeep me\n<!-- crawl:end -->\n", encoding="utf-8")
    update_doc("<!-- extraction:start -->\nfirst\n<!-- extraction:end -->", doc)
    update_doc("<!-- extraction:start -->\nsecond\n<!-- extraction:end -->", doc)
    text = doc.read_text(encoding="utf-8")
    assert "keep me" in text and "second" in text and "first" not in text
    assert text.count("<!-- extraction:start -->") == 1


def test_render_section_has_markers_and_tables() -> None:
    result = run_benchmark(two_pages()[:1], {"ours": ours}, repeat=1)
    info = {"cpu": "CPU", "cores": "1", "python": "3", "trafilatura": "-", "htmldate": "-", "lxml": "-",
            "date": "2000-01-01"}
    section = render_section(result, info, "cmd", "profile")
    assert section.startswith("<!-- extraction:start -->") and section.endswith("<!-- extraction:end -->")
    assert "| ours |" in section and "| title | exact (null) | ours |" in section
