//! The TypeScript declarations of every type the UI exchanges with the core, generated
//! into one committed file (`ui/src/bindings.ts`). A test fails when that file is stale;
//! `UPDATE_BINDINGS=1 cargo test -p amends-core bindings` rewrites it.
use ts_rs::{Config, TS};

use crate::case::validate::max;
use crate::case::*;
use crate::backup::{BackupInfo, BackupKind, CheckReport, NewestCase, RecoveryReport};
use crate::desk::AppInfo;
use crate::desk_safety::RestoreReport;
use crate::privacy::ForgetReport;
use crate::store::audit::AuditEvent;
use crate::error::{ErrorPayload, FieldError};
use crate::checklist::fields::{DefaultValue, FieldDefault, TimeRule};
use crate::checklist::*;
use crate::checklist::steps::{Condition, DueRule, Skip};
use crate::clock::case_clocks::{CaseClocks, LegalClock, ShopClock};
use crate::clock::{LegalRuleView, OpeningHours, ServiceTargets};
use crate::desk_checklist::{CallInput, CaseChecklist, StepView, TodayView, VerifyReport};
use crate::evidence::EvidenceItem;
use crate::stats::{Bar, Breakdowns, KindTotal, Median, MonthFigures, MonthReview, Share, TrendPoint};
use crate::store::today::{DueClock, TodayCounts, TodayItem};
use crate::timeline::{ChainBreak, EventKind, TimelineEvent};
use crate::desk_letters::LetterPreview;
use crate::letter::{DraftSection, LetterDraft, LetterPhrase, PaperSize, PhraseOverride};
use crate::store::letters::LetterVersion;

macro_rules! declarations {
    ($cfg:expr; $($ty:ty),+ $(,)?) => {
        vec![$(format!("export {}", <$ty as TS>::decl($cfg))),+]
    };
}

