#!/usr/bin/env bash
# Makes reports/examples/<report>.png: page 1 of each built-in report as a manager gets it from the
# demo data. Starts the demo assembly on a fresh data folder and a free port, fetches each report as
# PDF over HTTP as a demo user, and renders page 1 with pdftoppm (Debian: poppler-utils).
#
#   mvn -B install -DskipTests && bash reports/examples/make-examples.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/reports/examples"
port="${PEJL_EXAMPLES_PORT:-18990}"
data="$(mktemp -d)"
command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: apt-get install poppler-utils" >&2; exit 2; }

java -Djava.awt.headless=true -Dpejl.shell=false -Dpejl.data="$data" -Dorg.osgi.service.http.port="$port" \
  -jar "$root/features/target/pejl-demo.jar" >"$data/demo.log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null; wait $demo 2>/dev/null; rm -rf "$data"' EXIT
api="http://localhost:$port/pejl/api"
for _ in $(seq 1 120); do
  curl -fs "$api/health" | grep -q '"UP"' && break
  sleep 1
done
# The seeder writes the demo data in the background; the indicators see it once it is committed.
sleep "${PEJL_EXAMPLES_SEED_SECONDS:-20}"

episode="$(curl -fs -u caseworker.tjorn:demo "$api/episodes" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
year="$(date +%Y)"
fetch() { # name user query
  curl -fsS -u "$2:demo" -o "$data/$1.pdf" "$api/reports/$1?format=pdf&$3"
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$data/$1.pdf" "$out/$1"
  echo "reports/examples/$1.png"
}
fetch overview manager.tjorn "period=$year"
fetch region-comparison analyst.region "indicator=wellbeing-improved"
fetch gender-split manager.skovde ""
fetch indicator-table manager.tjorn "indicator=wellbeing-improved&by=age-band"
fetch episode-results caseworker.tjorn "episode=$episode"
fetch coverage manager.tjorn ""
fetch documentation manager.tjorn ""
fetch survey-results manager.tjorn "instrument=child-wellbeing"
