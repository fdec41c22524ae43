-- Full-text search. Contentless (the text lives in cases/customers). A case's FTS rowid is
-- its search_key: receipt time in ms * 1024 + a tie-breaker, so FTS can hand out the newest
-- matches first without sorting them all. Customers' FTS rowid is customers.rowid. unicode61 folds case in Cyrillic and Latin alike;
-- the core folds 'ё' to 'е' before indexing and querying. Prefix indexes keep
-- "as you type" searches fast.
CREATE VIRTUAL TABLE case_search USING fts5(
    number, customer_name, phone, order_no, product, complaint,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIRTUAL TABLE customer_search USING fts5(
    name, phone, email, messenger,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

ALTER TABLE cases ADD COLUMN search_key INTEGER;
CREATE UNIQUE INDEX cases_by_search_key ON cases(search_key);
