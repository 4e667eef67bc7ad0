//! The gazetteers: loading and validating the human-edited data files in `gazetteers/`, and the
//! one compiled matcher every worker borrows.
//!
//! The file format is documented in `gazetteers/README.md`. The shipped files are compiled into
//! the binary ([`Gazetteer::builtin`]); user files given with `--gazetteer` are layered on top and
//! replace shipped entries with the same id.

mod cues;
mod matcher;
mod name_patterns;
mod parse;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use foldhash::HashMap;
use serde::Serialize;
use sha2::{Digest, Sha256};

pub use cues::{CueLexicon, CueMatch, CueRole};
pub use matcher::{Candidate, Matcher};
pub use name_patterns::{NamePatterns, NameWord, NAME_CONNECTORS};
pub use parse::{check_files, parse_entries, GazetteerError, Problem};

/// Version of the shipped gazetteer data; bumped when the files change meaning.
pub const GAZETTEER_VERSION: &str = "2026.11.1";

/// The shipped entry files, compiled in: (file name, contents).
const BUILTIN_ENTRY_FILES: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../gazetteers/countries.tsv"),
    ),
    (
        "demonyms.tsv",
        include_str!("../../gazetteers/demonyms.tsv"),
    ),
    (
        "agencies.tsv",
        include_str!("../../gazetteers/agencies.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../gazetteers/organizations.tsv"),
    ),
    (
        "missions.tsv",
        include_str!("../../gazetteers/missions.tsv"),
    ),
];

/// The shipped cue lexicon, compiled in.
const BUILTIN_CUES: &str = include_str!("../../gazetteers/cues.tsv");
/// File name of the name-pattern word list, shipped and in user folders.
const NAME_PATTERNS_FILE: &str = "name-patterns.tsv";
const BUILTIN_NAME_PATTERNS: &str = include_str!("../../gazetteers/name-patterns.tsv");

/// What kind of thing an entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    /// A country or territory with an ISO 3166-1 code, or a historical state.
    Country,
    /// A nationality adjective or demonym ("Chinese"); a weak mention of its country.
    Demonym,
    /// A continent or region ("Europe", "Asia-Pacific").
    Region,
    /// A government space agency.
    Agency,
    /// Any other body: intergovernmental, research, university, company, centre.
    Organization,
    /// A single mission, spacecraft, lander, probe, telescope or station.
    Mission,
    /// A multi-mission programme, series or framework.
    Program,
    /// A rocket.
    LaunchVehicle,
    /// A crew or cargo spacecraft flown again and again (Soyuz, Dragon, Progress): like a
    /// rocket, the means of a mission, not a mission or a programme of its own.
    Vehicle,
    /// A spaceport or launch site.
    Site,
    /// An instrument or payload.
    Instrument,
}

impl EntityType {
    /// Every type, in the order of the matching policy's tie-break (earlier wins).
    pub const ALL: [EntityType; 11] = [
        EntityType::Agency,
        EntityType::Organization,
        EntityType::Mission,
        EntityType::Program,
        EntityType::Country,
        EntityType::LaunchVehicle,
        EntityType::Vehicle,
        EntityType::Site,
        EntityType::Instrument,
        EntityType::Region,
        EntityType::Demonym,
    ];

    /// The name used in the files and in the output (`launch_vehicle`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Country => "country",
            EntityType::Demonym => "demonym",
            EntityType::Region => "region",
            EntityType::Agency => "agency",
            EntityType::Organization => "organization",
            EntityType::Mission => "mission",
            EntityType::Program => "program",
            EntityType::LaunchVehicle => "launch_vehicle",
            EntityType::Vehicle => "vehicle",
            EntityType::Site => "site",
            EntityType::Instrument => "instrument",
        }
    }

    /// Parses a type name as written in the files.
    pub fn parse(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// Rank in the matching policy's type tie-break: lower wins.
    pub fn rank(self) -> usize {
        EntityType::ALL
            .iter()
            .position(|&t| t == self)
            .unwrap_or(usize::MAX)
    }

    /// Whether mentions of this type can be parties to a claim.
    pub fn is_party(self) -> bool {
        matches!(
            self,
            EntityType::Country | EntityType::Agency | EntityType::Organization
        )
    }

    /// Whether mentions of this type can be the mission a claim is about.
    pub fn is_mission(self) -> bool {
        matches!(self, EntityType::Mission | EntityType::Program)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One name an entry is known by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The alias as written in the file (without the `?` mark).
    pub text: String,
    /// Marked `?`: may be an ordinary word or another entry's name.
    pub ambiguous: bool,
}

impl Alias {
    /// An acronym (no lowercase letter) matches only in exactly its own case.
    pub fn is_acronym(&self) -> bool {
        self.text.chars().any(char::is_alphabetic) && !self.text.chars().any(char::is_lowercase)
    }

    /// Acronyms, names written with a capital inside a word ("IN-SPACe", "SpaceX", "PhilSA")
    /// and one-word names written in lowercase ("ispace") match only in exactly their own
    /// case; other names match in any case.
    pub fn is_case_sensitive(&self) -> bool {
        let lowercase_brand = !self.text.contains(' ') && self.text.starts_with(char::is_lowercase);
        self.is_acronym()
            || lowercase_brand
            || self
                .text
                .split([' ', '-', '/', '\u{2013}', '\u{2014}'])
                .any(|word| {
                    let mut chars = word.chars();
                    chars.next();
                    chars.any(char::is_uppercase)
                })
    }
}

/// Where an entry was defined, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file name (shipped) or path (user file).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
}

