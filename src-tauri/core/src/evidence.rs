//! Evidence files (photos, scans, PDFs) attached to cases. A file is recognised by its
//! content, not its name, copied into the data folder under its SHA-256 (so the same file
//! is stored once), and an image gets a small thumbnail. The user's file name is kept for
//! display only and never becomes part of a path.
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{AmendsError, FieldError, Result};
use crate::timeline::hex_sha256;

/// Larger files are refused: a phone photo is a few MB, a scanned PDF rarely more than 20.
pub const MAX_BYTES: u64 = 25 * 1024 * 1024;
/// Images larger than this in either side are refused before decoding (a decompression bomb
/// would otherwise take all memory).
pub const MAX_IMAGE_SIDE: u32 = 12_000;
pub const THUMB_SIDE: u32 = 320;
pub const MAX_FILE_NAME: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum EvidenceType {
    #[serde(rename = "image/png")]
    Png,
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "application/pdf")]
    Pdf,
}

impl EvidenceType {
    pub fn mime(self) -> &'static str {
        match self {
            EvidenceType::Png => "image/png",
            EvidenceType::Jpeg => "image/jpeg",
            EvidenceType::Pdf => "application/pdf",
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            EvidenceType::Png => "png",
            EvidenceType::Jpeg => "jpg",
            EvidenceType::Pdf => "pdf",
        }
    }
    pub fn from_mime(mime: &str) -> Option<Self> {
        [EvidenceType::Png, EvidenceType::Jpeg, EvidenceType::Pdf].into_iter().find(|t| t.mime() == mime)
    }
    pub fn is_image(self) -> bool {
        self != EvidenceType::Pdf
    }
}

/// One attached file as the case page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EvidenceItem {
    pub id: String,
    pub case_id: String,
    pub file_name: String,
    pub mime: String,
    #[ts(type = "number")]
    pub size: i64,
    pub sha256: String,
    pub created_at: String,
    /// A `data:` URL of the thumbnail (images only).
    pub thumbnail: Option<String>,
}

/// Recognises the accepted formats by their first bytes.
pub fn sniff(bytes: &[u8]) -> Option<EvidenceType> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(EvidenceType::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(EvidenceType::Jpeg)
    } else if bytes.starts_with(b"%PDF-") {
        Some(EvidenceType::Pdf)
    } else {
        None
    }
}

/// The name shown for a file: its last path component, without control characters,
/// at most `MAX_FILE_NAME` characters. Only ever displayed.
pub fn display_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let cleaned: String = last.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
    let cleaned = if cleaned.is_empty() || cleaned == "." || cleaned == ".." { "file".to_string() } else { cleaned };
    cleaned.chars().take(MAX_FILE_NAME).collect()
}

fn refuse(code: &str) -> AmendsError {
    AmendsError::Invalid(vec![FieldError::new("file", code)])
}

fn refuse_limit(code: &str, limit: i64) -> AmendsError {
    AmendsError::Invalid(vec![FieldError::with_limit("file", code, limit)])
}

/// Reads a file the user picked, refusing what is too large before reading it whole.
pub fn read_picked(path: &Path) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|_| refuse("unreadable"))?;
    if !meta.is_file() {
        return Err(refuse("unreadable"));
    }
    if meta.len() > MAX_BYTES {
        return Err(refuse_limit("file_too_large", MAX_BYTES as i64));
    }
    std::fs::read(path).map_err(|_| refuse("unreadable"))
}

/// A checked file, ready to store.
pub struct Checked {
    pub kind: EvidenceType,
    pub sha256: String,
    pub thumbnail: Option<Vec<u8>>,
}

/// Checks the content: size, a supported format, an image that decodes within limits.
pub fn check(bytes: &[u8]) -> Result<Checked> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(refuse_limit("file_too_large", MAX_BYTES as i64));
    }
    if bytes.is_empty() {
        return Err(refuse("empty"));
    }
    let kind = sniff(bytes).ok_or_else(|| refuse("unsupported_type"))?;
    let thumbnail = if kind.is_image() { Some(thumbnail(bytes)?) } else { None };
    Ok(Checked { kind, sha256: hex_sha256(bytes), thumbnail })
}

fn thumbnail(bytes: &[u8]) -> Result<Vec<u8>> {
    let size = imagesize::blob_size(bytes).map_err(|_| refuse("image_broken"))?;
    if size.width as u64 > u64::from(MAX_IMAGE_SIDE) || size.height as u64 > u64::from(MAX_IMAGE_SIDE) {
        return Err(refuse_limit("image_too_large", i64::from(MAX_IMAGE_SIDE)));
    }
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes));
    reader = reader.with_guessed_format().map_err(|_| refuse("image_broken"))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(768 * 1024 * 1024);
    reader.limits(limits);
    let decoded = reader.decode().map_err(|_| refuse("image_broken"))?;
    let small = decoded.thumbnail(THUMB_SIDE, THUMB_SIDE).to_rgb8();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(&small)
        .map_err(|_| refuse("image_broken"))?;
    Ok(out)
}

/// The evidence folder, inside the data folder's `files/` that every backup copies.
fn evidence_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(crate::backup::FILES_DIR).join("evidence")
}

/// Where a stored file lives: `files/evidence/<first two hex>/<sha256>.<ext>`. Built only
/// from the hash and the sniffed type, never from anything the user typed.
pub fn stored_path(data_dir: &Path, sha256: &str, kind: EvidenceType) -> PathBuf {
    evidence_dir(data_dir).join(sha256.get(..2).unwrap_or("00")).join(format!("{sha256}.{}", kind.extension()))
}

pub fn thumb_path(data_dir: &Path, sha256: &str) -> PathBuf {
    evidence_dir(data_dir).join("thumbs").join(format!("{sha256}.jpg"))
}

/// Writes `bytes` to `path` unless a file with this content is already there; through a
/// temporary file and a rename, so a crash never leaves half a file under the final name.
pub fn write_once(path: &Path, bytes: &[u8]) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    let dir = path.parent().ok_or_else(|| refuse("unreadable"))?;
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile_in(dir)?;
    tmp.1.write_all(bytes)?;
    tmp.1.sync_all()?;
    std::fs::rename(&tmp.0, path)?;
    Ok(())
}

fn tempfile_in(dir: &Path) -> Result<(PathBuf, std::fs::File)> {
    for n in 0..100u32 {
        let path = dir.join(format!(".incoming-{}-{n}.partial", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(refuse("unreadable"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_never_carry_a_path() {
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("C:\\Users\\a\\photo 1.jpg"), "photo 1.jpg");
        assert_eq!(display_name(".."), "file");
        assert_eq!(display_name("a\u{0}b.png"), "ab.png");
    }

    #[test]
    fn content_decides_the_type() {
        assert_eq!(sniff(b"%PDF-1.7 ..."), Some(EvidenceType::Pdf));
        assert_eq!(sniff(b"GIF89a"), None);
        assert!(matches!(check(b"hello"), Err(AmendsError::Invalid(e)) if e[0].code == "unsupported_type"));
        // A PNG header with nothing behind it is a broken image, not a crash.
        assert!(matches!(check(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(AmendsError::Invalid(e)) if e[0].code == "image_broken"));
    }
}
