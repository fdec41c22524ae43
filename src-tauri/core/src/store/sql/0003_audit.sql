-- Acts on personal data and on the database as a whole (a customer forgotten, a backup
-- restored), recorded for accountability. Append-only: triggers refuse edits and
-- deletions. The case timeline (issue 3) is a separate, richer table; this one stays small.
CREATE TABLE audit_events (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,          -- UTC unix milliseconds
    actor        TEXT NOT NULL,             -- who: 'owner' (the app), 'cli', or a staff id later
    action       TEXT NOT NULL,             -- what: a stable code, e.g. 'customer_forgotten'
    subject_kind TEXT,                      -- 'customer', 'database', …
    subject_id   TEXT,
    detail       TEXT NOT NULL DEFAULT '{}' -- JSON with figures only, never personal data
);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
