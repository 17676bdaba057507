#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL cluster up and REKISTERI_TEST_PG pointing at
# it; the cluster is stopped and deleted afterwards, whatever the command's outcome.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="$("$here/cluster.sh" start)"
trap '"$here/cluster.sh" stop' EXIT
export REKISTERI_TEST_PG="$url"
"$@"
