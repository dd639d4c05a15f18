#!/usr/bin/env bash
# Start-up cost of the validator and codecs: the whole-process time of `jixiao validate` on one small file
# against `jixiao --version`. Prints the median of RUNS runs of each and their ratio (target: under 2).
#
#   benchmarks/startup.sh [RUNS]          (from the repository root, after `mvn -B package`)
#
#   CDS=1 benchmarks/startup.sh [RUNS]    the same with an application class-data archive (AppCDS) of a
#                                         validate run, made first: the JVM maps the classes instead of
#                                         loading them
#
# Uses hyperfine when installed; otherwise a loop timed with date +%s%N.
set -euo pipefail
runs="${1:-20}"
cli="${CLI_JAR:-cli/target/jixiao.jar}"
java=(java)
bench="benchmarks/target/benchmarks.jar"
[ -f "$cli" ] || { echo "no $cli: build the cli module first (mvn -B package)" >&2; exit 2; }
[ -f "$bench" ] || { echo "no $bench: build the benchmarks module first (mvn -B package)" >&2; exit 2; }

small="$(mktemp -d)/small.json"
# One realistic table (12 indicators); a JSON Lines file of one line is a JSON table.
java -cp "$bench" io.github.jixiao.benchmarks.BatchRun 1 "$small" > /dev/null
if [ "${CDS:-0}" = 1 ]; then
  archive="$(dirname "$small")/jixiao.jsa"
  java -XX:ArchiveClassesAtExit="$archive" -jar "$cli" validate "$small" > /dev/null 2>&1 || true
  java=(java -XX:SharedArchiveFile="$archive")
fi

if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 3 --runs "$runs" -i "${java[*]} -jar $cli --version" "${java[*]} -jar $cli validate $small"
  exit 0
fi

median_ms() {  # runs "$@" $runs times, prints the median wall time in milliseconds
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true   # validate exits 1 when the table has error findings
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

"${java[@]}" -jar "$cli" --version > /dev/null   # warm the file cache
version=$(median_ms "${java[@]}" -jar "$cli" --version)
validate=$(median_ms "${java[@]}" -jar "$cli" validate "$small")
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  runs: $runs  AppCDS: ${CDS:-0}"
echo "--version          median ${version} ms"
echo "validate small     median ${validate} ms"
awk -v a="$validate" -v b="$version" 'BEGIN {printf "ratio validate/--version: %.2f (target < 2)\n", a / b}'
