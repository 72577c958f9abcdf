#!/usr/bin/env bash
# Cold start as a user meets it, several builds interleaved: from the shell's clock just before exec to a ready
# CarePlanner.bundled() (ColdTimer), with the process's CPU seconds and elapsed time from /usr/bin/time.
# Options are the launchers' one-shot ones (C1, serial GC); a third field gives a class-data archive to use.
#   mvn -B -q -Pbench test-compile                       # compiles ColdTimer into target/test-classes
#   src/bench/cold-start.sh 5 old=/path/old/careweave.jar new=target/careweave.jar new+cds=target/careweave.jar=target/careweave.jsa
# ColdTimer is put in target/coldtimer.jar (the JDK will not make or map an archive with a non-empty folder on the class
# path). An archive must have been made with the same class path (the jar, then target/coldtimer.jar) or the JVM
# ignores it without a word: java -XX:DumpLoadedClassList=x.list -cp JAR:target/coldtimer.jar -Dt0=0 ... ColdTimer,
# grep -v @lambda, then java -Xshare:dump -XX:SharedClassListFile=... -XX:SharedArchiveFile=... -cp (the same).
# A jar needs the release's lib/ folder beside it (its manifest's Class-Path).
# Prints: label round ready_ms cpu_s user_s sys_s elapsed_s load. Other load moves every figure: run it alone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
timer="$here/target/coldtimer.jar"
(cd "$here/target/test-classes" && jar cf "$timer" org/careweave/bench/ColdTimer.class)
rounds=$1; shift
for r in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    IFS='=' read -r label jar archive <<<"$spec"
    opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
    [ -n "${archive:-}" ] && opts+=(-XX:SharedArchiveFile="$archive" -Xshare:auto)
    t0=$(date +%s%3N)
    out=$( { /usr/bin/time -f "TIME %U %S %e" java "${opts[@]}" -Dt0="$t0" \
      -cp "$jar:$timer" org.careweave.bench.ColdTimer; } 2>&1 )
    ms=$(awk '/ready_ms/{print $2}' <<<"$out")
    echo "$label $r $ms $(awk '/^TIME/{print $2+$3, $2, $3, $4}' <<<"$out") load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
