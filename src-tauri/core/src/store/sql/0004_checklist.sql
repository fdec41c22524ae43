-- The resolution checklist: steps, the hash-chained timeline, evidence, the compensation
-- ledger, corrective actions, the shop's service targets, and the figures of the two
-- clocks kept on the case row for the list, the Today screen and the statistics.

-- One row per settled step (done or skipped); an open step has no row.
CREATE TABLE case_steps (
    case_id    TEXT NOT NULL REFERENCES cases(id),
    step       TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('done', 'skipped')),
    data       TEXT NOT NULL DEFAULT '{}',   -- the step's values, JSON
    reason     TEXT,                          -- why it was skipped
    actor_id   TEXT,
    actor_name TEXT NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (case_id, step)
) WITHOUT ROWID;

-- Append-only timeline. Each event stores the hash of the one before it in its case.
-- Only one change is allowed after writing: the payload may be erased (customer forgotten);
-- its hash stays, so the chain still verifies.
CREATE TABLE case_events (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    seq          INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    actor_id     TEXT,
    actor_name   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    step         TEXT,
    payload      TEXT,
    payload_hash TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL,
    UNIQUE (case_id, seq)
);

CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only');
END;

CREATE TRIGGER case_events_only_redaction BEFORE UPDATE ON case_events
WHEN NEW.payload IS NOT NULL
  OR NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id OR NEW.seq IS NOT OLD.seq
  OR NEW.at IS NOT OLD.at OR NEW.actor_id IS NOT OLD.actor_id OR NEW.actor_name IS NOT OLD.actor_name
  OR NEW.kind IS NOT OLD.kind OR NEW.step IS NOT OLD.step OR NEW.payload_hash IS NOT OLD.payload_hash
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only');
END;

-- Files attached to a case, stored once under their SHA-256 in the data folder.
CREATE TABLE evidence (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id),
    sha256     TEXT NOT NULL,
    file_name  TEXT NOT NULL,   -- shown only; never used as a path
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX evidence_by_case ON evidence(case_id) WHERE deleted_at IS NULL;

ALTER TABLE compensations ADD COLUMN how_to_use TEXT;
ALTER TABLE compensations ADD COLUMN voucher_code TEXT;
ALTER TABLE compensations ADD COLUMN valid_until TEXT;
ALTER TABLE compensations ADD COLUMN redeemed_at INTEGER;

CREATE TABLE corrective_actions (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    description TEXT NOT NULL,
    owner_id    TEXT REFERENCES staff(id),
    due_date    TEXT,
    done_at     INTEGER,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE INDEX corrective_by_case ON corrective_actions(case_id) WHERE deleted_at IS NULL;
CREATE INDEX corrective_open ON corrective_actions(due_date) WHERE deleted_at IS NULL AND done_at IS NULL;

-- The shop's targets (Settings), one JSON document.
CREATE TABLE service_targets (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    data       TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Facts the checklist derives, kept on the case for lists, Today and monthly figures.
ALTER TABLE cases ADD COLUMN current_step TEXT;
ALTER TABLE cases ADD COLUMN legal_rule TEXT;
ALTER TABLE cases ADD COLUMN legal_deadline TEXT;      -- last day, 'YYYY-MM-DD'
ALTER TABLE cases ADD COLUMN step_due_at INTEGER;
ALTER TABLE cases ADD COLUMN legal_due_at INTEGER;     -- while the legal clock runs
ALTER TABLE cases ADD COLUMN acknowledged_at INTEGER;
ALTER TABLE cases ADD COLUMN promised_at INTEGER;      -- the decision date promised
ALTER TABLE cases ADD COLUMN decided_at INTEGER;
ALTER TABLE cases ADD COLUMN letter_at INTEGER;
ALTER TABLE cases ADD COLUMN closed_at INTEGER;
ALTER TABLE cases ADD COLUMN root_cause TEXT;
ALTER TABLE cases ADD COLUMN refusal TEXT;
ALTER TABLE cases ADD COLUMN verdict TEXT;
ALTER TABLE cases ADD COLUMN satisfaction INTEGER;
ALTER TABLE cases ADD COLUMN still_customer INTEGER;
ALTER TABLE cases ADD COLUMN reopened INTEGER NOT NULL DEFAULT 0;

-- Due work across open cases (Today): the earliest deadline first.
DROP INDEX cases_live_due;
CREATE INDEX cases_live_due ON cases(due_at) WHERE deleted_at IS NULL AND due_at IS NOT NULL;
