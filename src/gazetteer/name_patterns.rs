//! The words by which a capitalised name no gazetteer lists is recognised as a body, a
//! programme or a mission of the document ("the Lunar Dust Research Institute", "the ZX-2
//! satellite"). The data is `gazetteers/name-patterns.tsv`; its format is documented at its
//! top.

use foldhash::HashMap;
use sha2::{Digest, Sha256};

use super::parse::{GazetteerError, Problem};
use super::EntityType;

/// Lowercase words that may stand inside a name ("Institute of Space and Astronautical
/// Science", "Universidad Nacional de La Plata").
pub const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "the", "de", "des", "du", "di", "y", "&", "della", "delle", "degli",
    "dei", "da", "do", "dos", "das",
];

/// What a word of the name-pattern list tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameWord {
    /// A head word that gives a name this type ("Institute", "Programme", "Mission").
    Head(EntityType),
    /// A head word that makes a space agency when the name holds "Space", else an organisation.
    AgencyHead,
    /// A head word of a university's or college's name: an organisation with no domain word.
    School,
    /// A head word of a company's name ("Corporation", "Ltd"): an organisation with no domain
    /// word.
    Company,
    /// A company's legal form ("Ltd", "LLP", "JSC"): a company head word that is left out of
    /// the name the company is known by ("Galam LLP" is Galam).
    LegalForm,
    /// A word that shows a body works in space, science or technology ("Space", "Research").
    Domain,
    /// Another field a ministry or office is named for ("Education", "Culture"): like a domain
    /// word, it may follow "and" inside a name ("the Ministry of Science and Education").
    Field,
    /// A lowercase noun after a mission's code name ("satellite", "probe").
    MissionNoun,
    /// A lowercase noun for a kind of body written right before the body's name ("the Swiss
    /// company Nano-SPACE", "launch provider Arianespace").
    Descriptor,
    /// A capitalised word that starts sentences, never names ("Under", "Its").
    Starter,
    /// A capitalised word that names no mission ("Moon", "Lunar").
    NotAName,
}

/// The compiled word lists.
#[derive(Debug, Default)]
pub struct NamePatterns {
    words: HashMap<String, Vec<NameWord>>,
    fingerprint: String,
}

impl NamePatterns {
    /// Compiles the pattern files in order (a later file adds words).
    ///
    /// # Errors
    /// Every malformed line of every file, with file and line.
    pub fn from_files(files: &[(String, String)]) -> Result<NamePatterns, Vec<GazetteerError>> {
        let mut patterns = NamePatterns::default();
        let mut errors = Vec::new();
        let mut hasher = Sha256::new();
        for (file, text) in files {
            hasher.update(text.as_bytes());
            for (index, line) in text.lines().enumerate() {
                if line.trim().is_empty() || line.trim_start().starts_with('#') {
                    continue;
                }
                let mut columns = line.split('\t').map(str::trim);
                let word = columns.next().unwrap_or("");
                let role = columns.next().unwrap_or("");
                let parsed = match role {
                    "organization" => Some(NameWord::Head(EntityType::Organization)),
                    "program" => Some(NameWord::Head(EntityType::Program)),
                    "mission" => Some(NameWord::Head(EntityType::Mission)),
                    "agency" => Some(NameWord::AgencyHead),
                    "school" => Some(NameWord::School),
                    "company" => Some(NameWord::Company),
                    "legal_form" => Some(NameWord::LegalForm),
                    "domain" => Some(NameWord::Domain),
                    "field" => Some(NameWord::Field),
                    "mission_noun" => Some(NameWord::MissionNoun),
                    "descriptor" => Some(NameWord::Descriptor),
                    "starter" => Some(NameWord::Starter),
                    "not_a_name" => Some(NameWord::NotAName),
                    _ => None,
                };
                match parsed {
                    Some(kind) if !word.is_empty() && !word.contains(' ') => {
                        let slot = patterns.words.entry(word.to_lowercase()).or_default();
                        if !slot.contains(&kind) {
                            slot.push(kind);
                        }
                    }
                    _ => errors.push(GazetteerError {
                        file: file.clone(),
                        line: index + 1,
                        problem: Problem::BadNamePattern(format!(
                            "`{word}`: expected one word and a role (organization, school, \
                             company, legal_form, agency, domain, field, program, mission, \
                             mission_noun, descriptor, starter, not_a_name), got `{role}`"
                        )),
                    }),
                }
            }
        }
        patterns.fingerprint = hex::encode(hasher.finalize());
        if errors.is_empty() {
            Ok(patterns)
        } else {
            Err(errors)
        }
    }

    /// Hash of the word lists, part of the gazetteer hash.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Whether `word` (any case, singular or plural) has this role.
    pub fn is(&self, word: &str, role: NameWord) -> bool {
        self.roles(word).contains(&role)
    }

    /// Whether `word` itself (any case, not only its singular) is on the lists.
    pub fn is_listed(&self, word: &str) -> bool {
        self.words.contains_key(&word.to_lowercase())
    }

    /// The head type `word` gives a name, if it is a head word.
    pub fn head_type(&self, word: &str) -> Option<NameWord> {
        self.roles(word).iter().copied().find(|r| {
            matches!(
                r,
                NameWord::Head(_)
                    | NameWord::AgencyHead
                    | NameWord::School
                    | NameWord::Company
                    | NameWord::LegalForm
            )
        })
    }

    fn roles(&self, word: &str) -> &[NameWord] {
        // Every capitalised word of every sentence is looked up: a short ASCII word is
        // lowercased on the stack, and only "-ies" builds a singular.
        let mut buffer = [0u8; 32];
        let owned;
        let lower = match buffer.get_mut(..word.len()) {
            Some(slot) if word.is_ascii() => {
                slot.copy_from_slice(word.as_bytes());
                slot.make_ascii_lowercase();
                std::str::from_utf8(slot).expect("ASCII is UTF-8")
            }
            _ => {
                owned = word.to_lowercase();
                owned.as_str()
            }
        };
        if let Some(found) = self.words.get(lower) {
            return found;
        }
        let singular = match lower.strip_suffix("ies") {
            Some(stem) => self.words.get(&format!("{stem}y")),
            None => lower.strip_suffix('s').and_then(|s| self.words.get(s)),
        };
        singular.map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_in_any_case_and_the_plural() {
        let text = "institute\torganization\nagency\tagency\nsatellite\tmission_noun\n";
        let patterns = NamePatterns::from_files(&[("p".into(), text.into())]).unwrap();
        assert_eq!(
            patterns.head_type("Institutes"),
            Some(NameWord::Head(EntityType::Organization))
        );
        assert_eq!(patterns.head_type("AGENCIES"), Some(NameWord::AgencyHead));
        assert!(patterns.is("satellites", NameWord::MissionNoun));
        assert_eq!(patterns.head_type("satellite"), None);
    }

    #[test]
    fn a_bad_line_names_file_and_line() {
        let err =
            NamePatterns::from_files(&[("p.tsv".into(), "# c\nfoo\tbar\n".into())]).unwrap_err();
        assert_eq!(err[0].file, "p.tsv");
        assert_eq!(err[0].line, 2);
    }
}
