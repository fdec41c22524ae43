//! The fields a step records, described as data, and their validation. A step's values
//! travel as one JSON object (`StepValues`); the definitions say which keys it may hold,
//! of what kind, and which are required, so the UI can draw every step's form from them
//! and the core re-checks whatever the UI sent.
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::case::validate::Checker;
use crate::error::FieldError;

/// A step's recorded values, keyed by field.
pub type StepValues = Map<String, Value>;

/// When a time may lie, relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TimeRule {
    /// Something that happened: not in the future.
    Past,
    /// A promise: any time; the engine checks it against the case's clocks.
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FieldKind {
    /// One line of text.
    Text { max: u32 },
    /// Paragraphs.
    LongText { max: u32 },
    /// An instant, RFC 3339 with offset.
    DateTime { rule: TimeRule },
    /// A whole number of minutes.
    Minutes { max: u32 },
    /// One code of a closed vocabulary (translated by the UI as `<field>.<code>`).
    Choice {
        #[ts(type = "string[]")]
        options: &'static [&'static str],
    },
    /// Yes or no; `must_be_true` for a confirmation the step cannot do without.
    Bool { must_be_true: bool },
    /// 1 to 5.
    Rating,
}

/// What the form offers before the user types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FieldDefault {
    Empty,
    Now,
    /// The channel the complaint came through: the acknowledgement goes back the same way.
    CaseChannel,
    /// A proposal computed from the case's clocks (the promised decision date).
    Proposed,
    Value(#[ts(type = "string | boolean")] DefaultValue),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
pub enum DefaultValue {
    Code(#[ts(type = "string")] &'static str),
    Flag(bool),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct FieldDef {
    #[ts(type = "string")]
    pub key: &'static str,
    pub kind: FieldKind,
    pub required: bool,
    pub default: FieldDefault,
}

impl FieldDef {
    /// Free text is where a customer's words and personal details end up: it is what
    /// "forget this customer" erases from the steps.
    pub fn is_free_text(&self) -> bool {
        matches!(self.kind, FieldKind::Text { .. } | FieldKind::LongText { .. })
    }
}

/// A time typed a few minutes ahead of this machine (another device's clock) is accepted.
const FUTURE_SKEW: Duration = Duration::minutes(5);

/// Checks `values` against `defs`; returns them normalised (text trimmed, blanks dropped,
/// times in UTC). Every problem becomes a field error named by its key.
pub fn validate(defs: &[FieldDef], values: &StepValues, now: DateTime<Utc>) -> Result<StepValues, Vec<FieldError>> {
    let mut out = StepValues::new();
    let mut errors: Vec<FieldError> = Vec::new();
    for key in values.keys() {
        if !defs.iter().any(|d| d.key == key) {
            errors.push(FieldError::new(key.as_str(), "unknown_field"));
        }
    }
    for def in defs {
        let value = values.get(def.key).filter(|v| !is_blank(v));
        let Some(value) = value else {
            match def.kind {
                // An unticked box is an answer ("no"), except for a required confirmation.
                FieldKind::Bool { must_be_true: true } => errors.push(FieldError::new(def.key, "must_confirm")),
                FieldKind::Bool { .. } => {
                    out.insert(def.key.into(), Value::Bool(false));
                }
                _ if def.required => errors.push(FieldError::new(def.key, "required")),
                _ => {}
            }
            continue;
        };
        match check_one(def, value, now) {
            Ok(clean) => {
                out.insert(def.key.into(), clean);
            }
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

fn check_one(def: &FieldDef, value: &Value, now: DateTime<Utc>) -> Result<Value, FieldError> {
    let key = def.key;
    let wrong = || FieldError::new(key, "wrong_type");
    match def.kind {
        FieldKind::Text { max } | FieldKind::LongText { max } => {
            let text = value.as_str().ok_or_else(wrong)?;
            let mut checker = Checker::new();
            checker.required(key, text, max as usize);
            match checker.finish() {
                Ok(()) => Ok(Value::String(text.trim().to_string())),
                Err(crate::error::AmendsError::Invalid(mut e)) if !e.is_empty() => Err(e.remove(0)),
                Err(_) => Err(wrong()),
            }
        }
        FieldKind::DateTime { rule } => {
            let text = value.as_str().ok_or_else(wrong)?;
            let at = DateTime::parse_from_rfc3339(text.trim())
                .map_err(|_| FieldError::new(key, "invalid_datetime"))?
                .with_timezone(&Utc);
            if rule == TimeRule::Past && at > now + FUTURE_SKEW {
                return Err(FieldError::new(key, "in_future"));
            }
            Ok(Value::String(crate::time::rfc3339_utc(crate::time::to_ms(at))))
        }
        FieldKind::Minutes { max } => {
            let minutes = value.as_u64().ok_or_else(|| FieldError::new(key, "not_a_number"))?;
            if minutes > u64::from(max) {
                return Err(FieldError::with_limit(key, "too_large", i64::from(max)));
            }
            Ok(Value::from(minutes))
        }
        FieldKind::Choice { options } => {
            let code = value.as_str().ok_or_else(wrong)?;
            if options.contains(&code) {
                Ok(Value::String(code.to_string()))
            } else {
                Err(FieldError::new(key, "unknown_choice"))
            }
        }
        FieldKind::Bool { must_be_true } => {
            let flag = value.as_bool().ok_or_else(wrong)?;
            if must_be_true && !flag {
                return Err(FieldError::new(key, "must_confirm"));
            }
            Ok(Value::Bool(flag))
        }
        FieldKind::Rating => match value.as_u64() {
            Some(n @ 1..=5) => Ok(Value::from(n)),
            _ => Err(FieldError::new(key, "rating_range")),
        },
    }
}

/// Reads a recorded value back (the values were validated when stored).
pub fn text<'a>(values: &'a StepValues, key: &str) -> Option<&'a str> {
    values.get(key).and_then(Value::as_str)
}

pub fn time(values: &StepValues, key: &str) -> Option<DateTime<Utc>> {
    text(values, key).and_then(|t| DateTime::parse_from_rfc3339(t).ok()).map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const DEFS: &[FieldDef] = &[
        FieldDef { key: "at", kind: FieldKind::DateTime { rule: TimeRule::Past }, required: true, default: FieldDefault::Now },
        FieldDef { key: "summary", kind: FieldKind::LongText { max: 10 }, required: true, default: FieldDefault::Empty },
        FieldDef { key: "ok", kind: FieldKind::Bool { must_be_true: true }, required: true, default: FieldDefault::Empty },
        FieldDef { key: "score", kind: FieldKind::Rating, required: false, default: FieldDefault::Empty },
        FieldDef { key: "pick", kind: FieldKind::Choice { options: &["a", "b"] }, required: false, default: FieldDefault::Empty },
    ];

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z").unwrap().with_timezone(&Utc)
    }

    fn codes(values: serde_json::Value) -> Vec<(String, String)> {
        let map = values.as_object().unwrap().clone();
        match validate(DEFS, &map, now()) {
            Ok(_) => vec![],
            Err(errors) => errors.into_iter().map(|e| (e.field, e.code)).collect(),
        }
    }

    #[test]
    fn good_values_are_normalised() {
        let map = json!({"at": "2026-11-25T12:00:00+03:00", "summary": "  hi ", "ok": true, "score": 4})
            .as_object().unwrap().clone();
        let clean = validate(DEFS, &map, now()).unwrap();
        assert_eq!(clean["at"], "2026-11-25T09:00:00.000Z");
        assert_eq!(clean["summary"], "hi");
        assert_eq!(clean["score"], 4);
    }

    #[test]
    fn every_bad_field_is_named() {
        let found = codes(json!({"at": "2026-11-26T10:00:00Z", "summary": "far too long text", "ok": false,
                                 "score": 6, "pick": "c", "extra": 1}));
        let expect = [("extra", "unknown_field"), ("at", "in_future"), ("summary", "too_long"),
                      ("ok", "must_confirm"), ("score", "rating_range"), ("pick", "unknown_choice")];
        for (field, code) in expect {
            assert!(found.contains(&(field.to_string(), code.to_string())), "{field} {code} in {found:?}");
        }
        assert_eq!(codes(json!({})), vec![("at".into(), "required".into()), ("summary".into(), "required".into()), ("ok".into(), "must_confirm".into())]);
    }
}
