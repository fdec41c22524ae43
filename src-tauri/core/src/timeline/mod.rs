//! The case timeline: append-only events, each carrying the hash of the one before it, so
//! any edit or removal of a stored event is detectable (`verify`). Corrections are new
//! events, never edits. No SQL here; `store::events` writes and reads the rows.
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::case::enums::code_enum;
use crate::checklist::StepCode;

code_enum!(
    /// What happened. Stable codes: stored, exported, translated by the UI.
    EventKind {
        CaseCreated => "case_created", CaseEdited => "case_edited",
        StepDone => "step_done", StepSkipped => "step_skipped", StepReopened => "step_reopened",
        Note => "note", Call => "call",
        EvidenceAdded => "evidence_added", EvidenceRemoved => "evidence_removed",
        CompensationAdded => "compensation_added", CompensationChanged => "compensation_changed",
        CompensationRedeemed => "compensation_redeemed", CompensationRemoved => "compensation_removed",
        CorrectiveAdded => "corrective_added", CorrectiveChanged => "corrective_changed",
        CorrectiveDone => "corrective_done", CorrectiveRemoved => "corrective_removed",
        LegalRuleChanged => "legal_rule_changed", WarningOverridden => "warning_overridden",
        LetterGenerated => "letter_generated",
    }
);

/// The hash before a case's first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An event as stored. `payload` is JSON text; it becomes None when the customer is
/// forgotten, while `payload_hash` keeps the chain verifiable.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub id: String,
    pub case_id: String,
    pub seq: i64,
    pub at_ms: i64,
    pub actor_id: Option<String>,
    pub actor_name: String,
    pub kind: EventKind,
    pub step: Option<StepCode>,
    pub payload: Option<String>,
    pub payload_hash: String,
    pub prev_hash: String,
    pub hash: String,
}

pub fn hex_sha256(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push(HEX[usize::from(byte >> 4)] as char);
        out.push(HEX[usize::from(byte & 0x0f)] as char);
    }
    out
}

/// The hash of an event: every stored column but its own hash, in a fixed order with
/// separators no field can contain unescaped (JSON strings).
pub fn event_hash(row: &EventRow) -> String {
    let canonical = serde_json::json!([
        row.prev_hash, row.id, row.case_id, row.seq, row.at_ms, row.actor_id, row.actor_name,
        row.kind.code(), row.step.map(StepCode::code), row.payload_hash
    ]);
    hex_sha256(canonical.to_string().as_bytes())
}

/// Where a chain breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChainBreak {
    pub case_id: String,
    /// The case's readable number, filled in by the store.
    pub case_number: Option<String>,
    pub event_id: String,
    #[ts(type = "number")]
    pub seq: i64,
    /// `payload_altered`, `hash_mismatch`, `broken_link` or `sequence_gap`.
    pub problem: String,
}

/// Checks one case's events, given in `seq` order; returns the first broken one.
pub fn verify(events: &[EventRow]) -> Option<ChainBreak> {
    let mut prev = GENESIS.to_string();
    for (i, row) in events.iter().enumerate() {
        let fail = |problem: &str| {
            Some(ChainBreak { case_id: row.case_id.clone(), case_number: None, event_id: row.id.clone(), seq: row.seq, problem: problem.into() })
        };
        if row.seq != i as i64 + 1 {
            return fail("sequence_gap");
        }
        if row.prev_hash != prev {
            return fail("broken_link");
        }
        if let Some(payload) = &row.payload {
            if hex_sha256(payload.as_bytes()) != row.payload_hash {
                return fail("payload_altered");
            }
        }
        if event_hash(row) != row.hash {
            return fail("hash_mismatch");
        }
        prev = row.hash.clone();
    }
    None
}

/// One event as the case page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineEvent {
    pub id: String,
    #[ts(type = "number")]
    pub seq: i64,
    /// RFC 3339 in the shop's time zone.
    pub at: String,
    pub actor_name: String,
    pub kind: EventKind,
    pub step: Option<StepCode>,
    /// What happened, old and new values; null once the customer was forgotten.
    #[ts(type = "Record<string, unknown> | null")]
    pub payload: Option<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: usize) -> Vec<EventRow> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let payload = format!("{{\"n\":{seq}}}");
                let mut row = EventRow {
                    id: format!("e{seq}"),
                    case_id: "c".into(),
                    seq: seq as i64,
                    at_ms: 1000 * seq as i64,
                    actor_id: None,
                    actor_name: "Owner".into(),
                    kind: EventKind::Note,
                    step: None,
                    payload_hash: hex_sha256(payload.as_bytes()),
                    payload: Some(payload),
                    prev_hash: prev.clone(),
                    hash: String::new(),
                };
                row.hash = event_hash(&row);
                prev = row.hash.clone();
                row
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_verifies_and_any_change_is_named() {
        assert_eq!(verify(&chain(5)), None);
        let mut edited = chain(5);
        edited[2].payload = Some("{\"n\":99}".into());
        assert_eq!(verify(&edited).map(|b| (b.seq, b.problem)), Some((3, "payload_altered".into())));
        let mut retimed = chain(5);
        retimed[3].at_ms += 1;
        assert_eq!(verify(&retimed).map(|b| (b.seq, b.problem)), Some((4, "hash_mismatch".into())));
        let mut removed = chain(5);
        removed.remove(1);
        assert_eq!(verify(&removed).map(|b| (b.seq, b.problem)), Some((3, "sequence_gap".into())));
        // A redacted payload (customer forgotten) keeps the chain valid.
        let mut redacted = chain(5);
        redacted[1].payload = None;
        assert_eq!(verify(&redacted), None);
    }
}
