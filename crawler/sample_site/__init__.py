"""A small replica of allmännyttan.se, served on loopback for the crawler's tests.

    from crawler.sample_site import serve, load_ground_truth
    with serve() as site:            # port 0: a free port is chosen
        site.url                     # "http://127.0.0.1:41234/"
        site.requests                # request log (method, path, headers, status)

The site's files live in ``SITE_ROOT`` and are generated, together with
``ground_truth.json``, by ``tools/sample_site/build_site.py`` (run ``python -m
tools.sample_site.build_site`` after editing its data). See README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from .server import SITE_ROOT, CaseInsensitiveDict, SampleSiteServer, copy_site, serve

PACKAGE_DIR: Path = Path(__file__).resolve().parent
GROUND_TRUTH_PATH: Path = PACKAGE_DIR / "ground_truth.json"


def load_ground_truth() -> dict:
    """The expected extraction results for the bundled site (see README.md)."""
    return json.loads(GROUND_TRUTH_PATH.read_text(encoding="utf-8"))


__all__ = ["SITE_ROOT", "GROUND_TRUTH_PATH", "PACKAGE_DIR", "SampleSiteServer",
           "CaseInsensitiveDict", "copy_site", "load_ground_truth", "serve"]
