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
exec .venv/bin/pytest -q --durations=25 "$@"  # the slowest tests listed: the suite must stay under 10 min on 2 cores
