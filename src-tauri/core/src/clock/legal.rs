//! Consumer-law deadlines, loaded from `rules/legal-rules.json` (shipped inside the app).
//! The law changes; the file carries a version and each rule names its article.
use std::sync::OnceLock;

use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::case::enums::{Demand, Language};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Texts {
    pub ru: String,
    pub en: String,
}

impl Texts {
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Ru => &self.ru,
            Language::En => &self.en,
        }
    }
}

/// What was sold: the law gives services their own deadlines and a higher penalty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Goods,
    Services,
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Term {
    #[serde(default)]
    pub days: u32,
    #[serde(default)]
    pub months: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Penalty {
    pub percent_per_day: u32,
    pub article: Texts,
    /// The services penalty (Art. 28 p. 5) cannot exceed the price.
    pub capped_at_price: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LegalRule {
    pub id: String,
    pub article: Texts,
    pub title: Texts,
    pub subject: Subject,
    pub demands: Vec<Demand>,
    /// The rule chosen for its demands unless the owner picks another.
    pub default: bool,
    /// Rests on a weaker source; the owner should check it.
    #[serde(default)]
    pub verify: bool,
    pub term: Term,
    pub penalty: Option<Penalty>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Profile {
    pub code: String,
    pub name: Texts,
    pub law: Texts,
    pub rules: Vec<LegalRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RulesFile {
    pub format: u32,
    pub version: String,
    pub note: String,
    pub profiles: Vec<Profile>,
}

const RULES_JSON: &str = include_str!("../../rules/legal-rules.json");

/// The rules shipped with this build. The file is part of the program (checked by the
/// tests below), not user data; a build with a broken file must not ship.
pub fn rules() -> &'static RulesFile {
    static RULES: OnceLock<RulesFile> = OnceLock::new();
    RULES.get_or_init(|| {
        #[allow(clippy::expect_used)]
        serde_json::from_str(RULES_JSON).expect("rules/legal-rules.json is part of the build and must parse")
    })
}

pub fn profile(code: &str) -> Option<&'static Profile> {
    rules().profiles.iter().find(|p| p.code == code)
}

pub fn rule(id: &str) -> Option<&'static LegalRule> {
    rules().profiles.iter().flat_map(|p| p.rules.iter()).find(|r| r.id == id)
}

/// The rule a new case starts with: the profile's default rule for the demand and for
/// what was sold (a service when the category is about service quality).
pub fn default_rule(profile_code: &str, demand: Demand, subject: Subject) -> Option<&'static LegalRule> {
    let rules = &profile(profile_code)?.rules;
    let fits = |r: &&LegalRule| r.default && r.demands.contains(&demand);
    rules
        .iter()
        .filter(fits)
        .find(|r| r.subject == subject)
        .or_else(|| rules.iter().filter(fits).find(|r| r.subject == Subject::Any))
}

/// The rules an owner may choose from for a demand (the defaults first).
pub fn choices(profile_code: &str, demand: Demand) -> Vec<&'static LegalRule> {
    let Some(profile) = profile(profile_code) else { return Vec::new() };
    let mut out: Vec<_> = profile.rules.iter().filter(|r| r.demands.contains(&demand)).collect();
    out.sort_by_key(|r| !r.default);
    out
}

/// The last day of the term. Civil Code Art. 191: a term in days starts the day after the
/// demand; a month ends on the same date of the next month, or on its last day.
pub fn deadline(rule: &LegalRule, demand_date: NaiveDate) -> NaiveDate {
    let after_months = demand_date.checked_add_months(Months::new(rule.term.months)).unwrap_or(demand_date);
    after_months + Duration::days(i64::from(rule.term.days))
}

/// Days late and the penalty accrued by `until` (inclusive), in minor units. Every day after
/// the deadline counts; a price unknown gives no amount.
pub fn penalty(rule: &LegalRule, price_minor: Option<i64>, deadline: NaiveDate, until: NaiveDate) -> (i64, Option<i64>) {
    let days_late = (until - deadline).num_days().max(0);
    let amount = match (&rule.penalty, price_minor) {
        (Some(p), Some(price)) if days_late > 0 => {
            let raw = i128::from(price) * i128::from(p.percent_per_day) * i128::from(days_late) / 100;
            let raw = if p.capped_at_price { raw.min(i128::from(price)) } else { raw };
            Some(i64::try_from(raw).unwrap_or(i64::MAX))
        }
        (Some(_), Some(_)) => Some(0),
        _ => None,
    };
    (days_late, amount)
}

/// A rule as the UI shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LegalRuleView {
    pub id: String,
    pub article: String,
    pub title: String,
    pub law: String,
    #[ts(type = "number")]
    pub days: u32,
    #[ts(type = "number")]
    pub months: u32,
    #[ts(type = "number | null")]
    pub penalty_percent_per_day: Option<u32>,
    pub penalty_article: Option<String>,
    pub verify: bool,
    pub rules_version: String,
}

pub fn view(rule: &LegalRule, language: Language) -> LegalRuleView {
    let law = rules()
        .profiles
        .iter()
        .find(|p| p.rules.iter().any(|r| r.id == rule.id))
        .map(|p| p.law.get(language).to_string())
        .unwrap_or_default();
    LegalRuleView {
        id: rule.id.clone(),
        article: rule.article.get(language).to_string(),
        title: rule.title.get(language).to_string(),
        law,
        days: rule.term.days,
        months: rule.term.months,
        penalty_percent_per_day: rule.penalty.as_ref().map(|p| p.percent_per_day),
        penalty_article: rule.penalty.as_ref().map(|p| p.article.get(language).to_string()),
        verify: rule.verify,
        rules_version: rules().version.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_parses_and_ids_are_unique() {
        let file = rules();
        assert_eq!(file.format, 1);
        let mut ids: Vec<_> = file.profiles.iter().flat_map(|p| p.rules.iter().map(|r| &r.id)).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
        assert!(profile("ru").is_some() && profile("none").is_some());
        for rule in file.profiles.iter().flat_map(|p| p.rules.iter()) {
            assert!(rule.term.days > 0 || rule.term.months > 0, "{} has no term", rule.id);
            assert!(!rule.article.ru.is_empty() && !rule.article.en.is_empty(), "{} names no article", rule.id);
        }
    }
}
