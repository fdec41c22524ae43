-- The case register. Times are UTC unix milliseconds; dates are 'YYYY-MM-DD' text;
-- money is integer minor units. Every record has a UUID v7 key, created/updated times
-- and a deleted_at tombstone instead of being removed.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE shop_profile (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    shop_name        TEXT NOT NULL,
    legal_name       TEXT NOT NULL,
    address          TEXT NOT NULL,
    phone            TEXT NOT NULL,
    email            TEXT NOT NULL,
    owner_name       TEXT NOT NULL,
    owner_title      TEXT NOT NULL,
    language         TEXT NOT NULL,
    currency         TEXT NOT NULL,
    time_zone        TEXT NOT NULL,
    ack_target_hours INTEGER NOT NULL,
    logo             BLOB,
    logo_mime        TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE staff (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
);

CREATE TABLE categories (
    id         TEXT PRIMARY KEY,
    code       TEXT UNIQUE,
    name       TEXT,
    position   INTEGER NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    CHECK (code IS NOT NULL OR name IS NOT NULL)
);

-- An explicit INTEGER rowid: VACUUM keeps it, so the search index stays aligned.
CREATE TABLE customers (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    surname      TEXT NOT NULL,
    first_name   TEXT NOT NULL,
    patronymic   TEXT,
    phone        TEXT,
    phone_digits TEXT,
    email        TEXT,
    messenger    TEXT,
    language     TEXT NOT NULL,
    gender       TEXT,
    address_form TEXT NOT NULL,
    note         TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted_at   INTEGER
);

CREATE TABLE cases (
    rowid             INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    year              INTEGER NOT NULL,
    seq               INTEGER NOT NULL,
    number            TEXT NOT NULL UNIQUE,
    customer_id       TEXT NOT NULL REFERENCES customers(id),
    received_at       INTEGER NOT NULL,
    channel           TEXT NOT NULL,
    order_no          TEXT,
    purchase_date     TEXT,
    product           TEXT,
    price_minor       INTEGER CHECK (price_minor IS NULL OR price_minor >= 0),
    currency          TEXT NOT NULL,
    category_id       TEXT NOT NULL REFERENCES categories(id),
    complaint         TEXT NOT NULL,
    demand            TEXT NOT NULL,
    demand_note       TEXT,
    demand_date       TEXT NOT NULL,
    mood              TEXT NOT NULL,
    staff_involved_id TEXT REFERENCES staff(id),
    handler_id        TEXT REFERENCES staff(id),
    status            TEXT NOT NULL,
    due_at            INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted_at        INTEGER,
    UNIQUE (year, seq)
);

-- Partial indexes over live rows: every query filters on deleted_at IS NULL, and counting
-- a narrow index is far cheaper than scanning the wide case rows.
CREATE INDEX cases_live_received ON cases(received_at) WHERE deleted_at IS NULL;
CREATE INDEX cases_live_customer ON cases(customer_id, received_at) WHERE deleted_at IS NULL;
CREATE INDEX cases_live_status ON cases(status, received_at) WHERE deleted_at IS NULL;
CREATE INDEX cases_live_category ON cases(category_id, received_at) WHERE deleted_at IS NULL;
CREATE INDEX cases_live_channel ON cases(channel, received_at) WHERE deleted_at IS NULL;
CREATE INDEX cases_live_due ON cases(due_at) WHERE deleted_at IS NULL AND due_at IS NOT NULL;

-- Compensation given on a case. The checklist fills it; the customer page sums it.
CREATE TABLE compensations (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    kind        TEXT NOT NULL,
    value_minor INTEGER NOT NULL CHECK (value_minor >= 0),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE INDEX compensations_by_case ON compensations(case_id);
