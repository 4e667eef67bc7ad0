//! Document metadata read from the text itself: the title and the stated publication date.

use regex::Regex;
use std::sync::LazyLock;

use crate::text::segment::{Sentence, UnitKind};
use crate::text::timex::stated_date;

/// How many leading units are searched for a title or date line.
const HEADER_UNITS: usize = 12;

/// The date patterns, compiled twice: with Unicode word boundaries, and with ASCII ones for
/// lines that are ASCII throughout, where both find the same matches and the ASCII boundary
/// lets the regex engine stay in its lazy DFA instead of falling back to a slower one.
struct DatePatterns {
    iso: Regex,
    month_day_year: Regex,
    day_month_year: Regex,
    label: Regex,
}

impl DatePatterns {
    /// The patterns with `boundary` as their word boundary (`\b` or `(?-u:\b)`).
    fn with_boundary(boundary: &str) -> DatePatterns {
        let b = boundary;
        let compile = |pattern: String| Regex::new(&pattern).expect("valid date pattern");
        DatePatterns {
            iso: compile(format!(
                r"{b}((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]){b}"
            )),
            month_day_year: compile(format!(
                r"(?i){b}(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d){b}"
            )),
            day_month_year: compile(format!(
                r"(?i){b}(\d{{1,2}})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d){b}"
            )),
            label: compile(format!(
                r"(?i){b}(updated|published|posted|date|dated|released){b}"
            )),
        }
    }

    /// The patterns for `line`.
    fn for_line(line: &str) -> &'static DatePatterns {
        static UNICODE: LazyLock<DatePatterns> =
            LazyLock::new(|| DatePatterns::with_boundary(r"\b"));
        static ASCII: LazyLock<DatePatterns> =
            LazyLock::new(|| DatePatterns::with_boundary(r"(?-u:\b)"));
        if line.is_ascii() {
            &ASCII
        } else {
            &UNICODE
        }
    }
}

/// A month's name in a dateline, in any case, written out or cut short ("September",
/// "Sept.", "sep"); month names are ASCII, so the pattern is.
const DATELINE_MONTH: &str =
    r"(?i-u:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?i-u:[a-z]*)\.?";

/// A date of a dateline with the month in words and a year: "July 26, 2022", "12 March 2024".
static DATELINE_DATE: LazyLock<String> = LazyLock::new(|| {
    let month = DATELINE_MONTH;
    let year = r"(?:19|20)\d\d";
    format!(r"{month}[ \t]+\d{{1,2}},?[ \t]+{year}|\d{{1,2}}[ \t]+{month}[ \t]+{year}")
});

/// One to three capitalised words of a place in title case ("Cape Canaveral").
const TITLE_CASE_PLACE: &str = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}";

/// A news dateline opening a paragraph: a place of one to four words, the first capitalised,
/// optionally followed by a region ("CAPE CANAVERAL, Fla.,"), a date with the month in words,
/// an optional source in parentheses, and a dash (`-`, `--`, `–` or `—`, the em dash also
/// touching the next word) or a colon:
/// "MOSCOW, July 26, 2022 (Reuters) -", "Tokyo, 12 March 2024 --", "Lima, Peru, 3 May 2021:".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let place = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+[\p{L}\p{M}.'’-]+){0,3},[ \t]*";
    let date = &*DATELINE_DATE;
    Regex::new(&format!(
        r"^{place}(?:{place})?(?P<date>{date})[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:(?:--?|–|—|:)(?:\s|$)|—)"
    ))
    .unwrap()
});

/// A news dateline without a year: a place in capitals (or several joined by slashes),
/// optionally followed by its region and a day, and a dash (an em dash may touch the next
/// word: "PARIS, France—NASA …"): "WASHINGTON —", "NANTES, France
/// —", "CAPE CANAVERAL, Fla. (AP) --", "LIMA/NAIROBI, 8 September (Wire Service) –". A bare
/// place of fewer than five capitals ("NASA —") is more likely a name opening a sentence.
static CAPITALS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let capitals = r"\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]+){0,3}";
    let region = r",[ \t]*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}";
    let month = DATELINE_MONTH;
    let day = format!(r",[ \t]*(?:\d{{1,2}}[ \t]+{month}|{month}[ \t]+\d{{1,2}})");
    Regex::new(&format!(
        r"^(?:{capitals}{region}|\p{{Lu}}{{5,}}|{capitals}(?:/{capitals})+|{capitals}[ \t]+{capitals})(?:{day})?[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:(?:--?|–|—)(?:\s|$)|—)"
    ))
    .unwrap()
});

