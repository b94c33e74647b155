"""python -m crawler.sample_site [--port N] [--host H] [--root DIR]"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from .server import SITE_ROOT, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.sample_site",
                                     description="Serve the allmännyttan.se replica.")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port (default 8000)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--root", type=Path, default=SITE_ROOT, help="site folder to serve")
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        parser.error(f"no such folder: {args.root}")
    site = serve(args.root, args.host, args.port)
    print(site.url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        site.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
