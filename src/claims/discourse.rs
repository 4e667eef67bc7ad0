//! The discourse memory: which parties and missions earlier sentences named, so that a later
//! "both sides", "the two agencies" or "the mission" can reach back to them.

use std::collections::VecDeque;

use crate::gazetteer::EntityType;
use crate::resolve::Entities;

use super::ClaimEntity;

/// How many sentences back a reference may reach for its antecedent.
pub(super) const REFERENCE_REACH: usize = 10;

/// What earlier sentences said, for references back.
#[derive(Default)]
pub(super) struct Discourse {
    /// Party mentions within reach: (sentence, entity), most recent last.
    parties: VecDeque<(usize, ClaimEntity)>,
    /// Mission mentions within reach: (sentence, entity), most recent last.
    missions: VecDeque<(usize, ClaimEntity)>,
    /// The party whose name opened the last sentence remembered, with that sentence: what a
    /// sentence-opening "It" refers to.
    subject: Option<(usize, ClaimEntity)>,
    /// The parties of the one claim the last sentence remembered states, with that sentence:
    /// whom "the pair" after it means, and "the two sides" when that sentence names more.
    claimed: Option<(usize, Vec<ClaimEntity>)>,
}

/// What kind of antecedent a reference back fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fit {
    /// "the two countries", "both nations", "the two governments", "the two space powers",
    /// and the people who speak for them: "the two leaders", "both ministers".
    Countries,
    /// "the two agencies", "both space agencies": agencies first, other bodies only when too
    /// few agencies are within reach.
    Agencies,
    /// "the space agencies", "both space agencies": agencies only, whatever is within reach.
    SpaceAgencies,
    /// "both organizations", "the three institutions", "the two entities", "both companies".
    Bodies,
    /// "the company", "the university", "the institute", "the bloc": one organisation, never
    /// an agency.
    Organizations,
    /// "both sides", "both parties": whatever the sentence already names, or anything.
    Any,
}

impl Fit {
    pub(super) fn of_phrase(phrase: &str) -> Fit {
        let phrase = phrase.to_lowercase();
        // Word beginnings and whole words: "international" and "national" name no nation.
        let has = |stem: &str| phrase.split_whitespace().any(|w| w.starts_with(stem));
        let is = |word: &str| phrase.split_whitespace().any(|w| w == word);
        // "the Gulf state", not "the state agency".
        let a_state = is("state") && !has("agenc") && !has("organi");
        // "the 27-nation bloc" is one body of nations.
        if has("bloc") {
            Fit::Organizations
        } else if has("countr")
            || has("govern")
            || has("leader")
            || has("president")
            || has("minister")
            || phrase.contains("heads of state")
            || a_state
            || ["nation", "nations", "states", "powers"]
                .iter()
                .any(|w| is(w))
        {
            Fit::Countries
        } else if has("agenc") && is("space") {
            Fit::SpaceAgencies
        } else if has("agenc") {
            Fit::Agencies
        } else if has("compan") || has("firm") || has("contractor") || has("manufactur") {
            // "both companies", "the two contractors": companies, never an agency.
            Fit::Organizations
        } else if [
            "company",
            "firm",
            "university",
            "institute",
            "consortium",
            "startup",
            "start-up",
            "centre",
            "center",
        ]
        .iter()
        .any(|w| is(w))
        {
            Fit::Organizations
        } else if [
            "organi",
            "institut",
            "entit",
            "bodies",
            "group",
            "universit",
            "centre",
            "center",
            "ministr",
        ]
        .iter()
        .any(|w| has(w))
        {
            Fit::Bodies
        } else {
            Fit::Any
        }
    }

    /// The wider fit to fall back on when too few antecedents fit this one: other bodies for
    /// "both agencies".
    fn wider(self) -> Option<Fit> {
        match self {
            Fit::Agencies => Some(Fit::Bodies),
            _ => None,
        }
    }

    pub(super) fn accepts(self, kind: EntityType) -> bool {
        match self {
            Fit::Countries => kind == EntityType::Country,
            Fit::Agencies | Fit::SpaceAgencies => kind == EntityType::Agency,
            Fit::Bodies => matches!(kind, EntityType::Agency | EntityType::Organization),
            Fit::Organizations => kind == EntityType::Organization,
            Fit::Any => true,
        }
    }
}

