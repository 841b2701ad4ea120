#!/bin/bash
# Measures what each capability costs, as ratios of words/second against the
# foundation pipeline (countries only) in the same session.
#
# usage: eval/speed/ratios.sh POLEX_BINARY [ROUNDS] [CORPUS]
#   e.g. go build -o polex ./cmd/polex && eval/speed/ratios.sh ./polex 6 ../shared/corpus/whitehouse/
#
# Each round runs, with 2 workers: countries | countries,regions,organisations,
# treaties,persons (the entity set) | countries,dates | every extractor |
# countries again. Each ratio is taken against the mean of the countries runs
# just before and just after it, so a machine that slows down or speeds up
# during a round moves both sides. The last lines are the medians over rounds.
set -euo pipefail
BIN=${1:?usage: ratios.sh POLEX_BINARY [ROUNDS] [CORPUS]}
N=${2:-6}
CORPUS=${3:-../shared/corpus/whitehouse/}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ENTITIES=countries,regions,organisations,treaties,persons

wps() { # words/second of one whole run with the given extractor flags
	"$BIN" run --workers 2 --quiet "$@" --stats "$TMP/s.json" -o "$TMP/out.jsonl" --errors "$TMP/err.jsonl" "$CORPUS" || [ $? -eq 1 ]
	sed -n 's/.*"words_per_second": *\([0-9.]*\).*/\1/p' "$TMP/s.json"
}

for i in $(seq "$N"); do
	c1=$(wps --extractors countries)
	e=$(wps --extractors "$ENTITIES")
	d=$(wps --extractors countries,dates)
	a=$(wps)
	c2=$(wps --extractors countries)
	echo "$c1 $e $d $a $c2"
done | awk '
{
	cb = ($1 + $5) / 2
	e[NR] = $2 / cb; d[NR] = $3 / cb; a[NR] = $4 / cb; c[NR] = cb; aw[NR] = $4
	printf "round %d: countries %.0f/%.0f words/s; entities %.3f; countries+dates %.3f; all %.3f (%.0f words/s)\n", NR, $1, $5, e[NR], d[NR], a[NR], $4
}
function median(x, n,   i, j, t) {
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
	return (n % 2) ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
}
END {
	printf "medians of %d rounds: countries %.0f words/s; entities %.3f (aim >= 0.80); countries+dates %.3f (aim >= 0.80); all %.3f (aim >= 0.50), %.0f words/s\n", NR, median(c, NR), median(e, NR), median(d, NR), median(a, NR), median(aw, NR)
}'
