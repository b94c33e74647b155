"""bench/commits.py on a few pages: both ways store every page, and the doc section renders."""

from __future__ import annotations

from bench.commits import END, START, render, store_pages


def test_both_ways_store_the_pages_and_the_section_renders():
    per_verb, batched = store_pages(12, 0), store_pages(12, 5)
    assert per_verb["stored"] == batched["stored"] == 12  # the last, partial batch committed too
    assert all(v > 0 for v in (*per_verb.values(), *batched.values()))
    result = {"per_verb": per_verb, "batched": batched, "batch": 5, "commit": "abc",
              "machine": {"cpu": "cpu", "cores": "2", "python": "3", "date": "2026-12-01"}}
    section = render(result, "cmd")
    assert section.startswith(START) and section.endswith(END) and "| one per 5 pages |" in section
