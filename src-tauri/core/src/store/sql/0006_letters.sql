-- The closing letter: every generated PDF is kept (one row per version of a case's letter,
-- the file under files/letters/), and the owner's own wording of the standard phrases.

CREATE TABLE letters (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id),
    version    INTEGER NOT NULL,              -- 1, 2, … per case
    language   TEXT NOT NULL,
    paper      TEXT NOT NULL,
    sha256     TEXT NOT NULL,                 -- of the PDF file
    draft      TEXT NOT NULL,                 -- the exact draft printed, JSON
    file       TEXT NOT NULL,                 -- relative to the data folder
    page_count INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (case_id, version)
);
CREATE INDEX letters_by_hash ON letters(case_id, sha256);

-- The owner's wording of a standard phrase, by phrase id and language.
CREATE TABLE letter_phrases (
    phrase_id  TEXT NOT NULL,
    language   TEXT NOT NULL,
    text       TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (phrase_id, language)
) WITHOUT ROWID;