/// What a reference back looks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Referent {
    /// The kind of antecedent.
    pub(super) fit: Fit,
    /// The country a nationality word inside the phrase names ("the two Japanese
    /// universities"): a body placed in another country is not meant.
    pub(super) country: Option<String>,
    /// How many sentences back it may reach.
    pub(super) reach: usize,
}

impl Referent {
    /// A reference that fits `fit`, of any country, reaching [`REFERENCE_REACH`] sentences.
    pub(super) fn of_kind(fit: Fit) -> Referent {
        Referent {
            fit,
            country: None,
            reach: REFERENCE_REACH,
        }
    }

    /// Whether a body of unknown country, or of the named one, can be meant; an
    /// international body has no nationality ("the two Chinese contractors" are not the ITU).
    pub(super) fn admits(&self, gazetteer: &Entities<'_>, entry: usize) -> bool {
        self.country.is_none() || {
            let home = gazetteer.home_country(entry);
            home == self.country || home.is_none() && !gazetteer.is_international(entry)
        }
    }
}

impl Discourse {
    /// Adds the mentions of sentence `sentence` (parties, then missions, and the party its
    /// subject names), and forgets those no later sentence can reach, so a long document's
    /// history stays [`REFERENCE_REACH`] sentences long.
    pub(super) fn remember(
        &mut self,
        sentence: usize,
        parties: impl IntoIterator<Item = ClaimEntity>,
        missions: impl IntoIterator<Item = ClaimEntity>,
        subject: Option<ClaimEntity>,
        claimed: Option<Vec<ClaimEntity>>,
    ) {
        self.subject = subject.map(|s| (sentence, s));
        self.claimed = claimed.map(|c| (sentence, c));
        let out_of_reach = |&(at, _): &(usize, ClaimEntity)| at + REFERENCE_REACH < sentence;
        for history in [&mut self.parties, &mut self.missions] {
            while history.front().is_some_and(out_of_reach) {
                history.pop_front();
            }
        }
        self.parties
            .extend(parties.into_iter().map(|p| (sentence, p)));
        self.missions
            .extend(missions.into_iter().map(|m| (sentence, m)));
    }

    /// The parties of the claim the sentence right before `sentence` states, when it states
    /// one claim of exactly `count` parties: all "the pair" or "the trio" may mean.
    pub(super) fn claimed_just_before(
        &self,
        sentence: usize,
        count: usize,
    ) -> Option<&[ClaimEntity]> {
        self.claimed
            .as_ref()
            .filter(|(at, claimed)| at + 1 == sentence && claimed.len() == count)
            .map(|(_, claimed)| claimed.as_slice())
    }

