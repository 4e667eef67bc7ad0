//! Time and quantity expressions of a claim's sentence: the year or date it states (relative
//! phrases such as "later this year" resolved against the document's date when known), and the
//! counts it gives ("over 30 countries", "more than 20 requests").

use std::borrow::Cow;
use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use regex::Regex;
use serde::{Deserialize, Serialize};

/// A time stated in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimeExpression {
    /// The words as written.
    pub text: String,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub value: String,
}

/// A count stated in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    /// The words as written ("over 30 countries").
    pub text: String,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// The number, when it is one ("a dozen" is 12; "dozens of" has none).
    pub value: Option<f64>,
    /// The qualifier before the number, lowercased ("over", "more than", "about"), if any.
    pub qualifier: Option<String>,
    /// What is counted, as written ("countries", "requests").
    pub unit: String,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// The weekdays, lowercase.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

static TIME: LazyLock<Pattern> = LazyLock::new(|| {
    let month = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    Pattern::new(&format!(
        r"(?ix)
        \b(?P<iso>(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b
        | \b(?P<mdy_m>{month})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>(?:19|20)\d\d)\b
        | \b(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmy_m>{month})\s+(?P<dmy_y>(?:19|20)\d\d)\b
        | \b(?P<my_m>{month})\s+(?P<my_y>(?:19|20)\d\d)\b
        | \b(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm_m>{month})\b
        | \b(?P<md_m>{month})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?\b
        | \b(?P<relative>(?:later|earlier)\s+this\s+year|this\s+year|next\s+year|last\s+year|yesterday|today|tomorrow)\b
        | \b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
        | (?:^|[^\d,.\-])(?P<year>(?:19|20)\d\d)(?:[^\d%]|$)
        "
    ))
});

static QUANTITY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?ix)
        \b(?:(?P<qualifier>over|more\s+than|at\s+least|about|around|nearly|almost|some|up\s+to|fewer\s+than|less\s+than|roughly|approximately)\s+)?
        (?P<number>\d[\d,]*(?:\.\d+)?|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)
        \s+(?P<unit>(?:[a-z-]+\s+)?(?:countries|nations|states|agencies|organizations|organisations|institutions|partners|members|requests|launches|satellites|missions|astronauts|cosmonauts|experiments|instruments|payloads|projects|companies|universities|institutes|scientists|engineers|students|regions))\b",
    )
});

/// A character outside ASCII that is a word character to a Unicode `\b`.
static NON_ASCII_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w&&[^\x00-\x7F]]").expect("valid word class"));

/// A pattern with Unicode word boundaries (`\b`), compiled twice: as written, and with ASCII
/// word boundaries (`(?-u:\b)`) and every other part as written.
///
/// The regex crate's fast engines (its DFAs) run an ASCII `\b` on any text, but a Unicode `\b`
/// only on ASCII text: a sentence with one curly quote sends the pattern to a backtracker,
/// some fifty times slower on news sentences. The two compilations match alike in a text
/// with no word character outside ASCII: a search only ever stands between two characters
/// (every other part of the pattern consumes whole characters), and there each `\b` compares
/// the word-ness of the characters on either side: an ASCII character is a word character in
/// both senses alike (`[0-9A-Za-z_]`), and a character outside ASCII is none in the Unicode
/// sense (so the text says) and none in the ASCII sense (its bytes are not ASCII).
///
/// A text with word characters outside ASCII is searched with ASCII boundaries too, in its
/// [`ascii_word_view`] where it has one: the slower compilation there reads the whole rest
/// of the sentence with a backtracker for each match, hundreds of thousands of instructions
/// for a sentence with one "é".
struct Pattern {
    unicode: Regex,
    ascii_boundaries: Regex,
}

impl Pattern {
    fn new(pattern: &str) -> Pattern {
        let compile = |pattern: &str| Regex::new(pattern).expect("valid pattern");
        Pattern {
            unicode: compile(pattern),
            ascii_boundaries: compile(&pattern.replace(r"\b", r"(?-u:\b)")),
        }
    }