/// One gazetteer entry: an entity with its names and attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Stable id, `type:key` (`country:CN`, `agency:esa`, `mission:change-4`).
    pub id: String,
    /// What it is.
    pub kind: EntityType,
    /// Canonical name.
    pub name: String,
    /// The canonical name itself is ambiguous (written `?Chad` in the file): an ordinary word,
    /// a person's or another place's name too.
    pub name_ambiguous: bool,
    /// Other names, the canonical name not included.
    pub aliases: Vec<Alias>,
    /// `key=value` attributes (`iso3`, `country`, `refers`, `lead`, `partners`, ...).
    pub attributes: BTreeMap<String, String>,
    /// Where it was defined.
    pub origin: Origin,
}

impl Entry {
    /// The canonical name followed by every alias.
    pub fn names(&self) -> impl Iterator<Item = Alias> + '_ {
        std::iter::once(Alias {
            text: self.name.clone(),
            ambiguous: self.name_ambiguous,
        })
        .chain(self.aliases.iter().cloned())
    }

    /// Whether one of the entry's [`LINK_KEYS`] attributes lists `id`.
    pub fn links_to(&self, id: &str) -> bool {
        LINK_KEYS.iter().any(|key| {
            self.attributes
                .get(*key)
                .is_some_and(|v| v.split(',').any(|listed| listed.trim() == id))
        })
    }

    /// An attribute holding a list of ids (`partners=a,b`), split.
    pub fn id_list(&self, key: &str) -> Vec<&str> {
        self.attributes
            .get(key)
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The attributes by which an entry points to others it belongs with (its lead, parent,
/// partners, the country a demonym refers to, its programme): two entries are linked when
/// either lists the other under one of them.
pub const LINK_KEYS: [&str; 5] = ["lead", "parent", "partners", "refers", "program"];

/// The loaded gazetteer: entries, their matcher and the cue lexicon. Immutable and `Sync`, built
/// once per run and shared by every worker.
#[derive(Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    /// For each entry, the entries linked to it (see [`LINK_KEYS`]), sorted: found once here
    /// rather than by splitting attributes for every pair a document compares.
    links: Vec<Vec<usize>>,
    matcher: Matcher,
    cues: CueLexicon,
    name_patterns: NamePatterns,
    hash: String,
}

impl Gazetteer {
    /// The shipped gazetteer, compiled into the binary.
    ///
    /// # Errors
    /// Only if the shipped data is broken, which the test suite rules out.
    pub fn builtin() -> Result<Gazetteer, Vec<GazetteerError>> {
        Gazetteer::with_overlays(&[])
    }

    /// The shipped gazetteer with the entries of `paths` (files or folders of `.tsv` files)
    /// layered on top; a user entry replaces a shipped one with the same id.
    ///
    /// # Errors
    /// Every problem found in any file, each naming file and line.
    pub fn with_overlays(paths: &[PathBuf]) -> Result<Gazetteer, Vec<GazetteerError>> {
        let mut errors = Vec::new();
        let mut entries = Vec::new();
        for (file, text) in BUILTIN_ENTRY_FILES {
            let (parsed, problems) = parse_entries(file, text);
            entries.extend(parsed);
            errors.extend(problems);
        }
        let mut cue_files = vec![("cues.tsv".to_string(), BUILTIN_CUES.to_string())];
        let mut pattern_files = vec![(
            NAME_PATTERNS_FILE.to_string(),
            BUILTIN_NAME_PATTERNS.to_string(),
        )];
        for path in paths {
            match read_word_list(path, NAME_PATTERNS_FILE) {
                Ok(Some(list)) => pattern_files.push(list),
                Ok(None) => {}
                Err(e) => errors.push(e),
            }
            if is_word_list(path, NAME_PATTERNS_FILE) {
                continue;
            }
            match read_word_list(path, "cues.tsv") {
                Ok(Some(cues)) => cue_files.push(cues),
                Ok(None) => {}
                Err(e) => errors.push(e),
            }
            if is_word_list(path, "cues.tsv") {
                continue;
            }
            match read_entry_files(path) {
                Ok(files) => {
                    for (file, text) in files {
                        let (parsed, problems) = parse_entries(&file, &text);
                        overlay(&mut entries, parsed);
                        errors.extend(problems);
                    }
                }
                Err(e) => errors.push(e),
            }
        }
        // The two automata are most of the loading time: the cue lexicon's is built on a
        // second thread while this one validates the entries and builds the name matcher.
        let ((cues, name_patterns), (problems, matcher)) = std::thread::scope(|scope| {
            let word_lists = scope.spawn(|| {
                (
                    CueLexicon::from_files(&cue_files),
                    NamePatterns::from_files(&pattern_files),
                )
            });
            let problems = parse::validate(&entries);
            // Built only for entries that can be used: an invalid file fails the load anyway.
            let matcher =
                (errors.is_empty() && problems.is_empty()).then(|| Matcher::build(&entries));
            let word_lists = word_lists
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (word_lists, (problems, matcher))
        });
        let cues = cues.map_err(|e| errors.extend(e)).ok();
        let name_patterns = name_patterns.map_err(|e| errors.extend(e)).ok();
        errors.extend(problems);
        match (cues, name_patterns, matcher) {
            (Some(cues), Some(name_patterns), Some(matcher)) if errors.is_empty() => {
                Ok(Gazetteer::assemble(entries, matcher, cues, name_patterns))
            }
            _ => Err(errors),
        }
    }

    fn assemble(
        entries: Vec<Entry>,
        matcher: Matcher,
        cues: CueLexicon,
        name_patterns: NamePatterns,
    ) -> Gazetteer {
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let links = links(&entries, &by_id);
        let hash = content_hash(&entries, &cues, &name_patterns);
        Gazetteer {
            entries,
            by_id,
            links,
            matcher,
            cues,
            name_patterns,
            hash,
        }
    }

    /// Every entry, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry at an index the matcher reported.
    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// Looks an entry up by id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Index of the entry with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Whether the entries at two indices are linked: either lists the other under one of
    /// the [`LINK_KEYS`].
    pub fn linked(&self, a: usize, b: usize) -> bool {
        self.links[a].binary_search(&b).is_ok()
    }

    /// The compiled entity matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The cue lexicon for claims.
    pub fn cues(&self) -> &CueLexicon {
        &self.cues
    }

    /// The words that make an unlisted capitalised name a document-local entity.
    pub fn name_patterns(&self) -> &NamePatterns {
        &self.name_patterns
    }

    /// SHA-256 over the loaded entries and cues: identifies the exact dictionary behind a record.
    pub fn hash(&self) -> &str {
        &self.hash
    }
}

/// The entries linked to each entry, both ways, sorted (ids are unique and every listed id
/// names an entry: loading checks both).
fn links(entries: &[Entry], by_id: &HashMap<String, usize>) -> Vec<Vec<usize>> {
    let mut links = vec![Vec::new(); entries.len()];
    for (from, entry) in entries.iter().enumerate() {
        for key in LINK_KEYS {
            for to in entry
                .id_list(key)
                .into_iter()
                .filter_map(|id| by_id.get(id))
            {
                links[from].push(*to);
                links[*to].push(from);
            }
        }
    }
    for linked in &mut links {
        linked.sort_unstable();
        linked.dedup();
    }
    links
}

/// Replaces entries with the same id, appends the rest.
fn overlay(entries: &mut Vec<Entry>, user: Vec<Entry>) {
    for entry in user {
        match entries.iter_mut().find(|e| e.id == entry.id) {
            Some(slot) => *slot = entry,
            None => entries.push(entry),
        }
    }
}

/// Whether a path names a word list (`cues.tsv`, `name-patterns.tsv`, or a name ending in
/// one) rather than entries.
fn is_word_list(path: &Path, list: &str) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(list))
}