/// The whole generated file.
pub fn typescript() -> String {
    let cfg = Config::default();
    let decls: Vec<String> = declarations!(&cfg;
        Language, Channel, Demand, Mood, CaseStatus, Gender, AddressForm, CaseSort,
        FieldError, ErrorPayload, AppInfo,
        ShopProfileInput, ShopProfile,
        CustomerInput, Customer, CustomerSummary, CustomerPage,
        StaffInput, Staff, StaffRef,
        Category, CategoryInput, CategoryRef,
        CustomerRef, CaseInput, CaseView, CaseListItem, CaseQuery, CasePage,
        BackupKind, NewestCase, BackupInfo, CheckReport, RestoreReport, RecoveryReport,
        ForgetReport, AuditEvent,
        StepCode, StepState, RootCause, Refusal, Verdict, RemedyKind, HandoverMethod,
        CompensationKind, WarningCode, EventKind,
        TimeRule, FieldKind, FieldDefault, DefaultValue, FieldDef,
        Condition, Skip, DueRule, StepDef, StepSnapshot, ChecklistAction, StepView,
        ShopClock, LegalClock, LegalRuleView, CaseClocks,
        CompensationInput, CompensationItem, CorrectiveInput, CorrectiveAction, EvidenceItem,
        CaseChecklist, CallInput, TimelineEvent, ChainBreak, VerifyReport,
        DueClock, TodayItem, TodayView, TodayCounts, OpeningHours, ServiceTargets,
        Share, Median, KindTotal, MonthFigures, Bar, Breakdowns, TrendPoint, MonthReview,
        PaperSize, DraftSection, LetterDraft, LetterPreview, LetterVersion, LetterPhrase, PhraseOverride,
    );
    let mut out = String::from(
        "// Generated from the Rust types of amends-core by `UPDATE_BINDINGS=1 cargo test -p amends-core bindings`.\n// Do not edit by hand: a test fails when this file differs from the Rust types.\n\n",
    );
    for decl in decls {
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.push_str(&limits_const());
    out.push_str(&code_lists());
    out
}

/// Field limits, so the UI checks exactly what the core enforces.
fn limits_const() -> String {
    let limits: &[(&str, i64)] = &[
        ("shopName", max::SHOP_NAME as i64),
        ("legalName", max::LEGAL_NAME as i64),
        ("address", max::ADDRESS as i64),
        ("personName", max::PERSON_NAME as i64),
        ("ownerTitle", max::OWNER_TITLE as i64),
        ("phone", max::PHONE as i64),
        ("email", max::EMAIL as i64),
        ("messenger", max::MESSENGER as i64),
        ("note", max::NOTE as i64),
        ("orderNo", max::ORDER_NO as i64),
        ("product", max::PRODUCT as i64),
        ("complaint", max::COMPLAINT as i64),
        ("demandNote", max::DEMAND_NOTE as i64),
        ("staffName", max::STAFF_NAME as i64),
        ("staffRole", max::STAFF_ROLE as i64),
        ("categoryName", max::CATEGORY_NAME as i64),
        ("ackTargetHours", max::ACK_TARGET_HOURS as i64),
        ("moneyMinor", max::MONEY_MINOR),
        ("stepReason", crate::checklist::engine::MAX_REASON as i64),
        ("timelineNote", crate::desk_checklist::MAX_NOTE as i64),
        ("howToUse", crate::case::compensation::MAX_HOW_TO_USE as i64),
        ("voucherCode", crate::case::compensation::MAX_VOUCHER_CODE as i64),
        ("correctiveDescription", crate::case::corrective::MAX_DESCRIPTION as i64),
        ("decisionDays", crate::clock::targets::max::DECISION_DAYS as i64),
        ("followUpDays", crate::clock::targets::max::FOLLOW_UP_DAYS as i64),
        ("evidenceBytes", crate::evidence::MAX_BYTES as i64),
        ("letterPhrase", crate::letter::phrases::MAX_PHRASE as i64),
        ("letterLine", crate::letter::draft::MAX_LINE as i64),
        ("letterSectionText", crate::letter::draft::MAX_SECTION_TEXT as i64),
    ];
    let body: Vec<String> = limits.iter().map(|(k, v)| format!("  {k}: {v},")).collect();
    format!("/** Maximum lengths (characters) and values the core enforces. */\nexport const LIMITS = {{\n{}\n}} as const;\n\n", body.join("\n"))
}

/// Every code of each closed vocabulary, in display order, for selects and filters.
fn code_lists() -> String {
    fn list<T: serde::Serialize>(name: &str, ty: &str, all: &[T]) -> String {
        let codes: Vec<String> = all.iter().filter_map(|v| serde_json::to_string(v).ok()).collect();
        format!("export const {name}: readonly {ty}[] = [{}];\n", codes.join(", "))
    }
    [
        list("LANGUAGES", "Language", Language::ALL),
        list("CHANNELS", "Channel", Channel::ALL),
        list("DEMANDS", "Demand", Demand::ALL),
        list("MOODS", "Mood", Mood::ALL),
        list("CASE_STATUSES", "CaseStatus", CaseStatus::ALL),
        list("GENDERS", "Gender", Gender::ALL),
        list("ADDRESS_FORMS", "AddressForm", AddressForm::ALL),
        list("CASE_SORTS", "CaseSort", CaseSort::ALL),
        list("STEP_CODES", "StepCode", StepCode::ALL),
        list("ROOT_CAUSES", "RootCause", RootCause::ALL),
        list("VERDICTS", "Verdict", Verdict::ALL),
        list("REMEDY_KINDS", "RemedyKind", RemedyKind::ALL),
        list("HANDOVER_METHODS", "HandoverMethod", HandoverMethod::ALL),
        list("COMPENSATION_KINDS", "CompensationKind", CompensationKind::ALL),
        list("EVENT_KINDS", "EventKind", EventKind::ALL),
        list("WARNING_CODES", "WarningCode", WarningCode::ALL),
        list("REFUSALS", "Refusal", Refusal::ALL),
        list("STEP_STATES", "StepState", StepState::ALL),
        format!(
            "export const STARTING_CATEGORY_CODES: readonly string[] = [{}];\n",
            STARTING_CATEGORIES_QUOTED.join(", ")
        ),
        format!(
            "export const COMMON_CURRENCIES: readonly string[] = [{}];\n",
            shop::COMMON_CURRENCIES.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
        ),
    ]
    .concat()
}

static STARTING_CATEGORIES_QUOTED: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    category::STARTING_CATEGORIES.iter().map(|c| format!("\"{c}\"")).collect()
});

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    fn committed_path() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/bindings.ts")
    }

    #[test]
    fn bindings_are_current() {
        let generated = super::typescript();
        let path = committed_path();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).expect("write ui/src/bindings.ts");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test -p amends-core bindings` and commit it"
        );
    }
}
