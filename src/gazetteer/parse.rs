//! Reading and validating gazetteer entry files. Every problem is reported with its file and
//! line; nothing is skipped silently.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use super::{Alias, EntityType, Entry, Origin};
use crate::text::normalize::normalize_phrase;

/// What is wrong with a gazetteer line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read.
    Unreadable(String),
    /// A required column is missing or empty.
    MissingField(&'static str),
    /// More than five columns.
    ExtraColumns(usize),
    /// The type column names no known type.
    UnknownType(String),
    /// The id is malformed or its prefix is not the entry's type.
    BadId(String),
    /// The id is used by an earlier entry (named by its origin).
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first defined.
        first: String,
    },
    /// A country id or `iso3` attribute is not a well-formed ISO 3166 code.
    BadIsoCode(String),
    /// An attribute is not `key=value`.
    BadAttribute(String),
    /// An attribute points to an id that no entry has.
    UnknownReference {
        /// The attribute key.
        key: String,
        /// The missing id.
        id: String,
    },
    /// An alias is empty (for example `a || b`).
    EmptyAlias,
    /// Two entries share an alias and not both mark it ambiguous with `?`.
    SharedAlias {
        /// The alias.
        alias: String,
        /// The other entry's id and origin.
        other: String,
    },
    /// A malformed line of the cue lexicon.
    BadCue(String),
    /// A malformed line of the name-pattern word list.
    BadNamePattern(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable(why) => write!(f, "cannot read the file: {why}"),
            Problem::MissingField(field) => write!(f, "missing field `{field}`"),
            Problem::ExtraColumns(n) => write!(f, "{n} columns, expected at most 5"),
            Problem::UnknownType(t) => write!(f, "unknown type `{t}`"),
            Problem::BadId(id) => write!(
                f,
                "bad id `{id}`: expected `<type>:<key>` with the entry's type as prefix"
            ),
            Problem::DuplicateId { id, first } => {
                write!(f, "duplicate id `{id}` (first defined at {first})")
            }
            Problem::BadIsoCode(code) => write!(f, "invalid ISO 3166 code `{code}`"),
            Problem::BadAttribute(a) => write!(f, "bad attribute `{a}`: expected key=value"),
            Problem::UnknownReference { key, id } => {
                write!(f, "attribute `{key}` points to unknown id `{id}`")
            }
            Problem::EmptyAlias => write!(f, "empty alias"),
            Problem::SharedAlias { alias, other } => write!(
                f,
                "alias `{alias}` is also used by {other}; mark it `?{alias}` in both to declare it ambiguous"
            ),
            Problem::BadCue(why) => write!(f, "bad cue: {why}"),
            Problem::BadNamePattern(why) => write!(f, "bad name pattern: {why}"),
        }
    }
}

/// A problem in a gazetteer file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {problem}")]
pub struct GazetteerError {
    /// The file.
    pub file: String,
    /// 1-based line (0 when the problem is the whole file).
    pub line: usize,
    /// What is wrong.
    pub problem: Problem,
}

/// Attribute keys whose values are entry ids (or comma-separated lists of them).
const REFERENCE_KEYS: &[&str] = &[
    "refers",
    "successor",
    "sovereign",
    "parent",
    "lead",
    "partners",
    "program",
];

/// Parses the entries of one file: the well-formed entries, and an error (with file and line)
/// for every malformed line.
pub fn parse_entries(file: &str, text: &str) -> (Vec<Entry>, Vec<GazetteerError>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        match parse_line(line) {
            Ok(mut entry) => {
                entry.origin = Origin {
                    file: file.to_string(),
                    line: line_no,
                };
                entries.push(entry);
            }
            Err(problems) => errors.extend(problems.into_iter().map(|problem| GazetteerError {
                file: file.to_string(),
                line: line_no,
                problem,
            })),
        }
    }
    (entries, errors)
}

