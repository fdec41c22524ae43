//! The closing letter as PDF, checked with the real tools a reader would use: poppler's
//! pdftotext, pdffonts, pdfinfo, pdfimages and pdftoppm, and qpdf. A missing tool fails
//! the test with a message naming the package; nothing is skipped.
use std::path::{Path, PathBuf};
use std::process::Command;

use amends_core::case::Language;
use amends_core::letter::{render_pdf, LetterDocument, LetterSection, Letterhead, PaperSize, RenderedPdf};

// ---------------------------------------------------------------------------------------
// Tools

/// Runs `tool` and returns its stdout; fails the test if it is missing or fails.
fn run(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("`{tool}` could not be started ({e}); install poppler-utils and qpdf to run the letter tests")
    });
    assert!(
        output.status.success(),
        "`{tool} {}` failed: {}{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

struct Written {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Written {
    fn arg(&self) -> &str {
        self.path.to_str().expect("temp paths are UTF-8")
    }
}

fn write(pdf: &RenderedPdf) -> Written {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    Written { _dir: dir, path }
}

/// Text of the whole file (or one page), whitespace collapsed so wrapped phrases match.
fn text_of(file: &Written, page: Option<usize>) -> String {
    let raw = match page {
        Some(n) => run("pdftotext", &["-f", &n.to_string(), "-l", &n.to_string(), file.arg(), "-"]),
        None => run("pdftotext", &[file.arg(), "-"]),
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn qpdf_check(file: &Written) {
    let out = run("qpdf", &["--check", file.arg()]);
    assert!(out.contains("No syntax or stream encoding errors"), "qpdf --check: {out}");
}

/// Every font is embedded and subset, and they are the bundled DejaVu faces.
fn fonts_embedded_and_subset(file: &Written) {
    let out = run("pdffonts", &[file.arg()]);
    let rows: Vec<&str> = out.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(rows.len(), 2, "regular and bold expected:\n{out}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let name = cols[0];
        // name, type (2 words), encoding, emb, sub, uni, object id
        let (emb, sub) = (cols[cols.len() - 5], cols[cols.len() - 4]);
        assert!(name.contains('+') && name.contains("DejaVuSans"), "subset tag expected: {row}");
        assert_eq!((emb, sub), ("yes", "yes"), "embedded and subset expected: {row}");
    }
}

fn pdfinfo_field(file: &Written, field: &str) -> String {
    let out = run("pdfinfo", &[file.arg()]);
    out.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .unwrap_or_else(|| panic!("pdfinfo has no {field}:\n{out}"))
        .trim()
        .to_string()
}

// ---------------------------------------------------------------------------------------
// Letters

fn s(text: &str) -> String {
    text.to_string()
}

fn section(heading: Option<&str>, paragraphs: &[&str]) -> LetterSection {
    LetterSection { heading: heading.map(s), paragraphs: paragraphs.iter().map(|p| s(p)).collect() }
}

fn russian() -> LetterDocument {
    LetterDocument {
        language: Language::Ru,
        paper: PaperSize::A4,
        letterhead: Letterhead {
            shop_name: s("Мастерская «Часовщик»"),
            lines: vec![s("ООО «Точное время», ИНН 7701234567"), s("г. Казань, ул. Баумана, д. 7"), s("+7 843 200-10-10 · info@chasovshik.ru")],
            logo: None,
        },
        date_line: s("14 апреля 2026 г."),
        reference_line: s("Обращение № 2026-0042"),
        addressee: vec![s("Иванову Сергею Петровичу"), s("г. Казань, ул. Пушкина, д. 3, кв. 9")],
        salutation: s("Уважаемый Сергей Петрович!"),
        sections: vec![
            section(None, &["Благодарим вас за обращение от 2 апреля по поводу часов, которые остановились через неделю после ремонта."]),
            section(Some("Что мы выяснили"), &["Мастер проверил механизм и нашёл ослабленный винт крепления, который не был затянут при сборке."]),
            section(Some("Что мы предлагаем"), &["Мы бесплатно повторили ремонт и дарим скидку 20 % на следующее обслуживание, действующую до 31 декабря 2026 г."]),
        ],
        closing: s("С уважением,"),
        signature: vec![s("Олег Морозов"), s("владелец мастерской")],
    }
}

fn english() -> LetterDocument {
    LetterDocument {
        language: Language::En,
        paper: PaperSize::A4,
        letterhead: Letterhead {
            shop_name: s("Corner Bakery"),
            lines: vec![s("Corner Bakery Ltd"), s("12 High Street, Bristol BS1 4DJ"), s("0117 496 0000 · hello@cornerbakery.example")],
            logo: None,
        },
        date_line: s("14 April 2026"),
        reference_line: s("Case 2026-0042"),
        addressee: vec![s("Ms Jane Holloway"), s("4 Park Row"), s("Bristol BS1 5LJ")],
        salutation: s("Dear Ms Holloway,"),
        sections: vec![
            section(None, &["Thank you for telling us about the birthday cake you collected on 2 April, which did not match the design you had ordered."]),
            section(Some("What we found"), &["Your order form was copied by hand onto the kitchen sheet, and the second tier was left off when it was copied."]),
            section(Some("What has changed"), &["Kitchen sheets are now printed straight from the order form, so nothing is copied by hand any more."]),
            section(Some("What we offer"), &["We have refunded the full price of the cake, and we would like to bake your next celebration cake free of charge."]),
        ],
        closing: s("Sincerely,"),
        signature: vec![s("Tom Archer"), s("Owner")],
    }
}

/// A letter whose findings run over several pages; every heading is "Finding K".
fn long_letter(language: Language) -> LetterDocument {
    let mut doc = match language {
        Language::Ru => russian(),
        Language::En => english(),
    };
    let sentence = "The staff member's account, the till receipt and the camera footage were compared minute by minute, and each detail was written down. ";
    for k in 1..=14 {
        let paragraph = sentence.repeat(2 + k % 4);
        doc.sections.push(section(Some(&format!("Finding {k}")), &[&paragraph, "A short closing remark for this finding."]));
    }
    doc
}

fn logo_png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    let mut pixels = Vec::with_capacity((width * height * 4) as usize);
    for y in 0..height {
        for x in 0..width {
            // A dark-green disc on a transparent background.
            let (dx, dy) = (x as f32 - width as f32 / 2.0, y as f32 - height as f32 / 2.0);
            let inside = dx * dx + dy * dy < (height as f32 / 2.2).powi(2);
            pixels.extend_from_slice(if inside { &[20, 90, 60, 255] } else { &[255, 255, 255, 0] });
        }
    }
    writer.write_image_data(&pixels).unwrap();
    writer.finish().unwrap();
    bytes
}

// ---------------------------------------------------------------------------------------
// Tests

#[test]
fn russian_letter_reads_back_with_every_part() {
    let pdf = render_pdf(&russian()).unwrap();
    assert_eq!(pdf.page_count, 1);
    assert!(pdf.replaced.is_empty(), "nothing to replace: {:?}", pdf.replaced);
    let file = write(&pdf);
    let text = text_of(&file, None);
    for expected in [
        "Мастерская «Часовщик»",
        "г. Казань, ул. Баумана, д. 7",
        "14 апреля 2026 г.",
        "Обращение № 2026-0042",
        "Иванову Сергею Петровичу",
        "Уважаемый Сергей Петрович!",
        "Что мы выяснили",
        "Что мы предлагаем",
        "нашёл ослабленный винт крепления, который не был затянут при сборке.",
        "С уважением,",
        "Олег Морозов",
        "владелец мастерской",
        "Страница 1 из 1",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    qpdf_check(&file);
    fonts_embedded_and_subset(&file);
}

#[test]
fn english_letter_reads_back_small_and_subset() {
    let pdf = render_pdf(&english()).unwrap();
    let file = write(&pdf);
    let text = text_of(&file, None);
    for expected in [
        "Corner Bakery",
        "Case 2026-0042",
        "Dear Ms Holloway,",
        "What we found",
        "What has changed",
        "Kitchen sheets are now printed straight from the order form, so nothing is copied by hand any more.",
        "Sincerely,",
        "Tom Archer",
        "Page 1 of 1",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    qpdf_check(&file);
    fonts_embedded_and_subset(&file);
    // A subset font keeps a letter small; the whole DejaVu Sans alone is ~740 KB.
    assert!(pdf.bytes.len() <= 40 * 1024, "a one-page letter without a logo is {} bytes", pdf.bytes.len());
}

#[test]
fn long_letter_flows_onto_pages_numbered_n_of_m() {
    for (language, label) in [(Language::En, "Page {n} of {m}"), (Language::Ru, "Страница {n} из {m}")] {
        let pdf = render_pdf(&long_letter(language)).unwrap();
        let m = pdf.page_count;
        assert!(m >= 3, "the long letter should take several pages, took {m}");
        let file = write(&pdf);
        assert_eq!(pdfinfo_field(&file, "Pages"), m.to_string());
        qpdf_check(&file);
        for n in 1..=m {
            let footer = label.replace("{n}", &n.to_string()).replace("{m}", &m.to_string());
            let page = text_of(&file, Some(n));
            assert!(page.contains(&footer), "page {n} lacks {footer:?}:\n{page}");
        }
        // No heading is the last line of a page's body.
        for n in 1..m {
            let raw = run("pdftotext", &["-layout", "-f", &n.to_string(), "-l", &n.to_string(), file.arg(), "-"]);
            let body: Vec<&str> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            let last_body_line = body[body.len() - 2];
            assert!(!last_body_line.starts_with("Finding"), "page {n} ends on a heading: {last_body_line:?}");
        }
        let all = text_of(&file, None);
        for k in 1..=14 {
            assert!(all.contains(&format!("Finding {k}")), "Finding {k} lost");
        }
        assert_eq!(all.matches("A short closing remark for this finding.").count(), 14);
    }
}

#[test]
fn emoji_and_rare_symbols_are_replaced_and_reported_not_dropped() {
    let mut doc = english();
    doc.salutation = s("Dear Ms Holloway 🎉,");
    doc.sections[0].paragraphs = vec![s(
        "We loved your message 🎉 and your family photo 👨\u{200D}👩\u{200D}👧 too. The hieroglyph 𓀀 stays a mark. Every word after them still prints.",
    )];
    let pdf = render_pdf(&doc).unwrap();
    assert_eq!(pdf.replaced, vec!['🎉', '👨', '👩', '👧', '𓀀'], "the replaced characters, each once, no joiners");
    let file = write(&pdf);
    qpdf_check(&file);
    let text = text_of(&file, None);
    for expected in ["Dear Ms Holloway", "We loved your message", "and your family photo", "too. The hieroglyph", "Every word after them still prints."] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // Each picture is one visible mark: the family emoji with its joiners too.
    assert_eq!(text.matches('\u{FFFD}').count(), 4, "{text}");
}

#[test]
fn wrapping_follows_measured_glyph_widths() {
    // Narrow "i" and wide "W": with real advances a line holds far more of the first.
    let lines_of = |word: &str| {
        let mut doc = english();
        doc.sections = vec![section(None, &[&format!("{word} ").repeat(120)])];
        let file = write(&render_pdf(&doc).unwrap());
        run("pdftotext", &["-layout", file.arg(), "-"]).lines().filter(|l| l.contains(word)).count()
    };
    let (narrow, wide) = (lines_of("iiii"), lines_of("WWWW"));
    assert!(narrow * 3 <= wide, "iiii took {narrow} lines, WWWW {wide}");
}

#[test]
fn first_page_is_not_blank() {
    let file = write(&render_pdf(&russian()).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    run("pdftoppm", &["-r", "50", "-gray", "-f", "1", "-l", "1", file.arg(), prefix.to_str().unwrap()]);
    let pgm = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().is_some_and(|e| e == "pgm"));
    let pgm = pgm.expect("pdftoppm -gray wrote no .pgm");
    let (width, height, pixels) = read_pgm(&pgm);
    assert!((412..=415).contains(&width) && height == 585, "A4 at 50 dpi, got {width}x{height}");
    let dark = pixels.iter().filter(|&&p| p < 160).count();
    let share = dark as f64 / pixels.len() as f64;
    assert!(share > 0.01 && share < 0.25, "{dark} dark pixels of {} ({share:.3}): blank or smeared page", pixels.len());
}

/// A binary (P5) PGM with 8-bit samples: width, height and the pixels.
fn read_pgm(path: &Path) -> (usize, usize, Vec<u8>) {
    let data = std::fs::read(path).unwrap();
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5", "binary greymap expected");
    assert_eq!(fields[3], "255", "8-bit samples expected");
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = data[at + 1..].to_vec();
    assert_eq!(pixels.len(), width * height);
    (width, height, pixels)
}

#[test]
fn rendering_twice_gives_the_same_bytes() {
    let first = render_pdf(&russian()).unwrap();
    // Something else in between, so no per-process counter can hide behind a fresh start.
    render_pdf(&long_letter(Language::En)).unwrap();
    let second = render_pdf(&russian()).unwrap();
    assert!(first.bytes == second.bytes, "re-printing must give the same file");

    let mut with_logo = english();
    with_logo.letterhead.logo = Some(logo_png(64, 32));
    assert!(render_pdf(&with_logo).unwrap().bytes == render_pdf(&with_logo).unwrap().bytes);

    // And a different letter is a different file, down to its /ID.
    let mut other = russian();
    other.date_line = s("15 апреля 2026 г.");
    assert!(render_pdf(&other).unwrap().bytes != first.bytes);
}

#[test]
fn a4_by_default_and_letter_on_request() {
    let a4 = write(&render_pdf(&english()).unwrap());
    assert!(pdfinfo_field(&a4, "Page size").starts_with("595.276 x 841.89 pts"), "{}", pdfinfo_field(&a4, "Page size"));

    let mut doc = english();
    doc.paper = PaperSize::Letter;
    let letter = write(&render_pdf(&doc).unwrap());
    assert!(pdfinfo_field(&letter, "Page size").starts_with("612 x 792 pts"), "{}", pdfinfo_field(&letter, "Page size"));

    // The wire codes the UI sends, and A4 when none is sent.
    let mut json = serde_json::to_value(english()).unwrap();
    assert_eq!(json["paper"], "a4");
    json.as_object_mut().unwrap().remove("paper");
    let parsed: LetterDocument = serde_json::from_value(json).unwrap();
    assert_eq!(parsed.paper, PaperSize::A4);
    assert_eq!(serde_json::to_value(PaperSize::Letter).unwrap(), "letter");
}

#[test]
fn logo_is_embedded_once() {
    let mut doc = english();
    doc.letterhead.logo = Some(logo_png(160, 80));
    let pdf = render_pdf(&doc).unwrap();
    let file = write(&pdf);
    qpdf_check(&file);
    let list = run("pdfimages", &["-list", file.arg()]);
    // One image; its transparency travels beside it as a soft mask ("smask" row).
    let images: Vec<&str> = list.lines().skip(2).filter(|l| l.split_whitespace().nth(2) == Some("image")).collect();
    assert_eq!(images.len(), 1, "one logo expected:\n{list}");
    assert!(images[0].split_whitespace().any(|c| c == "160"), "the logo's own pixels:\n{list}");
    // The letterhead text still reads back beside it.
    assert!(text_of(&file, None).contains("Corner Bakery"));
}

#[test]
fn a_broken_logo_is_a_clean_error() {
    let mut truncated = logo_png(40, 20);
    truncated.truncate(truncated.len() / 2);
    for bytes in [b"this is not an image at all".to_vec(), b"\x89PNG\r\n\x1a\n broken".to_vec(), truncated, vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 0]] {
        let mut doc = english();
        doc.letterhead.logo = Some(bytes);
        let err = render_pdf(&doc).expect_err("a broken logo must be refused");
        assert_eq!(err.code(), "logo_invalid", "{err}");
    }
    // No bytes at all is simply no logo.
    let mut doc = english();
    doc.letterhead.logo = Some(Vec::new());
    assert!(render_pdf(&doc).is_ok());
}
