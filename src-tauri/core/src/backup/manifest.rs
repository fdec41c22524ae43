//! `manifest.json`: what a backup holds and each file's SHA-256, and the verification of a
//! backup folder against it.
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{BackupInfo, BackupKind, NewestCase, BACKUP_DATABASE, MANIFEST_FILE};
use crate::error::{AmendsError, Result};

pub const FORMAT_NAME: &str = "amends-backup";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Relative to the backup folder, '/'-separated: "amends.db", "files/letters/x.pdf".
    pub path: String,
    pub size: u64,
    /// Lower-case hex.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub kind: BackupKind,
    pub created_at: String,
    pub app_version: String,
    pub schema_version: i64,
    pub case_count: i64,
    pub newest_case: Option<NewestCase>,
    pub files: Vec<ManifestEntry>,
}

/// SHA-256 of a file as lower-case hex, read in blocks (a database can be large).
pub fn sha256_file(path: &Path) -> Result<(u64, String)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    let hex = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok((size, hex))
}

fn invalid(dir: &Path, problem: impl Into<String>) -> AmendsError {
    AmendsError::BackupInvalid { path: dir.display().to_string(), problems: vec![problem.into()] }
}

pub fn read(dir: &Path) -> Result<Manifest> {
    let text = std::fs::read_to_string(dir.join(MANIFEST_FILE))
        .map_err(|err| invalid(dir, format!("no readable {MANIFEST_FILE}: {err}")))?;
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|err| invalid(dir, format!("{MANIFEST_FILE}: {err}")))?;
    if manifest.format != FORMAT_NAME || manifest.version != FORMAT_VERSION {
        return Err(invalid(dir, format!("not an {FORMAT_NAME} version {FORMAT_VERSION} manifest")));
    }
    Ok(manifest)
}

/// Writes the manifest and forces it to disk: it is the last thing a backup gets.
pub fn write(dir: &Path, manifest: &Manifest) -> Result<()> {
    let mut file = std::fs::File::create(dir.join(MANIFEST_FILE))?;
    file.write_all(&serde_json::to_vec_pretty(manifest)?)?;
    file.sync_all()?;
    Ok(())
}

/// A manifest path as a path inside `dir`, refusing anything that would leave it
/// (absolute paths, "..") — a tampered manifest must not make a restore write elsewhere.
pub fn inside(dir: &Path, relative: &str) -> Option<PathBuf> {
    let rel = Path::new(relative);
    let safe = !relative.is_empty() && rel.components().all(|c| matches!(c, Component::Normal(_)));
    safe.then(|| dir.join(rel))
}

/// Every regular file under `dir` (recursively), as '/'-separated relative paths, sorted.
/// Symbolic links are not followed: a backup holds the app's own files only.
pub fn files_under(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), String::new())];
    while let Some((abs, rel)) = stack.pop() {
        let entries = match std::fs::read_dir(&abs) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(err) => return Err(err.into()),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel_path = if rel.is_empty() { name } else { format!("{rel}/{name}") };
            let kind = entry.file_type()?;
            if kind.is_dir() {
                stack.push((entry.path(), rel_path));
            } else if kind.is_file() {
                out.push(rel_path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Checks a backup folder: the manifest reads, every file it lists is there with its size
/// and hash, nothing unlisted was added, and the database passes `integrity_check`.
/// Returns the manifest and the problems found (empty: the backup is good).
pub fn verify(dir: &Path) -> Result<(Manifest, Vec<String>)> {
    let manifest = read(dir)?;
    let mut problems = Vec::new();
    for entry in &manifest.files {
        let Some(path) = inside(dir, &entry.path) else {
            problems.push(format!("{}: path outside the backup", entry.path));
            continue;
        };
        match sha256_file(&path) {
            Ok((size, hash)) if size == entry.size && hash == entry.sha256 => {}
            Ok(_) => problems.push(format!("{}: content differs from the manifest", entry.path)),
            Err(err) => problems.push(format!("{}: {err}", entry.path)),
        }
    }
    let listed: std::collections::HashSet<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
    for present in files_under(dir)? {
        if present != MANIFEST_FILE && !listed.contains(present.as_str()) {
            problems.push(format!("{present}: not in the manifest"));
        }
    }
    if !listed.contains(BACKUP_DATABASE) {
        problems.push(format!("{BACKUP_DATABASE}: missing from the manifest"));
    } else if problems.is_empty() {
        // Hashes prove the file is as written; the check proves it was sound when written.
        problems.extend(check_database(&dir.join(BACKUP_DATABASE)));
    }
    Ok((manifest, problems))
}

/// `integrity_check` of a database file opened read-only; problems as text.
pub fn check_database(path: &Path) -> Vec<String> {
    let run = || -> Result<Vec<String>> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        crate::store::run_check(&conn, true)
    };
    match run() {
        Ok(problems) => problems.into_iter().map(|p| format!("{BACKUP_DATABASE}: {p}")).collect(),
        Err(err) => vec![format!("{BACKUP_DATABASE}: {err}")],
    }
}

/// What a backup holds, once verified; a backup with any problem is refused.
pub fn inspect(dir: &Path) -> Result<BackupInfo> {
    let (manifest, problems) = verify(dir)?;
    if !problems.is_empty() {
        return Err(AmendsError::BackupInvalid { path: dir.display().to_string(), problems });
    }
    Ok(BackupInfo::from_manifest(dir, &manifest))
}