    /// The nearest earlier parties that fit: enough to make `wanted` fitting parties together
    /// with those the sentence already names (of the reference's country, when it names one).
    pub(super) fn antecedents(
        &self,
        gazetteer: &Entities<'_>,
        sentence: usize,
        referent: &Referent,
        present: &[ClaimEntity],
        wanted: usize,
    ) -> Vec<ClaimEntity> {
        let kind = |e: &ClaimEntity| gazetteer.entry(e.entry).kind;
        // "The two sides" are two: a body and its own country ("Russia's Roscosmos") are not
        // both among the antecedents.
        let one_side = |a: &ClaimEntity, b: &ClaimEntity| {
            (kind(a) == EntityType::Country) != (kind(b) == EntityType::Country)
                && gazetteer.home_country(a.entry) == gazetteer.home_country(b.entry)
        };
        let fit = effective_fit(gazetteer, referent.fit, present);
        let nearest = |fit: Fit| {
            let fits =
                |p: &ClaimEntity| fit.accepts(kind(p)) && referent.admits(gazetteer, p.entry);
            let have = present.iter().filter(|p| fits(p)).count();
            // "Both countries" with none named in the sentence: the nearest sentence that
            // names as many together, rather than one from each of two sentences ("Kenya and
            // Peru are in talks. The president then visits Chile. Both countries …").
            let together = (have == 0 && wanted >= 2)
                .then(|| self.nearest_sentence_naming(sentence, referent.reach, wanted, &fits))
                .flatten();
            // "Hungary signed a deal with Axiom for seats on SpaceX craft. The two sides …":
            // of a sentence naming more, the parties of its claim, when they are as many.
            if let Some((_, claimed)) = self
                .claimed
                .as_ref()
                .filter(|(at, claimed)| Some(*at) == together && claimed.len() == wanted)
            {
                if claimed.iter().all(fits) {
                    return (true, claimed.clone());
                }
            }
            let mut out: Vec<ClaimEntity> = Vec::new();
            // One antecedent wanted ("the company"): the first fitting party of the nearest
            // sentence that names one, its subject rather than its last name ("NASA, ESA and
            // JAXA train the crew. The agency's …" is NASA's).
            let mut single: Option<(usize, ClaimEntity)> = None;
            for (at, party) in self.parties.iter().rev() {
                if have + out.len() >= wanted || sentence - at > referent.reach {
                    break;
                }
                if together.is_some_and(|t| t != *at) {
                    continue;
                }
                if single.as_ref().is_some_and(|(from, _)| from != at) {
                    break;
                }
                let known = present.iter().any(|p| p.entry == party.entry)
                    || out
                        .iter()
                        .any(|p| p.entry == party.entry || one_side(p, party));
                if *at < sentence
                    && !known
                    && fit.accepts(kind(party))
                    && referent.admits(gazetteer, party.entry)
                {
                    if wanted == have + 1 {
                        single = Some((*at, party.clone()));
                    } else {
                        out.push(party.clone());
                    }
                }
            }
            out.extend(single.map(|(_, party)| party));
            (have + out.len() >= wanted, out)
        };
        // "Upon Kenya's joining the agency, … the ESA guarantees orders": one more wanted
        // whose nearest fitting antecedent the sentence names is that party, and no body of
        // a wider kind.
        let nearest_is_present = || {
            let fits =
                |p: &ClaimEntity| fit.accepts(kind(p)) && referent.admits(gazetteer, p.entry);
            wanted == present.iter().filter(|p| fits(p)).count() + 1
                && self
                    .parties
                    .iter()
                    .rev()
                    .filter(|(at, _)| *at < sentence && sentence - at <= referent.reach)
                    .find(|(_, p)| fits(p))
                    .is_some_and(|(_, p)| present.iter().any(|q| q.entry == p.entry))
        };
        match (nearest(fit), fit.wider()) {
            ((false, out), Some(_)) if nearest_is_present() => out,
            ((false, _), Some(wider)) => nearest(wider).1,
            ((_, out), _) => out,
        }
    }

    /// The nearest sentence before `sentence`, within `reach`, that names `wanted` or more
    /// distinct parties that `fits` accepts, unless the sentences after it already name as
    /// many between them ("Kenya announced a probe. Peru announced one too. The two
    /// countries …" are Kenya and Peru, whatever pair was named before).
    fn nearest_sentence_naming(
        &self,
        sentence: usize,
        reach: usize,
        wanted: usize,
        fits: &dyn Fn(&ClaimEntity) -> bool,
    ) -> Option<usize> {
        let mut named: Vec<usize> = Vec::new();
        let mut named_later: Vec<usize> = Vec::new();
        let mut current = None;
        for (at, party) in self.parties.iter().rev() {
            if *at >= sentence {
                continue;
            }
            if sentence - at > reach {
                break;
            }
            if current != Some(*at) {
                current = Some(*at);
                for entry in named.drain(..) {
                    if !named_later.contains(&entry) {
                        named_later.push(entry);
                    }
                }
                if named_later.len() >= wanted {
                    return None;
                }
            }
            if fits(party) && !named.contains(&party.entry) {
                named.push(party.entry);
                if named.len() >= wanted {
                    return current;
                }
            }
        }
        None
    }

    /// Every fitting party of the nearest earlier sentence within reach that names two or
    /// more of them, besides the `present` ones: the group "the parties" or "the partners"
    /// refers to, however many it holds. Empty when no sentence within reach names a group.
    pub(super) fn antecedent_group(
        &self,
        gazetteer: &Entities<'_>,
        sentence: usize,
        referent: &Referent,
        present: &[ClaimEntity],
    ) -> Vec<ClaimEntity> {
        let fit = effective_fit(gazetteer, referent.fit, present);
        let group = self.group_of_fit(gazetteer, sentence, referent, present, fit);
        // "these US agencies" after NASA, NOAA and USGS: other bodies when too few agencies.
        match fit.wider() {
            Some(wider) if group.is_empty() => {
                self.group_of_fit(gazetteer, sentence, referent, present, wider)
            }
            _ => group,
        }
    }

