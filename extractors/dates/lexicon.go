package dates

// Word tables. Keys are lower case; the tokenizer lower-cases tokens once.

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbr holds abbreviations; they count as months only when followed
// by a period or by a day or year, because "Mar", "Jan" and "Dec" are also
// names and words.
var monthAbbr = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ambiguousMonths are month names that are also common words or names; when
// they stand alone they need a temporal preposition before them.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "june": true, "april": true, "august": true}

var weekdays = map[string]int{ // ISO numbering: Monday 1 … Sunday 7
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

var weekdaysPlural = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

var smallNums = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30,
}

// decadeWords name the decades of the twentieth century ("the nineties").
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// units maps duration words to TIMEX3 unit letters. H, MIN and S are time
// units written after "T".
var units = map[string]string{
	"second": "S", "seconds": "S", "sec": "S", "secs": "S",
	"minute": "MIN", "minutes": "MIN", "min": "MIN", "mins": "MIN",
	"hour": "H", "hours": "H", "hr": "H", "hrs": "H",
	"day": "D", "days": "D",
	"week": "W", "weeks": "W",
	"fortnight": "FN", "fortnights": "FN",
	"month": "M", "months": "M",
	"quarter": "Q", "quarters": "Q",
	"year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
	"decade": "DE", "decades": "DE",
	"century": "CE", "centuries": "CE",
}

// vagueCount are quantity words that make a duration's number unknown
// ("several years" → PXY).
var vagueCount = map[string]bool{"several": true, "many": true, "few": true, "some": true, "numerous": true}

// setAdverbs are one-word sets.
var setAdverbs = map[string]string{
	"annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "weekly": "P1W", "monthly": "P1M",
	"quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biannually": "P6M", "biennially": "P2Y",
}

// timezones may follow a clock time and are part of its extent.
var timezones = map[string]bool{
	"edt": true, "est": true, "cdt": true, "cst": true, "mdt": true, "mst": true, "pdt": true,
	"pst": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "jst": true,
	"kst": true, "et": true, "ist": true, "aest": true, "msk": true, "z": true,
}

// monthContext are words after which a bare month name is taken as a month
// ("in May", "since March").
var monthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "to": true,
	"through": true, "thru": true, "during": true, "of": true, "before": true, "after": true,
	"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true,
	"on": true, "around": true, "between": true, "and": true, "or": true, "until-": true,
	"earlier": true, "later": true, "throughout": true, "into": true, "that": true, "past": true,
	"each": true, "every": true, "for": true, "as": true, "at": true, "over": true, "within": true, "coming": true, "-": true, "beginning": true, "end": true, "middle": true,
}

// yearBlockBefore are words after which a four-digit number is an identifier,
// a count or an amount, not a year ("Resolution 2254", "No. 2021", "$2024").
var yearBlockBefore = map[string]bool{
	"resolution": true, "resolutions": true, "res": true, "article": true, "articles": true,
	"art": true, "section": true, "sections": true, "sec": true, "paragraph": true, "para": true,
	"paragraphs": true, "chapter": true, "no": true, "nos": true, "number": true, "numbers": true,
	"page": true, "pages": true, "pp": true, "rule": true, "rules": true, "clause": true,
	"annex": true, "flight": true, "route": true, "room": true, "version": true, "v": true,
	"model": true, "code": true, "id": true, "item": true, "bill": true, "hr": true, "unit": true,
	"#": true, "$": true, "€": true, "£": true, "¥": true, "usd": true, "eur": true, "gbp": true,
	"us": true, "rs": true, "inr": true, "jpy": true, "cny": true, "rmb": true, "a$": true,
	"c$": true, "hk$": true, "ref": true, "doc": true, "document": true, "docket": true,
	"case": true, "highway": true, "interstate": true, "suite": true, "box": true, "apt": true,
	"building": true, "gate": true, "platform": true, "channel": true, "frequency": true,
	"isbn": true, "issn": true, "reg": true, "regulation": true, "directive": true, "decision": true,
	"order": true, "ordinance": true, "act": false, "tel": true, "phone": true, "fax": true,
	"ext": true, "zip": true, "approximately": true, "about": true, "nearly": true, "some": true,
	"over": true, "than": true, "only": true, "total": true, "of": false, "vote": true, "votes": true,
	"sc": true, "ga": true, "mk": true, "mark": true, "type": true,
	"fy": true, "fiscal": true, "cap": true, "pl": true, "eo": true, "e.o": true,
}

