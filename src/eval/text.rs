//! The report as people read it: a table, then every miss and false alarm by document.

use super::{Report, Score};

impl Report {
    /// The report as a table and error lists, for people.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let row = |name: &str, s: &Score| {
            format!(
                "{name:<22} {:>6.3} {:>6.3} {:>6.3}   (tp {} fp {} fn {})\n",
                s.precision, s.recall, s.f1, s.true_positives, s.false_positives, s.false_negatives
            )
        };
        out.push_str(&format!("documents: {}\n\n", self.documents));
        out.push_str(&format!("{:<22} {:>6} {:>6} {:>6}\n", "", "P", "R", "F1"));
        out.push_str(&row("entities", &self.entities));
        for (t, s) in &self.entities_by_type {
            out.push_str(&row(&format!("  {t}"), s));
        }
        out.push_str(&row("claims", &self.rules.claims));
        out.push_str(&row("claims, lenient", &self.rules.claims_lenient));
        out.push_str(&row("party pairs", &self.rules.party_pairs));
        out.push_str(&format!(
            "\nmatched claims: kind {:.3}  polarity {:.3}  modality {:.3}\n",
            self.rules.kind.value(),
            self.rules.polarity.value(),
            self.rules.modality.value()
        ));
        for e in &self.errors {
            let lists = [
                ("missed entity", &e.missed_entities),
                ("false entity", &e.false_entities),
                ("missed claim", &e.missed_claims),
                ("false claim", &e.false_claims),
                ("wrong attribute", &e.attribute_errors),
            ];
            if lists.iter().all(|(_, l)| l.is_empty()) {
                continue;
            }
            out.push_str(&format!("\n## {}\n", e.doc));
            for (label, list) in lists {
                for item in list {
                    out.push_str(&format!("  {label}: {item}\n"));
                }
            }
        }
        out
    }
}