    /// [`Self::antecedent_group`] for the parties that `fit` accepts.
    fn group_of_fit(
        &self,
        gazetteer: &Entities<'_>,
        sentence: usize,
        referent: &Referent,
        present: &[ClaimEntity],
        fit: Fit,
    ) -> Vec<ClaimEntity> {
        let fits = |p: &ClaimEntity| {
            fit.accepts(gazetteer.entry(p.entry).kind) && referent.admits(gazetteer, p.entry)
        };
        let mut group: Vec<ClaimEntity> = Vec::new();
        let mut group_sentence = None;
        for (at, party) in self.parties.iter().rev() {
            if *at >= sentence {
                continue;
            }
            if sentence - at > referent.reach {
                break;
            }
            if group_sentence.is_some_and(|g| g != *at) {
                if group.len() >= 2 {
                    break;
                }
                group.clear();
            }
            group_sentence = Some(*at);
            let known = present.iter().chain(&group).any(|p| p.entry == party.entry);
            if fits(party) && !known {
                group.push(party.clone());
            }
        }
        if group.len() < 2 {
            return Vec::new();
        }
        group.reverse();
        group
    }

    /// The party whose name opens the sentence right before `sentence`, if it is not among
    /// the `present` ones: what a sentence-opening "It" refers to.
    pub(super) fn previous_subject(
        &self,
        sentence: usize,
        present: &[ClaimEntity],
    ) -> Option<ClaimEntity> {
        self.subject
            .as_ref()
            .filter(|(at, subject)| {
                at + 1 == sentence && present.iter().all(|p| p.entry != subject.entry)
            })
            .map(|(_, subject)| subject.clone())
    }

    /// The mission a phrase such as "the station" refers to: the nearest earlier mission
    /// within reach whose names hold the phrase's noun (`true`), else the nearest one
    /// (`false`).
    pub(super) fn recent_mission(
        &self,
        gazetteer: &Entities<'_>,
        sentence: usize,
        phrase: &str,
    ) -> Option<(ClaimEntity, bool)> {
        let noun = phrase
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .trim_end_matches("'s")
            .trim_end_matches('s')
            .to_lowercase();
        let within: Vec<&ClaimEntity> = self
            .missions
            .iter()
            .rev()
            .filter(|(at, _)| *at < sentence && sentence - at <= REFERENCE_REACH)
            .map(|(_, m)| m)
            .collect();
        let fits = |m: &ClaimEntity| {
            gazetteer
                .entry(m.entry)
                .names()
                .any(|a| a.text.to_lowercase().contains(&noun))
        };
        match within.iter().copied().find(|m| fits(m)) {
            Some(m) => Some((m.clone(), true)),
            None => within.first().map(|m| ((*m).clone(), false)),
        }
    }
}

