#!/usr/bin/env bash
# Measures bulk checking (--batch) with `deelwijs bench`: the machine, then all cores and one core.
# Usage: bench/batch-throughput.sh [extra bench options, e.g. --megabytes 24 --protocol konot]
# Needs ../shared/perf/europeana-nl.txt beside the repository (or pass --input FILE).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/^Mem:/ {print $2}') GB, .NET SDK $(dotnet --version), $(. /etc/os-release && echo "$PRETTY_NAME")"

dotnet build -c Release src/Deelwijs.Cli -v quiet -nologo >/dev/null
deelwijs=(dotnet src/Deelwijs.Cli/bin/Release/net10.0/deelwijs.dll)

echo "== all cores =="
"${deelwijs[@]}" bench "$@"
echo "== --workers 1 =="
"${deelwijs[@]}" bench --workers 1 "$@"