/// The word list `list` a user path holds: the file itself when it is one, or the folder's
/// file of that name.
fn read_word_list(path: &Path, list: &str) -> Result<Option<(String, String)>, GazetteerError> {
    let file = if path.is_dir() {
        path.join(list)
    } else if is_word_list(path, list) {
        path.to_path_buf()
    } else {
        return Ok(None);
    };
    if path.is_dir() && !file.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&file).map_err(|e| GazetteerError {
        file: file.display().to_string(),
        line: 0,
        problem: Problem::Unreadable(e.to_string()),
    })?;
    Ok(Some((file.display().to_string(), text)))
}

/// Reads a `.tsv` file, or every `.tsv` file of a folder except the word lists, in name order.
fn read_entry_files(path: &Path) -> Result<Vec<(String, String)>, GazetteerError> {
    let unreadable = |e: std::io::Error| GazetteerError {
        file: path.display().to_string(),
        line: 0,
        problem: Problem::Unreadable(e.to_string()),
    };
    let mut files = Vec::new();
    if path.is_dir() {
        let mut names: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(unreadable)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "tsv")
                    && !is_word_list(p, "cues.tsv")
                    && !is_word_list(p, NAME_PATTERNS_FILE)
            })
            .collect();
        names.sort();
        for name in names {
            let text = std::fs::read_to_string(&name).map_err(unreadable)?;
            files.push((name.display().to_string(), text));
        }
    } else {
        let text = std::fs::read_to_string(path).map_err(unreadable)?;
        files.push((path.display().to_string(), text));
    }
    Ok(files)
}

