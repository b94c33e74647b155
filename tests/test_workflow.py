"""The scheduled-crawl workflow parses and only runs commands the CLI has."""

from __future__ import annotations

import re
import shlex

import yaml

from crawler.cli import cli
from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "scheduled-crawl.yml"


def load():
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads a bare `on` as true
    return data


def test_runs_daily_and_by_hand():
    triggers = load()["on"]
    assert re.fullmatch(r"\d+ \d+ \* \* \*", triggers["schedule"][0]["cron"])
    assert "workflow_dispatch" in triggers


def test_restores_crawls_uploads_and_summarises():
    steps = load()["jobs"]["crawl"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/cache/restore@") for u in uses)
    assert any(u.startswith("actions/cache/save@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    assert any("GITHUB_STEP_SUMMARY" in s.get("run", "") for s in steps)


def test_every_cli_command_and_option_exists():
    runs = "\n".join(s.get("run", "") for s in load()["jobs"]["crawl"]["steps"])
    calls = re.findall(r"allmannyttan-archive ([^\n>|]+)", runs)
    assert {call.split()[0] for call in calls} >= {"crawl", "report"}
    for call in calls:
        words = shlex.split(re.sub(r"\$\{\{.*?\}\}", "", call))
        command = cli.commands[words[0]]
        known = {opt for param in command.params for opt in param.opts}
        for word in words[1:]:
            if word.startswith("--"):
                assert word in known, (words[0], word)
    assert "--full" in {opt for p in cli.commands["crawl"].params for opt in p.opts}


def test_the_crawl_is_time_boxed_execd_and_has_its_contact():
    crawl_step = next(s for s in load()["jobs"]["crawl"]["steps"] if s.get("id") == "crawl")
    command = crawl_step["run"].strip().splitlines()[-1]
    assert command.startswith("exec .venv/bin/allmannyttan-archive crawl")
    limit = re.search(r"--time-limit (\S+)", command).group(1)
    from crawler.operating import parse_duration
    assert parse_duration(limit) <= (load()["jobs"]["crawl"]["timeout-minutes"] - 30) * 60
    assert "ARCHIVE_CONTACT" in crawl_step["env"]
    assert crawl_step["continue-on-error"] is True


def test_restores_publishes_verifies_and_commits_metadata():
    steps = load()["jobs"]["crawl"]["steps"]
    runs = [s.get("run", "") for s in steps]
    order = [next(i for i, r in enumerate(runs) if word in r)
             for word in ("allmannyttan-archive restore", "allmannyttan-archive crawl",
                          "allmannyttan-archive publish", "allmannyttan-archive verify")]
    assert order == sorted(order)
    assert any("--columns" in r and "git push" in r for r in runs)
    assert any("data/logs" in r for r in runs)
    assert load()["permissions"]["contents"] == "write"
