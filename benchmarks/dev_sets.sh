#!/usr/bin/env bash
# Key facts, or the desk's «جديد», over every same-day development set kept outside the repository.
#
#   benchmarks/dev_sets.sh keyfacts WORDS     # sameday.py --systems khulasa --text at WORDS words
#   benchmarks/dev_sets.sh desk FIRST         # desk_new.py --verbose, version 1 = FIRST of each event
#   benchmarks/dev_sets.sh peers WORDS        # sameday.py --systems khulasa,lead,peers,oracle-facts over
#                                             # every set in ONE run: per-set tables, then the 95 % bootstrap
#                                             # tables over the pooled sets and over every set that ran
#
# DEVDATA (default: ../devdata beside the checkout) holds clusters/, news-set-a/, busy-day/,
# fresh-set/ and the batches freshNN/ (each with its facts.json, or else the copy kept in the
# repository: benchmarks/facts/batches/freshNN.json); BATCHES names the batches to run
# (default: every development batch, "38 40 42 44 45 46 47 48 49 50 51"; the held-out ones, 39, 41 and 43, are left out).
# Prints each set's table ("| khulasa |" rows: facts stated / restating / junk / sentences / per
# cluster; or the desk's "all:" lines) with the summaries, to standard output.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
devdata="${DEVDATA:-$here/../../devdata}"
batches="${BATCHES:-38 40 42 44 45 46 47 48 49 50 51}"
python="${PYTHON:-python}"
what="${1:?keyfacts WORDS, peers WORDS or desk FIRST}"
arg="${2:?a word budget (keyfacts) or the share of articles in version 1 (desk)}"
cd "$here"
if [ "$what" = peers ]; then
  export OPENBLAS_NUM_THREADS=1 KHULASA_OUTLETS="$devdata/clusters" KHULASA_NEWS_SET_A="$devdata/news-set-a" \
    KHULASA_BUSY_DAY="$devdata/busy-day" KHULASA_FRESH="$devdata/fresh-set" KHULASA_BATCHES="$devdata"
  exec "$python" sameday.py --systems "${SYSTEMS:-khulasa,lead,peers,oracle-facts}" --words "$arg" \
    --sets outlets,news-set-a,busy-day,fresh --batches "$(echo $batches | tr ' ' ',')"
fi
export OPENBLAS_NUM_THREADS=1 KHULASA_OUTLETS="$devdata/clusters" KHULASA_NEWS_SET_A="$devdata/news-set-a" \
  KHULASA_BUSY_DAY="$devdata/busy-day" KHULASA_FRESH="$devdata/fresh-set"
run() {
  case "$what" in
    keyfacts) "$python" sameday.py --systems khulasa --sets "$1" --words "$arg" --text ;;
    desk) "$python" desk_new.py --sets "$1" --verbose --first "$arg" ;;
    *) echo "dev_sets.sh: unknown job '$what' (keyfacts or desk)" >&2; exit 2 ;;
  esac
}
run outlets,news-set-a,busy-day,fresh
for n in $batches; do
  echo "## batch fresh$n"
  facts="$devdata/fresh$n/facts.json"
  [ -f "$facts" ] || facts="$here/facts/batches/fresh$n.json"
  KHULASA_FRESH5="$devdata/fresh$n" KHULASA_FRESH5_FACTS="$facts" run fresh5
done