    /// The compilation to search `text` with, and the text to give it (`text` or a view of it
    /// with the same byte offsets): the faster compilation wherever it matches alike.
    fn search<'t>(&self, text: &'t str) -> (&Regex, Cow<'t, str>) {
        if text.is_ascii() || !NON_ASCII_WORD.is_match(text) {
            return (&self.ascii_boundaries, Cow::Borrowed(text));
        }
        match ascii_word_view(text) {
            Some(view) => (&self.ascii_boundaries, Cow::Owned(view)),
            None => (&self.unicode, Cow::Borrowed(text)),
        }
    }
}

/// `text` with each word character outside ASCII written as underscores, one per byte, where
/// [`TIME`] and [`QUANTITY`] with ASCII boundaries find there what they find in `text` with
/// Unicode ones, at the same offsets; `None` where they might not.
///
/// An underscore is a word character to an ASCII `\b` as such a character is to a Unicode
/// one, so every boundary stays where it was, and neither pattern's words, digits, spaces or
/// letter classes take either. Only the classes that take any character but a few (around a
/// bare year: `[^\d,.\-]` before, `[^\d%]` after) take one, and as one character of the text
/// but one byte of the view. Before a year that makes only the match's start (which is not
/// used) differ; after one it would leave the next search inside the underscores, so a text
/// with such a character right after an ASCII digit has no view. Nor has one with a digit
/// outside ASCII (`\d` takes it) or a letter that folds to an ASCII one ([`FOLDS_TO_ASCII`]).
fn ascii_word_view(text: &str) -> Option<String> {
    let mut view = text.as_bytes().to_vec();
    for m in NON_ASCII_WORD.find_iter(text) {
        let c = m.as_str().chars().next()?;
        let after_digit = text[..m.start()].ends_with(|b: char| b.is_ascii_digit());
        if after_digit || c.is_numeric() || FOLDS_TO_ASCII.contains(&c) {
            return None;
        }
        view[m.range()].fill(b'_');
    }
    Some(String::from_utf8(view).expect("characters replaced whole by ASCII"))
}

/// The characters outside ASCII that a case-insensitive pattern takes for ASCII letters: the
/// long s (`s`) and the Kelvin sign (`k`).
const FOLDS_TO_ASCII: [char; 2] = ['\u{17F}', '\u{212A}'];

/// The most specific time expression in `sentence` (which starts at raw offset `offset`) — a
/// full date before a month, a month before a relative phrase or weekday, those before a bare
/// year, the first one among equals — resolved against the document date `published`
/// (`YYYY-MM-DD`) where it is relative or lacks a year.
pub fn find_time(sentence: &str, offset: usize, published: Option<&str>) -> Option<TimeExpression> {
    let (time, haystack) = TIME.search(sentence);
    time_with(time, &haystack, sentence, offset, published)
}