fn parse_line(line: &str) -> Result<Entry, Vec<Problem>> {
    let columns: Vec<&str> = line.split('\t').map(str::trim).collect();
    if columns.len() > 5 {
        return Err(vec![Problem::ExtraColumns(columns.len())]);
    }
    let column = |i: usize| columns.get(i).copied().unwrap_or("");
    let mut problems = Vec::new();
    for (i, field) in ["id", "type", "name"].into_iter().enumerate() {
        if column(i).is_empty() {
            problems.push(Problem::MissingField(field));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let (id, type_name, written_name) = (column(0), column(1), column(2));
    let (name, name_ambiguous) = match written_name.strip_prefix('?') {
        Some(rest) => (rest.trim(), true),
        None => (written_name, false),
    };
    if name.is_empty() {
        return Err(vec![Problem::MissingField("name")]);
    }
    let Some(kind) = EntityType::parse(type_name) else {
        return Err(vec![Problem::UnknownType(type_name.to_string())]);
    };
    let mut aliases = Vec::new();
    if !column(3).is_empty() {
        for raw in column(3).split('|').map(str::trim) {
            let (text, ambiguous) = match raw.strip_prefix('?') {
                Some(rest) => (rest.trim(), true),
                None => (raw, false),
            };
            if text.is_empty() {
                problems.push(Problem::EmptyAlias);
            } else {
                aliases.push(Alias {
                    text: text.to_string(),
                    ambiguous,
                });
            }
        }
    }
    let mut attributes = BTreeMap::new();
    for pair in column(4)
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match pair.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
                attributes.insert(k.trim().to_string(), v.trim().to_string());
            }
            _ => problems.push(Problem::BadAttribute(pair.to_string())),
        }
    }
    problems.extend(check_id(id, kind, &attributes));
    if let Some(iso3) = attributes.get("iso3") {
        if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
            problems.push(Problem::BadIsoCode(iso3.clone()));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Entry {
        id: id.to_string(),
        kind,
        name: name.to_string(),
        name_ambiguous,
        aliases,
        attributes,
        origin: Origin {
            file: String::new(),
            line: 0,
        },
    })
}

fn check_id(id: &str, kind: EntityType, attributes: &BTreeMap<String, String>) -> Vec<Problem> {
    let Some((prefix, key)) = id.split_once(':') else {
        return vec![Problem::BadId(id.to_string())];
    };
    if prefix != kind.as_str() || key.is_empty() {
        return vec![Problem::BadId(id.to_string())];
    }
    if kind == EntityType::Country {
        let historical = attributes.get("historical").is_some_and(|v| v == "yes");
        let upper = |s: &str| s.bytes().all(|b| b.is_ascii_uppercase());
        let valid = if historical {
            key.bytes().all(|b| b.is_ascii_uppercase() || b == b'-') && key.len() >= 2
        } else {
            key.len() == 2 && upper(key)
        };
        return if valid {
            Vec::new()
        } else {
            vec![Problem::BadIsoCode(key.to_string())]
        };
    }
    let well_formed = key
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if well_formed {
        Vec::new()
    } else {
        vec![Problem::BadId(id.to_string())]
    }
}

/// Checks the entries as a whole: unique ids, known references, no unmarked shared alias.
pub fn validate(entries: &[Entry]) -> Vec<GazetteerError> {
    let mut errors = Vec::new();
    let at = |e: &Entry| format!("{}:{}", e.origin.file, e.origin.line);
    let error = |e: &Entry, problem| GazetteerError {
        file: e.origin.file.clone(),
        line: e.origin.line,
        problem,
    };
    let mut ids: HashMap<&str, &Entry> = HashMap::new();
    for entry in entries {
        if let Some(first) = ids.insert(&entry.id, entry) {
            ids.insert(&first.id, first);
            errors.push(error(
                entry,
                Problem::DuplicateId {
                    id: entry.id.clone(),
                    first: at(first),
                },
            ));
        }
    }
    for entry in entries {
        for key in REFERENCE_KEYS {
            for target in entry.id_list(key) {
                if !ids.contains_key(target) {
                    errors.push(error(
                        entry,
                        Problem::UnknownReference {
                            key: (*key).to_string(),
                            id: target.to_string(),
                        },
                    ));
                }
            }
        }
    }
    let mut seen: HashMap<String, (&Entry, bool)> = HashMap::new();
    for entry in entries {
        let mut own = std::collections::HashSet::new();
        for alias in entry.names() {
            let key = alias_key(&alias);
            if !own.insert(key.clone()) {
                continue;
            }
            match seen.get(&key) {
                Some((other, other_ambiguous)) if !(alias.ambiguous && *other_ambiguous) => {
                    errors.push(error(
                        entry,
                        Problem::SharedAlias {
                            alias: alias.text.clone(),
                            other: format!("{} ({})", other.id, at(other)),
                        },
                    ));
                }
                Some(_) => {}
                None => {
                    seen.insert(key, (entry, alias.ambiguous));
                }
            }
        }
    }
    errors
}