fn content_hash(entries: &[Entry], cues: &CueLexicon, name_patterns: &NamePatterns) -> String {
    let mut hasher = Sha256::new();
    for e in entries {
        hasher.update(e.id.as_bytes());
        hasher.update([0]);
        hasher.update(e.kind.as_str().as_bytes());
        hasher.update([0]);
        hasher.update(e.name.as_bytes());
        for a in &e.aliases {
            hasher.update([0, u8::from(a.ambiguous)]);
            hasher.update(a.text.as_bytes());
        }
        for (k, v) in &e.attributes {
            hasher.update([1]);
            hasher.update(k.as_bytes());
            hasher.update([b'=']);
            hasher.update(v.as_bytes());
        }
        hasher.update([b'\n']);
    }
    hasher.update(cues.fingerprint().as_bytes());
    hasher.update(name_patterns.fingerprint().as_bytes());
    hex::encode(hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::NormText;

    #[test]
    fn every_name_of_every_entry_matches_in_a_sentence() {
        let gazetteer = Gazetteer::builtin().expect("shipped gazetteer loads");
        let mut misses = Vec::new();
        for (index, entry) in gazetteer.entries().iter().enumerate() {
            for alias in entry.names() {
                let text = format!("In 2020 the officials praised {} for its work.", alias.text);
                let start = "In 2020 the officials praised ".len();
                let end = start + alias.text.len();
                let found = gazetteer
                    .matcher()
                    .find(&NormText::new(&text))
                    .iter()
                    .any(|c| c.entry == index && c.start == start && c.end == end);
                if !found {
                    misses.push(format!("{} `{}`", entry.id, alias.text));
                }
            }
        }
        assert!(
            misses.is_empty(),
            "names that never match:\n{}",
            misses.join("\n")
        );
    }

    #[test]
    fn every_country_is_a_state_or_territory_and_a_continent_is_a_region() {
        let gazetteer = Gazetteer::builtin().expect("shipped gazetteer loads");
        assert!(gazetteer.get("country:AQ").is_none());
        let antarctica = gazetteer
            .get("region:antarctica")
            .expect("Antarctica is listed");
        assert_eq!(antarctica.kind, EntityType::Region);
        assert_eq!(
            gazetteer.get("country:NO").unwrap().kind,
            EntityType::Country
        );
    }

    #[test]
    fn user_entries_replace_shipped_ones_by_id() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("mine.tsv");
        std::fs::write(&file, "agency:esa\tagency\tEuropean Space Agency\tESA | Agence spatiale européenne\tcountry=international\n").unwrap();
        let gazetteer = Gazetteer::with_overlays(&[file]).unwrap();
        let esa = gazetteer.get("agency:esa").unwrap();
        assert_eq!(esa.aliases.len(), 2);
        assert!(esa.origin.file.ends_with("mine.tsv"));
        assert_ne!(gazetteer.hash(), Gazetteer::builtin().unwrap().hash());
    }

    #[test]
    fn a_bad_user_file_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("bad.tsv");
        std::fs::write(&file, "# mine\nagency:x\tagency\n").unwrap();
        let errors = Gazetteer::with_overlays(&[file]).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .ends_with("bad.tsv:2: missing field `name`"),
            "{}",
            errors[0]
        );
    }
}