/// A news dateline in title case, a place and its region or country, with a dash set off by
/// spaces: "Darmstadt, Germany - ", "Paris, France (AP) – ". The spaces tell the dash from a
/// hyphen inside a word.
static TITLE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let words = TITLE_CASE_PLACE;
    Regex::new(&format!(
        r"^{words},[ \t]*{words}[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?[ \t](?:--?|–|—)[ \t]"
    ))
    .unwrap()
});

/// A news dateline that gives its source before the date and ends at the date, as wire
/// reposts do: "Paris, France (ESA) Jul 28, 2009 Latvia becomes …". The source in parentheses
/// and the year tell it from a sentence opening with a place; the next word must be
/// capitalised (checked by [`dateline_len`]).
static SOURCED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let words = TITLE_CASE_PLACE;
    let date = &*DATELINE_DATE;
    Regex::new(&format!(
        r"^{words}(?:,[ \t]*{words})?[ \t]*\([^()\n]{{1,40}}\)[ \t]*(?:{date})(?:[ \t]*(?:--?|–|—|:))?[ \t]+"
    ))
    .unwrap()
});

/// A news dateline with its country in square brackets and a day, as wire services write
/// it: "Lima [Peru], March 3 (Wire): ", "New Delhi [India], 21 December 2023 (Wire) - ".
static BRACKETED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let words = TITLE_CASE_PLACE;
    let month = DATELINE_MONTH;
    let day =
        format!(r"(?:{month}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{month})(?:,?[ \t]+(?:19|20)\d\d)?");
    Regex::new(&format!(
        r"^{words}[ \t]*\[{words}\],[ \t]*{day}[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:--?|–|—|:)[ \t]"
    ))
    .unwrap()
});

/// A Markdown ATX heading: one to six `#`, a space, the heading, optionally closing `#`s.
static ATX_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$").unwrap());

/// Characters that show nothing (Unicode format characters: soft hyphens, zero-width spaces,
/// byte order marks), such as the padding of an HTML page's view.
static INVISIBLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Cf}+").unwrap());

/// The most words a title has, and the fewest a heading needs to be taken for one by its
/// shape alone (a Markdown heading says it is one).
const TITLE_WORDS: std::ops::RangeInclusive<usize> = 3..=30;

/// The title: the first heading near the top that is not navigation or a date line. A Markdown
/// heading (`# Title`) is a heading whatever its length, without its `#` marks; characters that
/// show nothing are not part of a title.
pub fn title(text: &str, sentences: &[Sentence]) -> Option<String> {
    sentences
        .iter()
        .take(HEADER_UNITS)
        .filter_map(|s| {
            let visible = INVISIBLE.replace_all(&text[s.start..s.end], "");
            let line = visible.trim();
            let before = text[..s.start].rsplit('\n').next().unwrap_or_default();
            let at_line_start = before.chars().all(|c| c.is_whitespace() || c == '\u{feff}');
            match ATX_HEADING.captures(line) {
                Some(c) if at_line_start => Some((c["text"].trim().to_string(), true)),
                _ => (s.kind == UnitKind::Heading).then(|| (line.to_string(), false)),
            }
        })
        .find(|(line, marked)| {
            let words = line.split_whitespace().count();
            (words <= *TITLE_WORDS.end() && (*marked || words >= *TITLE_WORDS.start()))
                && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '<')
                && !is_navigation_or_dateline(line)
        })
        .map(|(line, _)| {
            line.trim_matches(|c: char| c == '<' || c == '>' || c.is_whitespace())
                .to_string()
        })
}

/// Lines near the top that are not titles: navigation ("Skip to content"), bylines and date
/// lines ("Posted on March 14, 2023 by Space Desk", "Daily Orbit | Updated: 2021-11-23").
fn is_navigation_or_dateline(line: &str) -> bool {
    const STARTS: &[&str] = &[
        "go to ",
        "skip to ",
        "posted ",
        "published ",
        "updated ",
        "by ",
    ];
    let lower = line.to_lowercase();
    STARTS.iter().any(|s| lower.starts_with(s)) || is_date_line(line)
}

