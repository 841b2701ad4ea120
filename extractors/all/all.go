// Package all lists every extractor polex ships, in one place, so the whole set
// is visible at a glance and validated together.
package all

import (
	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/claims"
	"github.com/polexhq/polex/extractors/countries"
	"github.com/polexhq/polex/extractors/dates"
	"github.com/polexhq/polex/extractors/organisations"
	"github.com/polexhq/polex/extractors/persons"
	"github.com/polexhq/polex/extractors/prosener"
	"github.com/polexhq/polex/extractors/regions"
	"github.com/polexhq/polex/extractors/treaties"
)

// Extractors returns the full set in declaration order. Order matters only
// between stages (see extractors.Order); within a stage, spans from all
// extractors are arbitrated by the pipeline.
func Extractors() []*extractors.Extractor {
	return []*extractors.Extractor{
		countries.Extractor,
		regions.Extractor,
		organisations.Extractor,
		treaties.Extractor,
		persons.Extractor,
		dates.Extractor,
		claims.Extractor,
	}
}

// Optional returns extractors that are not in the default set and run only
// when named (polex run --extractors ...): they cost more than they give on
// most corpora. Each may require default extractors.
func Optional() []*extractors.Extractor {
	return []*extractors.Extractor{
		prosener.Extractor,
	}
}
