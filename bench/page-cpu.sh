#!/usr/bin/env bash
# CPU time of the Tandem process per request, for two Tandems side by side (say, before and after a change), each
# started with TANDEM_DEMO=true on 127.0.0.1 with its own data directory and the same TANDEM_ADMIN_PASSWORD.
# Usage: TANDEM_ADMIN_PASSWORD=... bench/page-cpu.sh <port before> <port after> /projects/PAY/board /projects/PAY/sync ...
# N requests per round (default 10), ROUNDS rounds alternating the two (default 4), after N warm-up requests each.
set -euo pipefail
before=$1 after=$2; shift 2
N=${N:-10} ROUNDS=${ROUNDS:-4}
jar=$(mktemp -d)
trap 'rm -rf "$jar"' EXIT
pid_of() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2; }
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # clock ticks (1/100 s) of user and system time
signin() {
  local token
  token=$(curl -s -c "$jar/$1" -b "$jar/$1" "http://127.0.0.1:$1/signin" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
    | sed 's/.*value="//;s/"//')
  curl -s -c "$jar/$1" -b "$jar/$1" -o /dev/null --data-urlencode username=admin \
    --data-urlencode "password=$TANDEM_ADMIN_PASSWORD" --data-urlencode "_csrf=$token" "http://127.0.0.1:$1/signin"
}
requests() { for _ in $(seq 1 "$N"); do curl -s -b "$jar/$1" -o /dev/null "http://127.0.0.1:$1$2"; done; }
signin "$before"; signin "$after"
pb=$(pid_of "$before") pa=$(pid_of "$after")
for path in "$@"; do
  requests "$before" "$path"; requests "$after" "$path"
  tb=0 ta=0
  for _ in $(seq 1 "$ROUNDS"); do
    c=$(cpu "$pb"); requests "$before" "$path"; tb=$((tb + $(cpu "$pb") - c))
    c=$(cpu "$pa"); requests "$after" "$path"; ta=$((ta + $(cpu "$pa") - c))
  done
  echo "$path  before $((tb * 10 / (N * ROUNDS))) ms CPU per request  after $((ta * 10 / (N * ROUNDS))) ms CPU per request"
done