/// The most words besides its date a date line has ("Monday, March 3, 2024", "Daily Orbit |
/// March 3, 2024"); a line with more is a headline that happens to hold a date.
const DATE_LINE_WORDS: usize = 3;

/// Whether a line holds a date and little else: a labelled date, or a date with at most
/// [`DATE_LINE_WORDS`] words around it.
fn is_date_line(line: &str) -> bool {
    let Some((span, _)) = find_date(line) else {
        return false;
    };
    let words = line[..span.start]
        .split_whitespace()
        .chain(line[span.end..].split_whitespace())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    DatePatterns::for_line(line).label.is_match(line) || words <= DATE_LINE_WORDS
}

/// The publication date stated near the top of the text, as `YYYY-MM-DD`: a labelled date
/// ("Updated: 2021-11-23 09:15", "Published March 3, 2021"), a news dateline opening a
/// paragraph ("MOSCOW, July 26, 2022 (Reuters) -"), or a header line holding a date.
pub fn published(text: &str, sentences: &[Sentence]) -> Option<String> {
    let top = &sentences[..sentences.len().min(HEADER_UNITS)];
    let header: Vec<&str> = top
        .iter()
        .filter(|s| s.kind != UnitKind::Body || s.end - s.start < 80)
        .map(|s| &text[s.start..s.end])
        .collect();
    let dateline = || {
        top.iter()
            .enumerate()
            .filter(|(i, s)| *i == 0 || top[i - 1].paragraph != s.paragraph)
            .find_map(|(_, s)| DATELINE.captures(&text[s.start..]))
            .and_then(|c| parse_date(&c["date"]))
    };
    header
        .iter()
        .filter(|line| DatePatterns::for_line(line).label.is_match(line))
        .find_map(|line| parse_date(line))
        .or_else(dateline)
        .or_else(|| header.iter().find_map(|line| parse_date(line)))
}

/// The length in bytes of the news dateline that opens `text` ("Mexico, 24 September 2021 –
/// "), if one does: its place names where the story was filed, not who acts in it.
pub fn dateline_len(text: &str) -> Option<usize> {
    DATELINE
        .find(text)
        .or_else(|| CAPITALS_DATELINE.find(text))
        .or_else(|| TITLE_DATELINE.find(text))
        .or_else(|| BRACKETED_DATELINE.find(text))
        .or_else(|| {
            SOURCED_DATELINE
                .find(text)
                .filter(|m| text[m.end()..].starts_with(char::is_uppercase))
        })
        .map(|m| m.end())
}

/// The first date in a line, as `YYYY-MM-DD`.
pub fn parse_date(line: &str) -> Option<String> {
    find_date(line).map(|(_, date)| date)
}

/// The first date in a line (ISO first, then month-day-year, then day-month-year): where it
/// is, and its `YYYY-MM-DD`.
fn find_date(line: &str) -> Option<(std::ops::Range<usize>, String)> {
    // Every pattern needs a digit (`\d`, which is numeric), and most lines searched have none.
    if !line.chars().any(char::is_numeric) {
        return None;
    }
    let patterns = DatePatterns::for_line(line);
    if let Some(c) = patterns.iso.captures(line) {
        let date = format!("{}-{}-{}", &c[1], &c[2], &c[3]);
        return Some((c.get(0)?.range(), date));
    }
    if let Some(c) = patterns.month_day_year.captures(line) {
        return Some((c.get(0)?.range(), ymd(&c[3], &c[1], &c[2])?));
    }
    if let Some(c) = patterns.day_month_year.captures(line) {
        return Some((c.get(0)?.range(), ymd(&c[3], &c[2], &c[1])?));
    }
    None
}

