//! Document metadata read from the text itself: the title and the stated publication date.

use regex::Regex;
use std::sync::LazyLock;

use crate::text::segment::{Sentence, UnitKind};

/// How many leading units are searched for a title or date line.
const HEADER_UNITS: usize = 12;

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b").unwrap()
});

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b").unwrap()
});

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\b").unwrap()
});

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(updated|published|posted|date|dated|released)\b").unwrap()
});

/// The title: the first heading-like line near the top that is not navigation or a label.
pub fn title(text: &str, sentences: &[Sentence]) -> Option<String> {
    sentences
        .iter()
        .take(HEADER_UNITS)
        .filter(|s| s.kind == UnitKind::Heading)
        .map(|s| text[s.start..s.end].trim())
        .find(|line| {
            let words = line.split_whitespace().count();
            (3..=30).contains(&words)
                && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '<')
                && !is_navigation_or_dateline(line)
        })
        .map(|line| {
            line.trim_matches(|c: char| c == '<' || c == '>' || c.is_whitespace())
                .to_string()
        })
}

/// Lines near the top that are not titles: navigation ("Skip to content") and datelines or
/// bylines ("Posted on March 14, 2023 by Space Desk").
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
    STARTS.iter().any(|s| lower.starts_with(s)) || parse_date(line).is_some() && line.len() < 60
}

/// The publication date stated near the top of the text, as `YYYY-MM-DD`: a labelled date
/// ("Updated: 2021-11-23 09:15", "Published March 3, 2021") or a header line holding a date.
pub fn published(text: &str, sentences: &[Sentence]) -> Option<String> {
    let header: Vec<&str> = sentences
        .iter()
        .take(HEADER_UNITS)
        .filter(|s| s.kind != UnitKind::Body || s.end - s.start < 80)
        .map(|s| &text[s.start..s.end])
        .collect();
    header
        .iter()
        .filter(|line| DATE_LABEL.is_match(line))
        .chain(header.iter())
        .find_map(|line| parse_date(line))
}

/// The first date in a line, as `YYYY-MM-DD`.
pub fn parse_date(line: &str) -> Option<String> {
    if let Some(c) = ISO_DATE.captures(line) {
        return Some(format!("{}-{}-{}", &c[1], &c[2], &c[3]));
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(line) {
        return ymd(&c[3], &c[1], &c[2]);
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(line) {
        return ymd(&c[3], &c[2], &c[1]);
    }
    None
}

fn ymd(year: &str, month: &str, day: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let month = MONTHS
        .iter()
        .position(|m| month.to_lowercase().starts_with(m))?
        + 1;
    let day: u32 = day.parse().ok()?;
    (1..=31)
        .contains(&day)
        .then(|| format!("{year}-{month:02}-{day:02}"))
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
        ];
        for (line, want) in cases {
            assert_eq!(parse_date(line).as_deref(), want, "{line}");
        }
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