/// The fit a reference is read with: "both sides" in a sentence naming only countries means
/// countries, naming only bodies means bodies.
fn effective_fit(gazetteer: &Entities<'_>, fit: Fit, present: &[ClaimEntity]) -> Fit {
    let kind = |e: &ClaimEntity| gazetteer.entry(e.entry).kind;
    match fit {
        Fit::Any if !present.is_empty() => {
            if present.iter().all(|p| kind(p) == EntityType::Country) {
                Fit::Countries
            } else if present.iter().all(|p| kind(p) != EntityType::Country) {
                Fit::Bodies
            } else {
                Fit::Any
            }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::REFERENCE_REACH;
    use crate::claims::tests::claims;

    #[test]
    fn references_reach_ten_sentences_back_and_no_further() {
        let filler = "The weather was mild.";
        let at = |gap: usize| {
            let between = vec![filler; gap].join(" ");
            format!("Brazil and China built a satellite. {between} The two countries will cooperate again.")
        };
        let reached = claims(&at(REFERENCE_REACH - 1));
        assert_eq!(reached.len(), 2, "{reached:?}");
        assert!(reached[1].contains("country:BR,country:CN"), "{reached:?}");
        let missed = claims(&at(REFERENCE_REACH + 5));
        assert_eq!(missed.len(), 1, "{missed:?}");
    }

    #[test]
    fn references_back_resolve_to_the_nearest_fitting_antecedents() {
        let text = "Brazil and China built the CBERS satellites. The two countries will cooperate on the next one.";
        assert_eq!(
            claims(text)[1..],
            ["collaboration positive planned country:BR,country:CN|"]
        );
        let text = "The Tianwen-1 orbiter reached Mars in 2021. The mission involved payloads from Austria and France.";
        assert_eq!(
            claims(text),
            ["participation positive actual country:AT,country:FR|mission:tianwen-1"]
        );
        let text = "ISRO and CNES are the lander's two users. CNES will supply the camera, and both parties will run a joint calibration campaign.";
        let got = claims(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].ends_with("agency:cnes,agency:isro|"), "{got:?}");
    }

    #[test]
    fn a_sentence_opening_it_stands_for_the_subject_of_the_sentence_before() {
        let text = "Chile signed the accords on Tuesday. It joins Peru and Japan in the effort.";
        assert_eq!(
            claims(text),
            ["participation positive actual country:CL,country:JP,country:PE|"]
        );
        let text = "The Kenya Space Agency opened in 2017. It works closely with the Italian Space Agency.";
        assert_eq!(
            claims(text),
            ["collaboration positive actual agency:asi,agency:ksa-kenya|"]
        );
        let text = "Chile signed the accords. It will soon sign a deal with Peru.";
        assert_eq!(
            claims(text),
            ["agreement positive planned country:CL,country:PE|"]
        );
        // The subject after an opening phrase set off by a comma, of a verb in the
        // progressive.
        let text = "In its first year of lunar work, Chile joined the accords. It is working with \
                    Peru on a rover.";
        assert_eq!(
            claims(text),
            ["collaboration positive actual country:CL,country:PE|"]
        );
        // Only as the subject of a verb of cooperation: not before "be" or a verb of speech,
        // nor after a possessive, a thing or a gap.
        for text in [
            "Chile met Peru. It also said it will work with Japan.",
            "Chile signed the accords. It is hoped that Peru will work with it.",
            "Chile signed the accords. It is being built by Peru and Japan.",
            "Chile signed the accords. It is exciting to work with Japan.",
            "Chile signed the accords. It was during talks with Japan that Peru agreed.",
            "Chile met Peru. It said Japan and India will cooperate.",
            "Chile's agency met Peru. It will work with Japan.",
            "The Chilean satellite flew in May. It carries a camera from Peru.",
            "Chile met Peru. Talks went on. It will work with Japan.",
        ] {
            let got = claims(text);
            assert!(
                got.iter().all(|c| !c.contains("country:CL")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn plural_nouns_and_modified_counts_refer_back() {
        for (text, want) in [
            (
                "Chile and Peru met in May. Under the accord, the countries agreed to share radar data.",
                "agreement positive actual country:CL,country:PE|",
            ),
            (
                "Kenya and Japan met in May. The two partner countries will work together on a lunar station.",
                "collaboration positive planned country:JP,country:KE|",
            ),
            (
                "KARI and NASA met in May. These organizations will work together on a lunar station.",
                "collaboration positive planned agency:kari,agency:nasa|",
            ),
            (
                "Kenya and Japan met in May. The two space powers said they were collaborating on radar.",
                "collaboration positive actual country:JP,country:KE|",
            ),
            (
                "Chile and Peru met CONIDA and NASA in May. The space agencies will seek ways to enhance collaboration.",
                "intent positive intended agency:conida,agency:nasa|",
            ),
            // "the bloc" is the union of states named before.
            (
                "The European Union opened talks in May. Chile signed a radar accord with the 27-nation bloc.",
                "agreement positive actual country:CL,organization:eu|",
            ),
            // "They" after a short opening phrase that names no party still opens its clause.
            (
                "Chile and Peru met in 2015. Then, on 20 June, they co-organized a radar workshop in Lima.",
                "collaboration positive actual country:CL,country:PE|",
            ),
            // A reference told what it means by "of" is that: "the two nations" here.
            (
                "Chile and Peru met CONIDA and NASA in May. The agreement will enable a network operated by the space agencies of the two nations.",
                "agreement positive planned country:CL,country:PE|",
            ),
        ] {
            assert_eq!(claims(text), [want], "{text}");
        }
    }

    #[test]
    fn governments_and_states_are_countries_and_institutions_are_bodies() {
        use super::Fit;
        for phrase in [
            "the two governments",
            "both states",
            "these two nations",
            "the two space powers",
        ] {
            assert_eq!(Fit::of_phrase(phrase), Fit::Countries, "{phrase}");
        }
        for phrase in [
            "the three institutions",
            "the two entities",
            "the two international organizations",
        ] {
            assert_eq!(Fit::of_phrase(phrase), Fit::Bodies, "{phrase}");
        }
        for phrase in ["both companies", "the two contractors", "these firms"] {
            assert_eq!(Fit::of_phrase(phrase), Fit::Organizations, "{phrase}");
        }
        assert_eq!(Fit::of_phrase("both space agencies"), Fit::SpaceAgencies);
        assert_eq!(Fit::of_phrase("both agencies"), Fit::Agencies);
        assert_eq!(Fit::of_phrase("the national agency"), Fit::Agencies);
        assert_eq!(Fit::of_phrase("both parties"), Fit::Any);
        // Bodies, not the countries named with them.
        let text = "Kenya and Peru hosted the KSA and CONIDA teams. The two entities agreed to share the data.";
        assert_eq!(
            claims(text)[1..],
            ["agreement positive actual agency:conida,agency:ksa-kenya|"]
        );
        // The speaker, past a relative clause, is a source.
        let text = "Brazil and China met. The China Academy of Space Technology, which built the satellite, said the agreement was signed by the two governments.";
        assert_eq!(
            claims(text),
            ["agreement positive actual country:BR,country:CN|"]
        );
    }

    #[test]
    fn agencies_are_agencies_first_and_other_bodies_only_when_too_few() {
        // The university named last is not one of "both agencies".
        let text = "KARI met NASA in May. The team toured Seoul National University. Both agencies agreed to share the data.";
        assert_eq!(
            claims(text),
            ["agreement positive actual agency:kari,agency:nasa|"]
        );
        let text =
            "KARI met Seoul National University in May. Both agencies agreed to share the data.";
        assert_eq!(
            claims(text),
            ["agreement positive actual agency:kari,organization:snu|"]
        );
    }

    #[test]
    fn space_agencies_are_agencies_only() {
        let text =
            "Kyoto University and Osaka University met in May. The space agencies signed the deal.";
        assert!(claims(text).is_empty());
        let text =
            "Kyoto University and NASA met in May. JAXA and the space agencies signed the deal.";
        assert_eq!(
            claims(text),
            ["agreement positive actual agency:jaxa,agency:nasa|"]
        );
    }

    #[test]
    fn a_nationality_inside_a_reference_picks_that_countrys_bodies() {
        let text = "Kyoto University, Osaka University and NASA are on the probe's science team. The rover was built by the two Japanese universities.";
        assert_eq!(
            claims(text),
            ["collaboration positive actual organization:kyoto-u,organization:osaka-u|"]
        );
        let text = "CNES, JAXA and DLR met in Paris. Both French agencies and NASA will cooperate on Mars.";
        let got = claims(text);
        assert!(
            got.iter()
                .all(|c| !c.contains("agency:jaxa") && !c.contains("agency:dlr")),
            "{got:?}"
        );
    }

    #[test]
    fn contractors_of_a_nationality_are_no_international_body() {
        let text = "Beijing Orbit Systems Company and Wuhan Optics Corporation started work on the satellite. Orbits are allocated by the International Telecommunication Union. Peru signed an agreement with the two Chinese contractors.";
        assert_eq!(
            claims(text).last().map(String::as_str),
            Some("agreement positive actual country:PE,organization:local-beijing-orbit-systems-company,organization:local-wuhan-optics-corporation|")
        );
    }

    #[test]
    fn companies_are_never_agencies() {
        let text = "NASA and ESA met in Paris. Kenya will work with the companies that build small satellites.";
        assert!(claims(text).is_empty(), "{:?}", claims(text));
    }

    #[test]
    fn a_country_inside_a_reference_picks_its_bodies_and_stays_a_party() {
        // Too few agencies of the country: its other bodies are meant too.
        let text = "Peru agreed with NASA and NOAA on data. Peru signed arrangements with these US agencies.";
        assert_eq!(
            claims(text),
            [
                "agreement positive actual agency:nasa,country:PE,organization:noaa|",
                "agreement positive actual agency:nasa,country:PE,country:US,organization:noaa|"
            ]
        );
    }

    #[test]
    fn each_of_a_group_refers_to_all_of_it() {
        let text = "Chile, Peru and Kenya agreed to build a constellation. Each country will provide one satellite to it.";
        let got = claims(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[1],
            "contribution positive planned country:CL,country:KE,country:PE|"
        );
    }

    #[test]
    fn a_counted_reference_takes_a_pair_named_together() {
        let text = "Kenya and Peru are discussing a joint satellite. The president then leaves for a visit to Chile. Details will be discussed by experts from both countries.";
        let got = claims(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1], "intent positive planned country:KE,country:PE|");
    }

    #[test]
    fn a_reference_to_countries_counts_only_the_countries_named() {
        // The sentence names two bodies and one country: the other country is the one before.
        let text = "Kenya and Peru work together in space. The two countries signed a deal between the Kenya Space Agency, Kenya and CONIDA in May.";
        let got = claims(text);
        assert_eq!(
            got[1],
            "agreement positive actual agency:conida,agency:ksa-kenya,country:KE,country:PE|",
            "{got:?}"
        );
        // Two countries named: the reference needs nothing from before.
        let text = "Chile and Ghana met. Kenya and Peru said the two countries will sign a deal.";
        assert_eq!(
            claims(text),
            ["agreement positive planned country:KE,country:PE|"]
        );
    }

    #[test]
    fn these_after_unnamed_members_lists_them() {
        let text = "Nine countries have signed the accords. These include Chile, Peru and Kenya.";
        assert_eq!(
            claims(text),
            ["participation positive actual country:CL,country:KE,country:PE|"]
        );
        // Countries that only have something are no members of anything.
        let text = "Many countries have space agencies. These include Chile, Peru and Kenya.";
        assert!(claims(text).is_empty());
    }

    #[test]
    fn they_takes_the_subject_of_the_sentence_before() {
        let text = "Kenya and Peru signed an accord with Ghana and Chile. They will work together on radar.";
        assert_eq!(
            claims(text)[1],
            "collaboration positive planned country:KE,country:PE|"
        );
        // A subject of one party: the parties listed last are meant.
        let text = "Ghana hosted officials from Kenya and Peru. They agreed to cooperate on radar.";
        assert_eq!(
            claims(text)[1],
            "agreement positive actual country:KE,country:PE|"
        );
    }

    #[test]
    fn a_counted_reference_wants_as_many_as_it_counts() {
        let text = "Brazil, Chile and Colombia met in May. The three countries signed a deal.";
        assert_eq!(
            claims(text),
            ["agreement positive actual country:BR,country:CL,country:CO|"]
        );
    }

    #[test]
    fn a_reference_reaches_the_parties_an_earlier_reference_meant() {
        let text = "Kenya and Peru signed a deal. Under it, both sides will train engineers. They will also work together on a rover.";
        assert_eq!(
            claims(text)[2..],
            ["collaboration positive planned country:KE,country:PE|"]
        );
    }

    #[test]
    fn they_opening_a_sentence_refers_to_the_parties_of_the_one_before() {
        let text = "JAXA and NASA signed a deal in May. They will collaborate on lunar rovers.";
        assert_eq!(
            claims(text)[1..],
            ["collaboration positive planned agency:jaxa,agency:nasa|"]
        );
        // Not past another sentence, and not inside one.
        let text = "JAXA and NASA signed a deal in May. Engineers met in June. They will collaborate on lunar rovers.";
        assert_eq!(claims(text).len(), 1);
        let text =
            "JAXA and NASA met in May. Officials said they will collaborate on lunar rovers.";
        assert!(claims(text).is_empty());
    }

    #[test]
    fn a_counted_reference_after_with_names_that_many_others() {
        let text = "New members include Peru, the African Space Agency and Kenya. Brazil will cooperate with these three parties.";
        assert_eq!(
            claims(text)[1..],
            ["collaboration positive planned agency:afsa,country:BR,country:KE,country:PE|"]
        );
    }

    #[test]
    fn a_singular_reference_adds_one_earlier_party() {
        let text = "ESA was founded in 1975. The agency signed an agreement with JAXA in 2020.";
        assert_eq!(
            claims(text),
            ["agreement positive actual agency:esa,agency:jaxa|"]
        );
        // "the nation" refers to Venezuela, named before it in the sentence: no third party.
        let text = "Chile spoke first. Venezuela is halting its cooperation with ESA over sanctions against the nation.";
        assert_eq!(
            claims(text),
            ["prohibition negative actual agency:esa,country:VE|"]
        );
        let text =
            "NASA, ESA and JAXA designed Gateway. Canada joined NASA and its partners in 2019.";
        let got = claims(text);
        assert!(
            got[1].starts_with("participation positive actual"),
            "{got:?}"
        );
        assert!(got[1].contains("country:CA"), "{got:?}");
    }
}