/// `YYYY-MM-DD` of a written date (the month by its name's first three letters), when the
/// calendar has that day.
fn ymd(year: &str, month: &str, day: &str) -> Option<String> {
    stated_date(year.parse().ok(), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::segment;

    #[test]
    fn dates_in_the_forms_articles_use() {
        let cases = [
            (
                "Daily Orbit | Updated: 2021-11-23 09:15",
                Some("2021-11-23"),
            ),
            ("< Title > (October 17, 2019)", Some("2019-10-17")),
            ("Posted 9 May 2018", Some("2018-05-09")),
            ("Sept. 14, 2022", Some("2022-09-14")),
            ("No date here", None),
            // Days the calendar does not have are no date.
            ("June 31, 2020", None),
            ("Posted 29 February 2023", None),
            ("Posted 29 February 2024", Some("2024-02-29")),
        ];
        for (line, want) in cases {
            assert_eq!(parse_date(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn ascii_lines_match_the_same_with_ascii_word_boundaries() {
        let lines = [
            "Daily Orbit | Updated: 2021-11-23 09:15",
            "x2021-11-23 and 2021-11-23y and 2021-11-23",
            "Sept. 14, 2022 or sept 14 2022, not Septx14, 2022",
            "Posted 9 May 2018 and 19 mayo 2019_ and 3 Dec 20201",
            "undated: posted_ Released dated",
        ];
        let (ascii, unicode) = (
            DatePatterns::with_boundary(r"(?-u:\b)"),
            DatePatterns::with_boundary(r"\b"),
        );
        let matches = |p: &DatePatterns, line: &str| {
            [&p.iso, &p.month_day_year, &p.day_month_year, &p.label]
                .map(|r| r.find_iter(line).map(|m| m.range()).collect::<Vec<_>>())
        };
        for line in lines {
            assert!(
                matches(&ascii, line).iter().any(|m| !m.is_empty()),
                "{line}"
            );
            assert_eq!(matches(&ascii, line), matches(&unicode, line), "{line}");
        }
        // Not ASCII: the Unicode boundary decides; a letter before the year is no boundary.
        assert_eq!(parse_date("é2021-05-03"), None);
        assert_eq!(
            parse_date("Publié 2021-05-03").as_deref(),
            Some("2021-05-03")
        );
    }

    #[test]
    fn a_dateline_ends_with_a_dash_or_a_colon() {
        assert_eq!(
            dateline_len("Lima, Peru, 3 May 2021: The agency met."),
            Some(24)
        );
        assert_eq!(dateline_len("Lima, 3 May 2021 – The agency met."), Some(21));
        assert_eq!(dateline_len("Lima, 3 May 2021 the agency met."), None);
    }

    #[test]
    fn a_dateline_with_its_country_in_brackets_needs_no_year() {
        let text = "Lima [Peru], March 3 (Wire): The agency met.";
        assert_eq!(&text[dateline_len(text).unwrap()..], "The agency met.");
        let text = "Lima [Peru], 3 March 2024 (Wire) - The agency met.";
        assert_eq!(&text[dateline_len(text).unwrap()..], "The agency met.");
        assert_eq!(dateline_len("Lima [Peru] met the agency: it agreed."), None);
    }

    #[test]
    fn a_dateline_in_capitals_needs_no_date() {
        assert_eq!(dateline_len("LIMA, Peru — The agency met."), Some(15));
        assert_eq!(dateline_len("SAO PAULO — The agency met."), Some(14));
        assert_eq!(dateline_len("QUITO (AP) -- The agency met."), Some(14));
        // Places joined by slashes, and a day without a year.
        assert_eq!(
            dateline_len("LIMA/NAIROBI, 8 September (Wire Service) – The agency met."),
            Some(45)
        );
        assert_eq!(dateline_len("QUITO, Sept. 8 -- The agency met."), Some(18));
        // An em dash may touch the first word of the story.
        assert_eq!(dateline_len("LIMA, Peru—NASA and CNES met."), Some(13));
        assert_eq!(dateline_len("LIMA, 3 May 2021—The agency met."), Some(19));
        // A short acronym opening a sentence is no dateline.
        assert_eq!(dateline_len("NASA — the agency — met."), None);
    }

    #[test]
    fn a_dateline_may_give_its_source_before_the_date_and_end_there() {
        assert_eq!(
            dateline_len("Lima, Peru (AEP) May 3, 2021 Kenya signed."),
            Some(29)
        );
        assert_eq!(
            dateline_len("Lima (AEP) 3 May 2021 – Kenya signed."),
            Some(26)
        );
        // A lowercase word after the date goes on with a sentence; no source, no dateline.
        assert_eq!(dateline_len("Lima, Peru (AEP) May 3, 2021 and more."), None);
        assert_eq!(dateline_len("Lima, Peru May 3, 2021 Kenya signed."), None);
    }

    #[test]
    fn a_dateline_in_title_case_has_a_region_and_a_dash_between_spaces() {
        assert_eq!(dateline_len("Lima, Peru — The agency met."), Some(15));
        assert_eq!(dateline_len("Lima, Peru - The agency met."), Some(13));
        assert_eq!(dateline_len("Lima, Peru (AP) – The agency met."), Some(20));
        assert_eq!(dateline_len("Lima, Peru-based firms met."), None);
        assert_eq!(dateline_len("Lima - The agency met."), None);
    }

    #[test]
    fn news_datelines_give_the_date() {
        let cases = [
            (
                "MOSCOW, July 26, 2022 (Reuters) - The agency said it would leave the station.",
                Some("2022-07-26"),
            ),
            (
                "Tokyo, March 12, 2024 (Space Wire) -- Two firms agreed to share a launch pad.",
                Some("2024-03-12"),
            ),
            (
                "CAPE CANAVERAL, Fla., Oct. 3, 2023 (AP) — The rocket lifted off at dawn.",
                Some("2023-10-03"),
            ),
            (
                "Rio de Janeiro, 9 May 2021 – Brazil opened a tracking station.",
                Some("2021-05-09"),
            ),
            (
                "NAIROBI, APRIL 2, 2020 - A new satellite was shown to the press.",
                Some("2020-04-02"),
            ),
            (
                "Lima, Peru, 3 May 2021: The agency opened a tracking station.",
                Some("2021-05-03"),
            ),
            // Not datelines (and sentences too long to be header lines): a date inside a
            // sentence, a place and date without a dash.
            (
                "The crew, launched on May 3, 2021 from the steppe, returned safely to the ground \
                 after a long stay.",
                None,
            ),
            (
                "Paris, June 4, 2019 was the day the treaty was finally signed by every one of \
                 the member states.",
                None,
            ),
        ];
        for (opening, want) in cases {
            let text = format!(
                "A station for two nations\n\n{opening} Earlier this year the partners met.\n"
            );
            let sentences = segment(&text);
            assert_eq!(published(&text, &sentences).as_deref(), want, "{opening}");
        }
    }

    #[test]
    fn a_markdown_heading_is_the_title() {
        let cases = [
            (
                "# Orbital pact\n\nBody text follows here.\n",
                Some("Orbital pact"),
            ),
            (
                "## Why did the agencies part ways? ##\n\nBody text.\n",
                Some("Why did the agencies part ways?"),
            ),
            ("#hashtag only\n\nBody text follows here.\n", None),
        ];
        for (text, want) in cases {
            let sentences = segment(text);
            assert_eq!(title(text, &sentences).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_headline_holding_a_date_is_still_the_title() {
        let text = "Kenya and Brazil sign a data pact on March 9, 2021\n\nMonday, March 8, 2021\n\nBody text.\n";
        let sentences = segment(text);
        assert_eq!(
            title(text, &sentences).as_deref(),
            Some("Kenya and Brazil sign a data pact on March 9, 2021")
        );
        let text = "Monday, March 8, 2021\n\nKenya and Brazil sign a data pact\n\nBody text.\n";
        let sentences = segment(text);
        assert_eq!(
            title(text, &sentences).as_deref(),
            Some("Kenya and Brazil sign a data pact")
        );
    }

    #[test]
    fn titles_lose_invisible_characters() {
        let text = "Rivals &\u{ad}\u{ad} partners: Kenya\u{200b} picks a side\n\nBody text.\n";
        let sentences = segment(text);
        assert_eq!(
            title(text, &sentences).as_deref(),
            Some("Rivals & partners: Kenya picks a side")
        );
    }

    #[test]
    fn title_skips_datelines() {
        let text = "Posted on March 14, 2023 by Space Desk\n\nSaudi payload to fly on Chang'e-7\n\nBody text here.\n";
        let sentences = segment(text);
        assert_eq!(
            title(text, &sentences).as_deref(),
            Some("Saudi payload to fly on Chang'e-7")
        );
        assert_eq!(published(text, &sentences).as_deref(), Some("2023-03-14"));
    }

    #[test]
    fn title_skips_navigation_and_labels() {
        let text = "today's picks\nNews | Science\n\nRivals or partners in orbit? Kenya picks the second\n\nDaily Orbit | Updated: 2021-11-23 09:15\n\nNAIROBI -- Kenya is seeking partners.\n";
        let sentences = segment(text);
        assert_eq!(
            title(text, &sentences).as_deref(),
            Some("Rivals or partners in orbit? Kenya picks the second")
        );
        assert_eq!(published(text, &sentences).as_deref(), Some("2021-11-23"));
    }
}
