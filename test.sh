#!/usr/bin/env bash
# The test command: installs what the tests need, then runs pytest.
#   ./test.sh            (extra arguments go to pytest, e.g. ./test.sh -k warc)
# Needs Python 3.11+; the browser test needs Debian's Chromium, installed here
# with apt-get when it is missing (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
# Two workers (pytest-xdist), each taking whole test modules, so a module's crawl fixtures run once;
# the slowest tests are listed: the suite must stay under 10 min on 2 cores.
exec .venv/bin/pytest -q -n 2 --dist loadscope --durations=25 "$@"