/// The key under which two aliases count as the same: acronyms exactly, names ignoring case,
/// both after folding apostrophes, dashes, spaces and diacritics.
pub(crate) fn alias_key(alias: &Alias) -> String {
    let folded = normalize_phrase(&alias.text);
    if alias.is_case_sensitive() {
        folded
    } else {
        folded.to_lowercase()
    }
}

/// Validates every `.tsv` entry file in a folder (or one file) on its own, without the shipped
/// data: what `coopex gazetteer check` runs.
///
/// # Errors
/// Every problem found, with file and line.
pub fn check_files(path: &Path) -> Result<usize, Vec<GazetteerError>> {
    let files = super::read_entry_files(path).map_err(|e| vec![e])?;
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (file, text) in &files {
        let (parsed, problems) = parse_entries(file, text);
        entries.extend(parsed);
        errors.extend(problems);
    }
    // A folder's word lists, each on its own (a single file is checked as entries).
    if path.is_dir() {
        match super::read_word_list(path, "cues.tsv") {
            Ok(Some(file)) => errors.extend(
                super::CueLexicon::from_files(&[file])
                    .err()
                    .unwrap_or_default(),
            ),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
        match super::read_word_list(path, super::NAME_PATTERNS_FILE) {
            Ok(Some(file)) => errors.extend(
                super::NamePatterns::from_files(&[file])
                    .err()
                    .unwrap_or_default(),
            ),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    errors.extend(validate(&entries));
    if errors.is_empty() {
        Ok(entries.len())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        let (entries, errors) = parse_entries("t.tsv", text);
        errors
            .iter()
            .chain(&validate(&entries))
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn one_error_per_kind_of_problem() {
        let cases = [
            ("agency:x\tagency\t", "t.tsv:1: missing field `name`"),
            ("agency:x\tplanet\tX", "t.tsv:1: unknown type `planet`"),
            ("mission:x\tagency\tX", "t.tsv:1: bad id `mission:x`"),
            (
                "country:CHN\tcountry\tChina",
                "t.tsv:1: invalid ISO 3166 code `CHN`",
            ),
            (
                "country:CN\tcountry\tChina\t\tiso3=cn",
                "t.tsv:1: invalid ISO 3166 code `cn`",
            ),
            (
                "agency:x\tagency\tX\t\tcountry",
                "t.tsv:1: bad attribute `country`",
            ),
            ("agency:x\tagency\tX\ta || b", "t.tsv:1: empty alias"),
            ("agency:x\tagency\tX\t\t\textra", "t.tsv:1: 6 columns"),
            (
                "agency:x\tagency\tX\n# c\nagency:x\tagency\tY",
                "t.tsv:3: duplicate id `agency:x` (first defined at t.tsv:1)",
            ),
            (
                "agency:x\tagency\tX\t\tparent=agency:nope",
                "t.tsv:1: attribute `parent` points to unknown id `agency:nope`",
            ),
            (
                "agency:x\tagency\tX\tCSA\nagency:y\tagency\tY\t?CSA",
                "t.tsv:2: alias `CSA` is also used by agency:x",
            ),
        ];
        for (text, want) in cases {
            let got = problems(text);
            assert!(
                got.iter().any(|p| p.starts_with(want)),
                "{text:?}: want {want:?}, got {got:?}"
            );
        }
    }

    #[test]
    fn ambiguous_alias_may_be_shared() {
        assert!(problems("agency:x\tagency\tX\t?CSA\nagency:y\tagency\tY\t?CSA").is_empty());
    }

    #[test]
    fn shared_alias_ignores_case_dashes_and_apostrophes() {
        let got = problems("mission:a\tmission\tChang’e-4\nmission:b\tmission\tB\tchang'e 4");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn parses_columns() {
        let (entries, errors) = parse_entries(
            "t.tsv",
            "country:SUHH\tcountry\tSoviet Union\tUSSR | ?Soviets\thistorical=yes; successor=country:RU",
        );
        assert!(errors.is_empty());
        let e = &entries[0];
        assert_eq!(e.kind, EntityType::Country);
        assert_eq!(
            e.aliases[1],
            Alias {
                text: "Soviets".into(),
                ambiguous: true
            }
        );
        assert_eq!(e.attributes["successor"], "country:RU");
        assert_eq!(e.origin.line, 1);
    }
}
