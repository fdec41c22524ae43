-- What the monthly review counts, kept ready by triggers so that one month's figures read
-- a few index ranges instead of the whole history (issue 5's 30 ms at 100,000 cases).
-- `stats::derived::rebuild` fills everything here from the cases and the timeline (at this
-- migration, and on demand); `stats::derived::check` proves it matches.

-- A case's place among its customer's live cases (by receipt, then rowid): its ordinal and
-- the receipt times of the cases just before and after. "Repeat complainant in a month"
-- then reads one row per case of the month.
ALTER TABLE cases ADD COLUMN customer_nth INTEGER;
ALTER TABLE cases ADD COLUMN customer_prev_at INTEGER;
ALTER TABLE cases ADD COLUMN customer_next_at INTEGER;

-- Each closing of a case, from the timeline: made by completing the close step, undone
-- when the case is reopened. `live` is 0 while the case is deleted.
CREATE TABLE case_closings (
    case_id     TEXT NOT NULL REFERENCES cases(id),
    closed_at   INTEGER NOT NULL,
    reopened_at INTEGER,
    live        INTEGER NOT NULL
);
CREATE INDEX case_closings_by_case ON case_closings(case_id, reopened_at);
CREATE INDEX case_closings_closed ON case_closings(closed_at, case_id) WHERE live = 1;
CREATE INDEX case_closings_reopened ON case_closings(reopened_at) WHERE live = 1 AND reopened_at IS NOT NULL;

-- Per UTC day (floor of ms / 86,400,000): live cases received, closings made, closings
-- undone. "Still open at the month's end" sums the days before the end's day and counts
-- the part of that day exactly.
CREATE TABLE case_day_tally (
    day      INTEGER PRIMARY KEY,
    received INTEGER NOT NULL DEFAULT 0,
    closed   INTEGER NOT NULL DEFAULT 0,
    reopened INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- A compensation counts only while its case is live; the flag spares the review a join.
ALTER TABLE compensations ADD COLUMN case_deleted INTEGER NOT NULL DEFAULT 0;

-- The review's index ranges carry the columns they read (no table lookups).
DROP INDEX cases_live_received;
CREATE INDEX cases_live_received ON cases(received_at, acknowledged_at, customer_nth, customer_prev_at, customer_next_at)
    WHERE deleted_at IS NULL;
DROP INDEX cases_live_closed;
CREATE INDEX cases_live_closed ON cases(closed_at, received_at) WHERE deleted_at IS NULL AND closed_at IS NOT NULL;
DROP INDEX cases_live_promised;
CREATE INDEX cases_live_promised ON cases(promised_at, decided_at) WHERE deleted_at IS NULL AND promised_at IS NOT NULL;
DROP INDEX cases_live_legal_end;
CREATE INDEX cases_live_legal_end ON cases(legal_end_at, decided_at) WHERE deleted_at IS NULL AND legal_end_at IS NOT NULL;
DROP INDEX cases_live_followed_up;
CREATE INDEX cases_live_followed_up ON cases(followed_up_at, satisfaction, still_customer)
    WHERE deleted_at IS NULL AND followed_up_at IS NOT NULL;
DROP INDEX compensations_by_time;
CREATE INDEX compensations_by_time ON compensations(created_at, kind, value_minor)
    WHERE deleted_at IS NULL AND case_deleted = 0;
-- Superseded by case_closings.
DROP INDEX cases_reopened;
DROP INDEX case_events_close;

-- ---- Triggers --------------------------------------------------------------------------
-- Day numbers round down for times before 1970 too (SQLite's `/` truncates toward zero).

CREATE TRIGGER cases_review_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_day_tally(day, received)
        SELECT (NEW.received_at - ((NEW.received_at % 86400000) + 86400000) % 86400000) / 86400000, 1
        WHERE NEW.deleted_at IS NULL
        ON CONFLICT(day) DO UPDATE SET received = received + 1;
    UPDATE cases SET customer_nth = w.nth, customer_prev_at = w.prev_at, customer_next_at = w.next_at
        FROM (SELECT rowid AS rid, row_number() OVER o AS nth, lag(received_at) OVER o AS prev_at,
                     lead(received_at) OVER o AS next_at
              FROM cases WHERE customer_id = NEW.customer_id AND deleted_at IS NULL
              WINDOW o AS (ORDER BY received_at, rowid)) AS w
        WHERE cases.rowid = w.rid;
END;

CREATE TRIGGER cases_review_update AFTER UPDATE OF received_at, deleted_at, customer_id ON cases
WHEN OLD.received_at IS NOT NEW.received_at OR OLD.customer_id IS NOT NEW.customer_id
  OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)
BEGIN
    UPDATE case_day_tally SET received = received - 1
        WHERE OLD.deleted_at IS NULL
          AND day = (OLD.received_at - ((OLD.received_at % 86400000) + 86400000) % 86400000) / 86400000;
    INSERT INTO case_day_tally(day, received)
        SELECT (NEW.received_at - ((NEW.received_at % 86400000) + 86400000) % 86400000) / 86400000, 1
        WHERE NEW.deleted_at IS NULL
        ON CONFLICT(day) DO UPDATE SET received = received + 1;
    UPDATE case_closings SET live = (NEW.deleted_at IS NULL)
        WHERE case_id = NEW.id AND live IS NOT (NEW.deleted_at IS NULL);
    UPDATE compensations SET case_deleted = (NEW.deleted_at IS NOT NULL)
        WHERE case_id = NEW.id AND case_deleted IS NOT (NEW.deleted_at IS NOT NULL);
    UPDATE cases SET customer_nth = w.nth, customer_prev_at = w.prev_at, customer_next_at = w.next_at
        FROM (SELECT rowid AS rid, row_number() OVER o AS nth, lag(received_at) OVER o AS prev_at,
                     lead(received_at) OVER o AS next_at
              FROM cases WHERE customer_id IN (OLD.customer_id, NEW.customer_id) AND deleted_at IS NULL
              WINDOW o AS (PARTITION BY customer_id ORDER BY received_at, rowid)) AS w
        WHERE cases.rowid = w.rid;
END;

CREATE TRIGGER cases_review_delete AFTER DELETE ON cases
BEGIN
    UPDATE case_day_tally SET received = received - 1
        WHERE OLD.deleted_at IS NULL
          AND day = (OLD.received_at - ((OLD.received_at % 86400000) + 86400000) % 86400000) / 86400000;
    UPDATE cases SET customer_nth = w.nth, customer_prev_at = w.prev_at, customer_next_at = w.next_at
        FROM (SELECT rowid AS rid, row_number() OVER o AS nth, lag(received_at) OVER o AS prev_at,
                     lead(received_at) OVER o AS next_at
              FROM cases WHERE customer_id = OLD.customer_id AND deleted_at IS NULL
              WINDOW o AS (ORDER BY received_at, rowid)) AS w
        WHERE cases.rowid = w.rid;
END;

-- A closing counts on the day it was made and, once undone, is taken back on that day.
CREATE TRIGGER case_closings_insert AFTER INSERT ON case_closings WHEN NEW.live = 1
BEGIN
    INSERT INTO case_day_tally(day, closed)
        VALUES ((NEW.closed_at - ((NEW.closed_at % 86400000) + 86400000) % 86400000) / 86400000, 1)
        ON CONFLICT(day) DO UPDATE SET closed = closed + 1;
    INSERT INTO case_day_tally(day, reopened)
        SELECT (NEW.reopened_at - ((NEW.reopened_at % 86400000) + 86400000) % 86400000) / 86400000, 1
        WHERE NEW.reopened_at IS NOT NULL
        ON CONFLICT(day) DO UPDATE SET reopened = reopened + 1;
END;

CREATE TRIGGER case_closings_update AFTER UPDATE ON case_closings
BEGIN
    UPDATE case_day_tally SET closed = closed - 1
        WHERE OLD.live = 1 AND day = (OLD.closed_at - ((OLD.closed_at % 86400000) + 86400000) % 86400000) / 86400000;
    UPDATE case_day_tally SET reopened = reopened - 1
        WHERE OLD.live = 1 AND OLD.reopened_at IS NOT NULL
          AND day = (OLD.reopened_at - ((OLD.reopened_at % 86400000) + 86400000) % 86400000) / 86400000;
    INSERT INTO case_day_tally(day, closed)
        SELECT (NEW.closed_at - ((NEW.closed_at % 86400000) + 86400000) % 86400000) / 86400000, 1
        WHERE NEW.live = 1
        ON CONFLICT(day) DO UPDATE SET closed = closed + 1;
    INSERT INTO case_day_tally(day, reopened)
        SELECT (NEW.reopened_at - ((NEW.reopened_at % 86400000) + 86400000) % 86400000) / 86400000, 1
        WHERE NEW.live = 1 AND NEW.reopened_at IS NOT NULL
        ON CONFLICT(day) DO UPDATE SET reopened = reopened + 1;
END;

CREATE TRIGGER case_closings_delete AFTER DELETE ON case_closings WHEN OLD.live = 1
BEGIN
    UPDATE case_day_tally SET closed = closed - 1
        WHERE day = (OLD.closed_at - ((OLD.closed_at % 86400000) + 86400000) % 86400000) / 86400000;
    UPDATE case_day_tally SET reopened = reopened - 1
        WHERE OLD.reopened_at IS NOT NULL
          AND day = (OLD.reopened_at - ((OLD.reopened_at % 86400000) + 86400000) % 86400000) / 86400000;
END;

-- The timeline is the closings' source: completing the close step opens a closing;
-- reopening any step of a closed case ends it, because the close step rests on every
-- other step and reopening cascades to all that rest on the reopened one (a test in
-- `stats::derived` holds the checklist to that).
CREATE TRIGGER case_events_close_done AFTER INSERT ON case_events
WHEN NEW.kind = 'step_done' AND NEW.step = 'close'
BEGIN
    INSERT INTO case_closings(case_id, closed_at, live)
        SELECT NEW.case_id, NEW.at, c.deleted_at IS NULL FROM cases c WHERE c.id = NEW.case_id;
END;

CREATE TRIGGER case_events_close_reopened AFTER INSERT ON case_events WHEN NEW.kind = 'step_reopened'
BEGIN
    UPDATE case_closings SET reopened_at = NEW.at WHERE case_id = NEW.case_id AND reopened_at IS NULL;
END;

-- A compensation written for a deleted case (an imported tombstone) starts flagged.
CREATE TRIGGER compensations_review_insert AFTER INSERT ON compensations
BEGIN
    UPDATE compensations SET case_deleted = 1
        WHERE rowid = NEW.rowid AND EXISTS (SELECT 1 FROM cases c WHERE c.id = NEW.case_id AND c.deleted_at IS NOT NULL);
END;
