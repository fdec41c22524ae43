//! The closing letter on `Desk`: drafting it from a case, previewing and generating the PDF,
//! the kept versions, and the owner's wording of the standard phrases.
//!
//! Generated letters are kept under `files/letters/` in the data folder (so backups carry
//! them), one row per version in `letters`. The renderer is deterministic, so the same draft
//! under the same letterhead gives the same bytes: generating it again returns the version
//! already kept; an edited draft makes the next version and keeps the old ones.
use std::path::PathBuf;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;

use crate::case::Language;
use crate::checklist::{RemedyKind, StepCode};
use crate::desk::Desk;
use crate::error::{AmendsError, Result};
use crate::letter::draft::{self, Addressee, DraftFacts};
use crate::letter::{phrases, render_pdf, Letterhead, LetterDraft, LetterPhrase, PaperSize, Phrasebook, PhraseOverride, RenderedPdf};
use crate::store::letters::{self, LetterVersion, NewLetter};
use crate::store::{self, case_state::ShopContext, events, ledger};
use crate::time::{local_date, to_ms};
use crate::timeline::{hex_sha256, EventKind};

/// Where generated letters live, under the data folder.
pub const LETTERS_DIR: &str = "files/letters";

/// What the preview shows before the letter is generated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterPreview {
    pub page_count: u32,
    pub size_bytes: u32,
    /// Characters the letter's font lacks, printed as a visible mark: the UI should say so.
    pub replaced: Vec<String>,
    /// The PDF itself, base64, to show in the preview pane.
    pub pdf_base64: String,
}

/// Only digits, Latin letters and dashes from the case number go into a file name.
fn safe_stem(number: &str) -> String {
    let stem: String = number.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect();
    if stem.is_empty() { "case".to_string() } else { stem }
}

/// A stored letter path is `files/letters/<name>.pdf` with a plain name; anything else is
/// never opened (it may have come from an import).
pub fn is_letter_file(path: &str) -> bool {
    let Some(name) = path.strip_prefix(LETTERS_DIR).and_then(|rest| rest.strip_prefix('/')) else { return false };
    name.len() > 4
        && name.len() <= 120
        && name.ends_with(".pdf")
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_')
}

fn not_ready(missing: StepCode) -> AmendsError {
    AmendsError::StepRefused { rule: "letter_not_ready", step: StepCode::Letter.code().to_string(), detail: Some(missing.code().to_string()) }
}

fn text_value(steps: &crate::checklist::StepsState, step: StepCode, key: &str) -> Option<String> {
    steps.value(step, key).and_then(|v| v.as_str()).map(str::to_string)
}

/// The facts of a case for its letter; refused unless the findings (and, when the request
/// is not refused, the remedy) are recorded.
fn gather(conn: &Connection, case_id: &str, language: Option<Language>, shop: &ShopContext) -> Result<DraftFacts> {
    let case = store::cases::get(conn, case_id, shop.now)?;
    let profile = store::shop::get(conn)?.ok_or(AmendsError::ShopNotSetUp)?.fields;
    let steps = store::steps::load(conn, case_id)?;
    let done = |s: StepCode| steps.records.get(&s).is_some_and(|r| r.state == crate::checklist::StepState::Done);
    if !done(StepCode::Investigate) {
        return Err(not_ready(StepCode::Investigate));
    }
    if !steps.refused() && !done(StepCode::Remedy) {
        return Err(not_ready(StepCode::Remedy));
    }
    let customer = store::customers::get(conn, &case.customer.id)?.fields;
    let received = chrono::DateTime::parse_from_rfc3339(&case.received_at)
        .map(|d| d.date_naive())
        .unwrap_or_else(|_| local_date(shop.now, shop.tz));
    let today = local_date(shop.now, shop.tz);
    let currency = if case.currency.trim().is_empty() { profile.currency.clone() } else { case.currency.clone() };
    let paper = match profile.currency.as_str() {
        "USD" | "CAD" => PaperSize::Letter,
        _ => PaperSize::A4,
    };
    Ok(DraftFacts {
        case_id: case.id.clone(),
        case_number: case.number.clone(),
        language: language.unwrap_or(customer.language),
        paper,
        today,
        received,
        product: case.product.clone(),
        complaint: case.complaint.clone(),
        customer: Addressee {
            surname: customer.surname,
            first_name: customer.first_name,
            patronymic: customer.patronymic,
            gender: customer.gender,
            address_form: customer.address_form,
        },
        root_cause: steps.root_cause(),
        refusal: steps.refusal(),
        verdict: steps.verdict(),
        checked: text_value(&steps, StepCode::Investigate, "checked"),
        found: text_value(&steps, StepCode::Investigate, "found"),
        remedy: text_value(&steps, StepCode::Remedy, "remedy").and_then(|c| RemedyKind::from_code(&c)),
        remedy_details: text_value(&steps, StepCode::Remedy, "details"),
        compensation: ledger::compensations(conn, case_id, shop.tz)?,
        corrective: ledger::correctives(conn, case_id, shop.tz, today)?,
        corrective_note: text_value(&steps, StepCode::CorrectiveAction, "note"),
        currency,
        shop_phone: profile.phone,
        shop_email: profile.email,
        owner_name: profile.owner_name,
        owner_title: profile.owner_title,
    })
}

