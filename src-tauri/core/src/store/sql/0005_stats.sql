-- The monthly review reads index ranges of these moments on the case row.
ALTER TABLE cases ADD COLUMN legal_end_at INTEGER;     -- end of the legal deadline's last day
ALTER TABLE cases ADD COLUMN followed_up_at INTEGER;

-- With `reopened`, counting closings reads the index alone.
CREATE INDEX cases_live_closed ON cases(closed_at, reopened) WHERE deleted_at IS NULL AND closed_at IS NOT NULL;
CREATE INDEX cases_live_promised ON cases(promised_at) WHERE deleted_at IS NULL AND promised_at IS NOT NULL;
CREATE INDEX cases_live_legal_end ON cases(legal_end_at) WHERE deleted_at IS NULL AND legal_end_at IS NOT NULL;
CREATE INDEX cases_live_followed_up ON cases(followed_up_at) WHERE deleted_at IS NULL AND followed_up_at IS NOT NULL;
CREATE INDEX cases_reopened ON cases(id) WHERE reopened > 0;
CREATE INDEX compensations_by_time ON compensations(created_at) WHERE deleted_at IS NULL;
-- A reopened case's closings and reopenings, for its state at a month's end.
CREATE INDEX case_events_close ON case_events(case_id, at) WHERE step = 'close';
