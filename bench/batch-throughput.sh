#!/usr/bin/env bash
# Measures bulk checking (--batch) with `deelwijs bench`: the machine, then all cores and one core.
# Runs the published native program (dotnet publish, PublishAot), the way bulk checks are meant to run;
# DEELWIJS_JIT=1 measures the framework-dependent build (dotnet deelwijs.dll) instead.
# Usage: bench/batch-throughput.sh [extra bench options, e.g. --megabytes 60 --protocol konot]
# Needs ../shared/perf/europeana-nl.txt beside the repository (or pass --input FILE).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/^Mem:/ {print $2}') GB, .NET SDK $(dotnet --version), $(. /etc/os-release && echo "$PRETTY_NAME")"

if [[ "${DEELWIJS_JIT:-0}" == 1 ]]; then
  dotnet build -c Release src/Deelwijs.Cli -v quiet -nologo >/dev/null
  deelwijs=(dotnet src/Deelwijs.Cli/bin/Release/net10.0/deelwijs.dll)
else
  out=bench/bin/deelwijs-native
  dotnet publish src/Deelwijs.Cli -c Release -o "$out" -v quiet -nologo >/dev/null
  deelwijs=("$out/deelwijs")
fi

echo "== all cores =="
"${deelwijs[@]}" bench "$@"
echo "== --workers 1 =="
"${deelwijs[@]}" bench --workers 1 "$@"