/// The shop's letterhead: name, then legal name, address and contacts; the logo if set.
fn letterhead(conn: &Connection) -> Result<Letterhead> {
    let profile = store::shop::get(conn)?.ok_or(AmendsError::ShopNotSetUp)?.fields;
    let logo: Option<Vec<u8>> = conn
        .query_row("SELECT logo FROM shop_profile WHERE id = 1", [], |r| r.get(0))
        .optional()?
        .flatten();
    let contacts = [profile.phone.trim(), profile.email.trim()].into_iter().filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" · ");
    let lines = [profile.legal_name.trim().to_string(), profile.address.trim().to_string(), contacts]
        .into_iter()
        .filter(|l| !l.is_empty() && l != profile.shop_name.trim())
        .collect();
    Ok(Letterhead { shop_name: profile.shop_name.trim().to_string(), lines, logo })
}

fn phrasebook(conn: &Connection) -> Result<Phrasebook> {
    Ok(Phrasebook::new(letters::phrase_overrides(conn)?))
}

fn check_draft(case_id: &str, draft: &LetterDraft) -> Result<()> {
    if draft.case_id != case_id {
        return Err(AmendsError::invalid("case_id", "mismatch"));
    }
    draft::validate(draft)
}

impl Desk {
    /// A fresh draft of the case's closing letter in `language` (default: the customer's).
    /// Refused with `step_refused`/`letter_not_ready` (detail: the missing step) until the
    /// investigation and, unless the request is refused, the remedy are recorded.
    pub fn letter_draft(&self, case_id: &str, language: Option<Language>) -> Result<LetterDraft> {
        let conn = self.conn();
        let shop = ShopContext::load(&conn, self.clock.now())?;
        let facts = gather(&conn, case_id, language, &shop)?;
        Ok(draft::draft(&facts, &phrasebook(&conn)?))
    }

    /// Renders a (possibly edited) draft under the shop's letterhead, without keeping it.
    pub fn render_letter(&self, case_id: &str, draft: &LetterDraft) -> Result<RenderedPdf> {
        check_draft(case_id, draft)?;
        let head = {
            let conn = self.conn();
            let shop = ShopContext::load(&conn, self.clock.now())?;
            gather(&conn, case_id, None, &shop)?;
            letterhead(&conn)?
        };
        render_pdf(&draft::to_document(draft, head))
    }

    /// The preview: the PDF as it would be generated, its pages and any replaced characters.
    pub fn letter_preview(&self, case_id: &str, draft: &LetterDraft) -> Result<LetterPreview> {
        use base64::Engine;
        let pdf = self.render_letter(case_id, draft)?;
        Ok(LetterPreview {
            page_count: pdf.page_count as u32,
            size_bytes: pdf.bytes.len() as u32,
            replaced: pdf.replaced.iter().map(|c| c.to_string()).collect(),
            pdf_base64: base64::engine::general_purpose::STANDARD.encode(&pdf.bytes),
        })
    }

