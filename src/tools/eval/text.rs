//! The report as people read it: the margin over the co-occurrence baseline first, then the
//! tables (rules and baseline side by side), then every miss and false alarm by document.

use super::{Report, Score};

impl Report {
    /// The report as tables and error lists, for people. The first line is the headline:
    /// claim F1 and party-pair F1, rules minus baseline.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let row = |name: &str, s: &Score| {
            format!(
                "{name:<22} {:>6.3} {:>6.3} {:>6.3}   (tp {} fp {} fn {})\n",
                s.precision, s.recall, s.f1, s.true_positives, s.false_positives, s.false_negatives
            )
        };
        let (rules, baseline) = (&self.rules, &self.baseline);
        out.push_str(&format!(
            "rules minus baseline: claim F1 {:+.3} (rules {:.3}, baseline {:.3}), \
             party-pair F1 {:+.3} (rules {:.3}, baseline {:.3})\n\n",
            self.margin.claim_f1,
            rules.claims.f1,
            baseline.claims.f1,
            self.margin.pair_f1,
            rules.party_pairs.f1,
            baseline.party_pairs.f1,
        ));
        out.push_str(&format!("documents: {}\n\n", self.documents));
        out.push_str(&format!("{:<22} {:>6} {:>6} {:>6}\n", "", "P", "R", "F1"));
        out.push_str(&row("entities", &self.entities));
        for (t, s) in &self.entities_by_type {
            out.push_str(&row(&format!("  {t}"), s));
        }
        let compared = [
            (
                "claims",
                rules.claims,
                baseline.claims,
                self.margin.claim_f1,
            ),
            (
                "claims, lenient match",
                rules.claims_lenient,
                baseline.claims_lenient,
                self.margin.claim_lenient_f1,
            ),
            (
                "party pairs",
                rules.party_pairs,
                baseline.party_pairs,
                self.margin.pair_f1,
            ),
        ];
        out.push('\n');
        for (name, rules, baseline, margin) in compared {
            out.push_str(&format!("{name}\n"));
            out.push_str(&row("  rules", &rules));
            out.push_str(&row("  baseline", &baseline));
            out.push_str(&format!(
                "{:<22} {:>6} {:>6} {margin:>+6.3}\n",
                "  rules minus baseline", "", ""
            ));
        }
        out.push_str(&format!(
            "\n{:<22} {:>6} {:>9} {:>9}\n",
            "matched claims", "kind", "polarity", "modality"
        ));
        for (name, scores) in [("  rules", rules), ("  baseline", baseline)] {
            out.push_str(&format!(
                "{name:<22} {:>6.3} {:>9.3} {:>9.3}\n",
                scores.kind.value(),
                scores.polarity.value(),
                scores.modality.value()
            ));
        }
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