/// [`find_time`] with one compilation of [`TIME`], searching `haystack`: `sentence` or a view
/// of it with the same byte offsets.
fn time_with(
    time: &Regex,
    haystack: &str,
    sentence: &str,
    offset: usize,
    published: Option<&str>,
) -> Option<TimeExpression> {
    let today = published.and_then(document_date);
    let mut best: Option<(usize, TimeExpression)> = None;
    for caps in time.captures_iter(haystack) {
        let text = |name: &str| caps.name(name).map(|m| &sentence[m.range()]);
        let (rank, value) = if let Some(iso) = text("iso") {
            (0, Some(iso.to_string()))
        } else if let (Some(m), Some(d), Some(y)) = (text("mdy_m"), text("mdy_d"), text("mdy_y")) {
            (0, stated_date(y.parse().ok(), m, d))
        } else if let (Some(d), Some(m), Some(y)) = (text("dmy_d"), text("dmy_m"), text("dmy_y")) {
            (0, stated_date(y.parse().ok(), m, d))
        } else if let (Some(m), Some(y)) = (text("my_m"), text("my_y")) {
            (1, month_number(m).map(|m| format!("{y}-{m:02}")))
        } else if let (Some(d), Some(m)) =
            (text("dm_d").or(text("md_d")), text("dm_m").or(text("md_m")))
        {
            (2, today.and_then(|t| stated_date(Some(t.year()), m, d)))
        } else if let Some(relative) = text("relative") {
            (
                3,
                today.and_then(|t| relative_value(&relative.to_lowercase(), t)),
            )
        } else if let Some(weekday) = text("weekday") {
            (
                4,
                today.and_then(|t| last_weekday(&weekday.to_lowercase(), t)),
            )
        } else {
            (5, text("year").map(str::to_string))
        };
        let Some(value) = value else { continue };
        if best.as_ref().is_some_and(|(r, _)| *r <= rank) {
            continue;
        }
        let first = [
            "iso", "mdy_m", "dmy_d", "my_m", "dm_d", "md_m", "relative", "weekday", "year",
        ]
        .iter()
        .find_map(|n| caps.name(n))
        .expect("one alternative matched");
        let end = if caps.name("year").is_some() {
            first.end()
        } else {
            caps.get(0).expect("group 0 always matches").end()
        };
        let written = sentence[first.start()..end].trim_end();
        best = Some((
            rank,
            TimeExpression {
                text: written.to_string(),
                start: offset + first.start(),
                end: offset + first.start() + written.len(),
                value,
            },
        ));
    }
    best.map(|(_, t)| t)
}

/// Every count in `sentence` (which starts at raw offset `offset`).
pub fn find_quantities(sentence: &str, offset: usize) -> Vec<Quantity> {
    let (quantity, haystack) = QUANTITY.search(sentence);
    quantities_with(quantity, &haystack, sentence, offset)
}

/// [`find_quantities`] with one compilation of [`QUANTITY`], searching `haystack`: `sentence`
/// or a view of it with the same byte offsets.
fn quantities_with(
    quantity: &Regex,
    haystack: &str,
    sentence: &str,
    offset: usize,
) -> Vec<Quantity> {
    quantity
        .captures_iter(haystack)
        .map(|caps| {
            let text = |name: &str| caps.name(name).map(|m| &sentence[m.range()]);
            let whole = caps.get(0).expect("group 0 always matches");
            let number = text("number").expect("a count has a number").to_lowercase();
            Quantity {
                text: sentence[whole.range()].to_string(),
                start: offset + whole.start(),
                end: offset + whole.end(),
                value: number_value(&number),
                qualifier: text("qualifier").map(|q| {
                    q.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                }),
                unit: text("unit").expect("a count has a unit").to_string(),
            }
        })
        .collect()
}

/// The value of a number written in words ("three", "a dozen") or digits ("1,200").
pub(crate) fn number_value(number: &str) -> Option<f64> {
    const WORDS: [(&str, f64); 17] = [
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("fifteen", 15.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("hundred", 100.0),
    ];
    if number.starts_with("a") && number.ends_with("dozen") {
        return Some(12.0);
    }
    if let Some(&(_, v)) = WORDS.iter().find(|(w, _)| *w == number) {
        return Some(v);
    }
    number.replace(',', "").parse().ok()
}

fn month_number(month: &str) -> Option<i8> {
    let lower = month.to_lowercase();
    MONTHS
        .iter()
        .position(|m| lower.starts_with(&m[..3]))
        .and_then(|i| i8::try_from(i + 1).ok())
}

/// Whether `word` names a month ("May", "Sept.", "Dec") or a weekday ("Tuesday"), in any case.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    let abbreviates = |month: &str| {
        lower == month || (matches!(lower.len(), 3 | 4) && month.starts_with(lower.as_str()))
    };
    WEEKDAYS.contains(&lower.as_str()) || MONTHS.iter().any(|m| abbreviates(m))
}