    /// Generates the PDF and keeps it. The same draft (under the same letterhead) returns
    /// the version already kept; a changed one becomes the next version. Each new version
    /// is recorded in the case timeline (`letter_generated`).
    pub fn generate_letter(&self, case_id: &str, draft: &LetterDraft, actor_id: Option<&str>) -> Result<LetterVersion> {
        let pdf = self.render_letter(case_id, draft)?;
        let sha256 = hex_sha256(&pdf.bytes);
        let draft_json = serde_json::to_string(draft)?;
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let shop = ShopContext::load(&tx, self.clock.now())?;
        if let Some(existing) = letters::by_hash(&tx, case_id, &sha256, shop.tz)? {
            // Put the file back should it have gone missing: same bytes, same name.
            if is_letter_file(&existing.file) {
                crate::evidence::write_once(&self.data_dir.join(&existing.file), &pdf.bytes)?;
            }
            return Ok(existing);
        }
        let actor = crate::desk_checklist::actor(&tx, actor_id)?;
        let version = letters::next_version(&tx, case_id)?;
        let number: String = tx.query_row("SELECT number FROM cases WHERE id = ?1", [case_id], |r| r.get(0))?;
        let file = format!("{LETTERS_DIR}/{}-v{version}-{}.pdf", safe_stem(&number), &sha256[..12]);
        crate::evidence::write_once(&self.data_dir.join(&file), &pdf.bytes)?;
        let id = store::new_id();
        letters::insert(
            &tx,
            &NewLetter {
                id: &id,
                case_id,
                version,
                language: draft.language,
                paper: draft.paper,
                sha256: &sha256,
                draft_json: &draft_json,
                file: &file,
                page_count: pdf.page_count as u32,
                created_at: shop.now,
            },
        )?;
        let payload = json!({
            "letter_id": id,
            "version": version,
            "sha256": sha256,
            "language": draft.language.code(),
            "paper": draft.paper,
            "pages": pdf.page_count,
            "file": file,
        });
        events::append(&tx, case_id, shop.now, &actor, EventKind::LetterGenerated, Some(StepCode::Letter), &payload)?;
        tx.execute("UPDATE cases SET updated_at = ?2 WHERE id = ?1", rusqlite::params![case_id, to_ms(shop.now)])?;
        let kept = letters::get(&tx, &id, shop.tz)?;
        tx.commit()?;
        Ok(kept)
    }

    /// The case's generated letters, oldest version first.
    pub fn list_letters(&self, case_id: &str) -> Result<Vec<LetterVersion>> {
        let conn = self.conn();
        let tz = store::cases::shop_tz(&conn)?;
        letters::list(&conn, case_id, tz)
    }

    /// The PDF file of a generated letter, to open, print or save elsewhere.
    pub fn letter_path(&self, letter_id: &str) -> Result<PathBuf> {
        let conn = self.conn();
        let letter = letters::get(&conn, letter_id, chrono_tz::Tz::UTC)?;
        let path = self.data_dir.join(&letter.file);
        if !is_letter_file(&letter.file) || !path.is_file() {
            return Err(AmendsError::NotFound { entity: "letter_file", id: letter_id.to_string() });
        }
        Ok(path)
    }

    /// Every standard phrase in both languages, with the owner's wording where set.
    pub fn letter_phrases(&self) -> Result<Vec<LetterPhrase>> {
        Ok(phrasebook(&self.conn())?.views())
    }

    /// Saves owners' wordings (all or none): an empty text or the standard text restores
    /// the standard phrase. Each must keep the phrase's `{placeholders}`.
    pub fn save_letter_phrases(&self, changes: &[PhraseOverride]) -> Result<Vec<LetterPhrase>> {
        phrases::validate(changes)?;
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let now = self.clock.now();
        for change in changes {
            let text = change.text.trim();
            let standard = phrases::standard(&change.id).map(|p| p.text(change.language)).unwrap_or("");
            let own = (!text.is_empty() && text != standard).then_some(text);
            letters::set_phrase(&tx, &change.id, change.language, own, now)?;
        }
        let views = phrasebook(&tx)?.views();
        tx.commit()?;
        Ok(views)
    }
}
