//! The few words the renderer writes itself, in the letter's language.
use crate::case::Language;

/// The page footer: "Page 2 of 3" / "Страница 2 из 3".
pub(crate) fn page_of(language: Language, page: usize, pages: usize) -> String {
    match language {
        Language::En => format!("Page {page} of {pages}"),
        Language::Ru => format!("Страница {page} из {pages}"),
    }
}
