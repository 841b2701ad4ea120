#!/bin/bash
# Measures what each capability costs, as ratios of words/second in the same
# session: against the current build's countries-only pipeline (the marginal
# cost of each capability) and, when a foundation binary is given, against
# the foundation as it was resolved (issue #2; build it from commit 6dd74ff).
#
# usage: eval/speed/ratios.sh POLEX_BINARY [ROUNDS] [CORPUS] [FOUNDATION_BINARY]
#   e.g. go build -o polex ./cmd/polex && eval/speed/ratios.sh ./polex 6 ../shared/corpus/whitehouse/
#   git worktree add /tmp/foundation 6dd74ff && (cd /tmp/foundation && go build -o /tmp/polex-foundation ./cmd/polex)
#   eval/speed/ratios.sh ./polex 8 ../shared/corpus/whitehouse/ /tmp/polex-foundation
#
# Each round runs, with 2 workers: [foundation countries] | countries |
# countries,regions,organisations,treaties,persons (the entity set) |
# countries,dates | every extractor | countries again | [foundation countries
# again]. Each ratio is taken against the mean of the two runs of its
# reference around it, so a machine that slows down or speeds up during a
# round moves both sides. The last lines are the medians over rounds.
set -euo pipefail
BIN=${1:?usage: ratios.sh POLEX_BINARY [ROUNDS] [CORPUS] [FOUNDATION_BINARY]}
N=${2:-6}
CORPUS=${3:-../shared/corpus/whitehouse/}
FOUND=${4:-}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ENTITIES=countries,regions,organisations,treaties,persons

wps() { # words/second of one whole run of binary $1 with the given extractor flags
	local bin=$1
	shift
	"$bin" run --workers 2 --quiet "$@" --stats "$TMP/s.json" -o "$TMP/out.jsonl" --errors "$TMP/err.jsonl" "$CORPUS" || [ $? -eq 1 ]
	sed -n 's/.*"words_per_second": *\([0-9.]*\).*/\1/p' "$TMP/s.json"
}

for i in $(seq "$N"); do
	f1=0 f2=0
	[ -n "$FOUND" ] && f1=$(wps "$FOUND" --extractors countries)
	c1=$(wps "$BIN" --extractors countries)
	e=$(wps "$BIN" --extractors "$ENTITIES")
	d=$(wps "$BIN" --extractors countries,dates)
	a=$(wps "$BIN")
	c2=$(wps "$BIN" --extractors countries)
	[ -n "$FOUND" ] && f2=$(wps "$FOUND" --extractors countries)
	echo "$c1 $e $d $a $c2 $f1 $f2"
done | awk '
{
	cb = ($1 + $5) / 2; fb = ($6 + $7) / 2
	e[NR] = $2 / cb; d[NR] = $3 / cb; a[NR] = $4 / cb; c[NR] = cb; aw[NR] = $4; ew[NR] = $2
	printf "round %d: countries %.0f/%.0f words/s; entities %.3f; countries+dates %.3f; all %.3f (%.0f words/s)\n", NR, $1, $5, e[NR], d[NR], a[NR], $4
	if (fb > 0) {
		fe[NR] = $2 / fb; fd[NR] = $3 / fb; fa[NR] = $4 / fb; f[NR] = fb
		printf "  foundation (countries) %.0f/%.0f words/s; against it: entities %.3f, countries+dates %.3f, all %.3f\n", $6, $7, fe[NR], fd[NR], fa[NR]
	}
}
function median(x, n,   i, j, t) {
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
	return (n % 2) ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
}
END {
	printf "medians of %d rounds, against this build'"'"'s countries-only runs: countries %.0f words/s; entities %.3f; countries+dates %.3f; all %.3f, %.0f words/s; entities %.0f words/s\n", NR, median(c, NR), median(e, NR), median(d, NR), median(a, NR), median(aw, NR), median(ew, NR)
	if (f[1] > 0) printf "medians of %d rounds, against the foundation build (countries only, %.0f words/s): entities %.3f (#3 aim >= 0.80); countries+dates %.3f; all %.3f (#6 aim >= 0.50)\n", NR, median(f, NR), median(fe, NR), median(fd, NR), median(fa, NR)
}'