// yearBlockAfter are words after which a four-digit number is a count or a
// measure ("2021 troops", "1500 km").
var yearBlockAfter = map[string]bool{
	"percent": true, "%": true, "per": true, "people": true, "persons": true, "troops": true,
	"soldiers": true, "men": true, "women": true, "children": true, "dollars": true, "euros": true,
	"pounds": true, "yen": true, "yuan": true, "rupees": true, "tons": true, "tonnes": true, "km": true,
	"kilometres": true, "kilometers": true, "miles": true, "metres": true, "meters": true, "feet": true,
	"ft": true, "m": true, "kg": true, "votes": true, "seats": true, "cases": true, "deaths": true,
	"units": true, "barrels": true, "acres": true, "hectares": true, "sq": true, "square": true,
	"points": true, "shares": true, "members": true, "jobs": true, "workers": true, "vehicles": true,
	"households": true, "families": true, "homes": true, "refugees": true, "casualties": true,
	"million": true, "billion": true, "trillion": true, "thousand": true, "hundred": true,
	"mw": true, "gw": true, "kw": true, "mph": true, "hours": true, "rpm": true, "words": true,
	"rounds": true, "missiles": true, "tanks": true, "aircraft": true, "planes": true, "ships": true,
	"jets": true, "police": true, "officers": true, "staff": true, "employees": true, "students": true,
	"delegates": true, "participants": true, "projects": true, "companies": true, "firms": true,
	"schools": true, "villages": true, "cents": true, "bn": true, "mn": true, "k": true, "lbs": true,
	"calories": true, "kilograms": true, "grams": true, "litres": true, "liters": true, "gallons": true,
	"bbl": true, "mt": true, "nm": true, "nautical": true, "inhabitants": true, "residents": true,
	"patients": true, "victims": true, "prisoners": true, "detainees": true, "migrants": true,
	"x": true, "×": true, "times": true, "others": true, "more": true, "fewer": true, "additional": true,
}

// futureCues mark a clause about the future: a bare weekday or month near
// them refers forward.
var futureCues = map[string]bool{
	"will": true, "ll": true, "shall": true, "would": true, "upcoming": true, "scheduled": true,
	"next": true, "tomorrow": true, "intends": true, "plans": true, "going": true,
	"planning": true, "planned": true, "expected": true,
}

// pastVerbs are irregular past forms (regular ones end in -ed).
var pastVerbs = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "met": true, "told": true,
	"made": true, "took": true, "gave": true, "came": true, "went": true, "left": true, "began": true,
	"held": true, "sent": true, "won": true, "lost": true, "fell": true, "rose": true, "ran": true,
	"saw": true, "spoke": true, "got": true, "hit": true, "struck": true, "found": true, "led": true,
	"wrote": true, "stood": true, "brought": true, "thought": true, "kept": true, "paid": true,
	"sold": true, "bought": true, "became": true, "ago": true, "last": true, "yesterday": true,
	"earlier": true, "broke": true, "chose": true, "drew": true, "flew": true, "fled": true,
}

// measureWords after a hyphen make the number before them a measure ("a
// 2000-mile border", "a 1500-strong force").
var measureWords = map[string]bool{
	"mile": true, "km": true, "kilometer": true, "kilometre": true, "meter": true, "metre": true,
	"foot": true, "feet": true, "page": true, "member": true, "strong": true, "person": true,
	"seat": true, "bed": true, "ton": true, "tonne": true, "acre": true, "hectare": true,
	"square": true, "point": true, "word": true, "man": true, "mw": true, "gw": true, "pound": true,
	"dollar": true, "unit": true, "room": true, "vehicle": true, "troop": true, "soldier": true,
}
