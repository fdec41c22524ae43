//! Evidence on a real data folder: files are recognised by content, stored once under their
//! SHA-256 inside `files/` (so backups carry them), get thumbnails, and refusals are clear.
mod common;

use amends_core::AmendsError;
use common::*;

fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn field_code(err: AmendsError) -> String {
    match err {
        AmendsError::Invalid(f) => f[0].code.clone(),
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[test]
fn photos_and_pdfs_are_stored_by_hash_with_thumbnails() {
    let f = Fixture::set_up();
    let category = f.category("defective");
    let case = f.desk.create_case(case_input(&category, "Трещина", new_customer("Петрова", "Ольга", "+7 900 555-00-11"))).unwrap();
    let photo = png(1200, 800);
    let list = f.desk.attach_evidence(&case.id, "../../etc/Фото трещины.png", &photo, None).unwrap();
    assert_eq!(list.evidence.len(), 1);
    let item = &list.evidence[0];
    assert_eq!(item.file_name, "Фото трещины.png", "only the last component is kept, for display");
    assert_eq!(item.mime, "image/png");
    assert!(item.thumbnail.as_deref().is_some_and(|t| t.starts_with("data:image/jpeg;base64,")));
    let stored = f.desk.evidence_path(&item.id).unwrap();
    assert!(stored.starts_with(f.dir.path().join("files").join("evidence")));
    assert_eq!(std::fs::read(&stored).unwrap(), photo);

    // The same file twice is stored once; a PDF has no thumbnail.
    let list = f.desk.attach_evidence(&case.id, "again.png", &photo, None).unwrap();
    assert_eq!(list.evidence.len(), 2);
    assert_eq!(list.evidence[0].sha256, list.evidence[1].sha256);
    let list = f.desk.attach_evidence(&case.id, "receipt.pdf", b"%PDF-1.4\n% test\n", None).unwrap();
    assert_eq!(list.evidence[2].thumbnail, None);

    // Refusals name the reason.
    assert_eq!(field_code(f.desk.attach_evidence(&case.id, "a.gif", b"GIF89a....", None).unwrap_err()), "unsupported_type");
    assert_eq!(field_code(f.desk.attach_evidence(&case.id, "a.png", b"\x89PNG\r\n\x1a\nbroken", None).unwrap_err()), "image_broken");
    let huge = vec![0u8; (amends_core::evidence::MAX_BYTES + 1) as usize];
    assert_eq!(field_code(f.desk.attach_evidence(&case.id, "big.pdf", &huge, None).unwrap_err()), "file_too_large");

    // Removal needs a reason, is in the timeline, and keeps the file for the other case row.
    let first = list.evidence[0].id.clone();
    let list = f.desk.remove_evidence(&first, "Не то фото", None).unwrap();
    assert_eq!(list.evidence.len(), 2);
    assert!(stored.exists());
    let kinds: Vec<_> = f.desk.timeline(&case.id).unwrap().into_iter().map(|e| e.kind.code()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "evidence_added").count(), 3);
    assert!(kinds.contains(&"evidence_removed"));

    // A backup carries the files.
    let dest = f.dir.path().join("manual-backup");
    let backup = f.desk.backup_to(&dest).unwrap();
    let copied = std::path::Path::new(&backup.path).join("files").join("evidence");
    assert!(copied.is_dir(), "backup holds the evidence folder");
}