/// A date as written (a month name and a day) in `year`, when it is one on the calendar ("June
/// 31" is not), as `YYYY-MM-DD`.
pub(crate) fn stated_date(year: Option<i16>, month: &str, day: &str) -> Option<String> {
    let date = Date::new(year?, month_number(month)?, day.parse().ok()?).ok()?;
    Some(date.to_string())
}

/// The document date: the `YYYY-MM-DD` that `published` is or starts with (a streamed
/// document's `published` may go on with a time, `2021-11-24T10:00`).
fn document_date(published: &str) -> Option<Date> {
    published.get(..10)?.parse().ok()
}

fn relative_value(phrase: &str, today: Date) -> Option<String> {
    let year = today.year();
    Some(match phrase {
        "next year" => (year + 1).to_string(),
        "last year" => (year - 1).to_string(),
        "yesterday" => today.yesterday().ok()?.to_string(),
        "today" => today.to_string(),
        "tomorrow" => today.tomorrow().ok()?.to_string(),
        _ => year.to_string(),
    })
}

/// The most recent such weekday on or before the document date, as news reports use them.
fn last_weekday(weekday: &str, today: Date) -> Option<String> {
    let offset = WEEKDAYS.iter().position(|w| *w == weekday)?;
    let weekday = Weekday::from_monday_zero_offset(i8::try_from(offset).ok()?).ok()?;
    // `nth_weekday` counts from the day after, so the document date itself can be the one.
    let date = today.tomorrow().ok()?.nth_weekday(-1, weekday).ok()?;
    Some(date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, document date, expected (text, value)).
    type TimeCase = (
        &'static str,
        Option<&'static str>,
        Option<(&'static str, &'static str)>,
    );

    #[test]
    fn times_in_sentences() {
        let cases: &[TimeCase] = &[
            (
                "In 2021, Chile and Peru signed.",
                None,
                Some(("2021", "2021")),
            ),
            (
                "On Nov. 12, 2018, Kenya and Egypt signed.",
                None,
                Some(("Nov. 12, 2018", "2018-11-12")),
            ),
            (
                "The pact was sealed on 14 February 2011 in Lima.",
                None,
                Some(("14 February 2011", "2011-02-14")),
            ),
            (
                "The accord of June 2019 holds.",
                None,
                Some(("June 2019", "2019-06")),
            ),
            (
                "The teams met Thursday 10 October in Nairobi.",
                Some("2019-10-11"),
                Some(("10 October", "2019-10-10")),
            ),
            (
                "Brazil will name its partners later this year.",
                Some("2022-03-15"),
                Some(("later this year", "2022")),
            ),
            (
                "Officials said Monday that the talks went well.",
                Some("2021-11-24"),
                Some(("Monday", "2021-11-22")),
            ),
            ("The rover weighs 1,450 kg.", None, None),
            ("Later this year, maybe.", None, None),
            // Calendar arithmetic: leap days, year ends, the document's own weekday.
            (
                "Officials said yesterday that the talks went well.",
                Some("2024-03-01"),
                Some(("yesterday", "2024-02-29")),
            ),
            (
                "The agency will sign tomorrow.",
                Some("2021-12-31"),
                Some(("tomorrow", "2022-01-01")),
            ),
            (
                "Chile will join next year.",
                Some("2021-12-31"),
                Some(("next year", "2022")),
            ),
            (
                "Officials said Monday that the talks went well.",
                Some("2021-11-22"),
                Some(("Monday", "2021-11-22")),
            ),
            (
                "Officials said Sunday that the talks went well.",
                Some("2021-11-22"),
                Some(("Sunday", "2021-11-21")),
            ),
            (
                "The teams met 29 February in Nairobi.",
                Some("2024-05-01"),
                Some(("29 February", "2024-02-29")),
            ),
            // A day the calendar does not have is no date.
            (
                "The teams met 29 February in Nairobi.",
                Some("2023-05-01"),
                None,
            ),
            ("They met on June 31, 2020 in Lima.", None, None),
            // A streamed document's date may go on with a time.
            (
                "Officials said yesterday that the talks went well.",
                Some("2021-11-24T10:00:00"),
                Some(("yesterday", "2021-11-23")),
            ),
        ];
        for (sentence, published, want) in cases {
            let got = find_time(sentence, 10, *published);
            let got = got.map(|t| {
                assert_eq!(&sentence[t.start - 10..t.end - 10], t.text);
                (t.text, t.value)
            });
            let want = want.map(|(t, v)| (t.to_string(), v.to_string()));
            assert_eq!(got, want, "{sentence}");
        }
    }

    #[test]
    fn quantities_in_sentences() {
        let got = find_quantities(
            "The office has logged over 40 requests this year; over a dozen universities applied, and Kenya has signed with more than 15 countries and agencies.",
            0,
        );
        let summary: Vec<(String, Option<f64>, Option<String>, String)> = got
            .into_iter()
            .map(|q| (q.text, q.value, q.qualifier, q.unit))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "over 40 requests".into(),
                    Some(40.0),
                    Some("over".into()),
                    "requests".into()
                ),
                (
                    "over a dozen universities".into(),
                    Some(12.0),
                    Some("over".into()),
                    "universities".into()
                ),
                (
                    "more than 15 countries".into(),
                    Some(15.0),
                    Some("more than".into()),
                    "countries".into()
                ),
            ]
        );
    }

    /// Sentences pieced together from fragments that reach every part of the patterns, next
    /// to what lies outside ASCII: quotes, dashes, spaces, letters, digits of other scripts,
    /// the two letters that fold to ASCII ones (`ſ`, the Kelvin sign).
    fn pieced_sentences() -> Vec<String> {
        const PIECES: &[&str] = &[
            "May",
            "mAY",
            "Sept.",
            "dec",
            "12",
            "3rd",
            "31",
            "2021",
            "1999",
            "20",
            "2020-05-04",
            ",",
            ".",
            "-",
            "%",
            " ",
            "  ",
            "\u{a0}",
            "\u{2009}",
            "\u{3000}",
            "“",
            "”",
            "’",
            "—",
            "…",
            "today",
            "later this year",
            "Monday",
            "over",
            "more than",
            "30",
            "a dozen",
            "countries",
            "space agencies",
            "é",
            "Québec",
            "señor",
            "e\u{301}",
            "Ⅻ",
            "ſep",
            "\u{212A}",
            "٣",
            "١٢",
            "_",
            "\u{200D}",
            "\n",
            "x",
        ];
        // A fixed xorshift sequence: the same sentences every run.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % 1_000_003).unwrap()
        };
        (0..4000)
            .map(|_| {
                let pieces = 2 + next() % 9;
                (0..pieces).map(|_| PIECES[next() % PIECES.len()]).collect()
            })
            .collect()
    }

    /// Every match of `pattern` in `text`, every group's span.
    fn all_groups(pattern: &Regex, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        pattern
            .captures_iter(text)
            .map(|caps| {
                caps.iter()
                    .map(|g| g.map(|g| (g.start(), g.end())))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn ascii_boundaries_match_alike_in_text_without_non_ascii_word_characters() {
        let (mut checked, mut matched) = (0, 0);
        for sentence in pieced_sentences() {
            if NON_ASCII_WORD.is_match(&sentence) {
                continue;
            }
            checked += 1;
            for pattern in [&*TIME, &*QUANTITY] {
                let unicode = all_groups(&pattern.unicode, &sentence);
                matched += usize::from(!unicode.is_empty());
                assert_eq!(
                    all_groups(&pattern.ascii_boundaries, &sentence),
                    unicode,
                    "{sentence:?}"
                );
            }
        }
        assert!(checked > 1000 && matched > 300, "{checked} {matched}");
    }

    #[test]
    fn times_and_quantities_are_those_of_the_unicode_pattern() {
        let mut viewed = 0;
        for sentence in pieced_sentences() {
            viewed += usize::from(matches!(TIME.search(&sentence).1, Cow::Owned(_)));
            for published in [None, Some("2021-11-24")] {
                assert_eq!(
                    find_time(&sentence, 7, published),
                    time_with(&TIME.unicode, &sentence, &sentence, 7, published),
                    "{sentence:?}"
                );
            }
            assert_eq!(
                find_quantities(&sentence, 7),
                quantities_with(&QUANTITY.unicode, &sentence, &sentence, 7),
                "{sentence:?}"
            );
        }
        assert!(viewed > 500, "{viewed}");
    }

    #[test]
    fn views_keep_every_offset_or_are_not_made() {
        let cases = [
            (
                "Québec signed in May 2021.",
                Some("Qu__bec signed in May 2021."),
            ),
            ("“Zoë” and Chile, 2021", Some("“Zo__” and Chile, 2021")),
            ("e\u{301} 4 March", Some("e__ 4 March")),
            // A character right after a digit, a digit outside ASCII, a letter folding to one.
            ("In 2021é, Chile signed.", None),
            ("On ٣ May, Chile signed.", None),
            ("On 3 ſeptember, Chile signed.", None),
            ("On 3 May, \u{212A}enya signed.", None),
        ];
        for (text, view) in cases {
            assert_eq!(ascii_word_view(text).as_deref(), view, "{text}");
        }
    }

    #[test]
    fn folds_to_ascii_are_the_letters_a_case_insensitive_pattern_takes_for_ascii_ones() {
        let letter = Regex::new(r"(?i)^[a-z]$").unwrap();
        let mut utf8 = [0u8; 4];
        for c in ('\u{80}'..=char::MAX).filter(|c| letter.is_match(c.encode_utf8(&mut utf8))) {
            assert!(FOLDS_TO_ASCII.contains(&c), "U+{:04X}", u32::from(c));
        }
        for c in FOLDS_TO_ASCII {
            assert!(letter.is_match(c.encode_utf8(&mut utf8)), "{c}");
        }
    }

    #[test]
    fn a_letter_outside_ascii_next_to_a_month_keeps_the_unicode_pattern() {
        // To an ASCII `\b` the `é` ends a word, so "May 2021" would be a month; to a Unicode
        // one it does not, so only the year is.
        let sentence = "The résuméMay 2021 plan holds.";
        let ascii = time_with(&TIME.ascii_boundaries, sentence, sentence, 0, None);
        assert_eq!(ascii.map(|t| t.value), Some("2021-05".to_string()));
        // Searched in its view, "The r__sum__May 2021 plan holds.", where no boundary moved.
        let (regex, view) = TIME.search(sentence);
        assert!(std::ptr::eq(regex, &TIME.ascii_boundaries));
        assert_eq!(view, "The r__sum__May 2021 plan holds.");
        assert_eq!(
            find_time(sentence, 0, None).map(|t| t.value),
            Some("2021".to_string())
        );
        let quoted = "“In May 2021,” she said, “Chile’s agency signed.”";
        assert_eq!(TIME.search(quoted).1, quoted);
        assert_eq!(
            find_time(quoted, 0, None).map(|t| t.value),
            Some("2021-05".to_string())
        );
    }

    #[test]
    fn non_ascii_word_is_what_a_unicode_boundary_calls_a_word() {
        // After a space, a Unicode `\b` stands before exactly the word characters. Every
        // character of the Basic Multilingual Plane, a sample of the others.
        let boundary = Regex::new(r"^ \b").unwrap();
        let mut text = String::new();
        let astral = ('\u{10000}'..=char::MAX).step_by(61);
        for c in ('\u{80}'..='\u{FFFF}').chain(astral) {
            text.clear();
            text.push(' ');
            text.push(c);
            assert_eq!(
                NON_ASCII_WORD.is_match(&text),
                boundary.is_match(&text),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }
}
