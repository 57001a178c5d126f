/* Teradata integer dates: (year-1900)*10000 + month*100 + day, compared with DATE columns and cast */
CREATE MULTISET TABLE dt_db.postings ,NO FALLBACK
(
    id       INTEGER NOT NULL,
    post_dt  DATE
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.postings VALUES (1, DATE '2024-01-31');
INSERT INTO dt_db.postings VALUES (2, DATE '2024-02-01');
INSERT INTO dt_db.postings VALUES (3, DATE '2024-02-29');
INSERT INTO dt_db.postings VALUES (4, DATE '1999-12-31');
INSERT INTO dt_db.postings VALUES (5, DATE '2000-01-01');
INSERT INTO dt_db.postings VALUES (6, NULL);

CREATE MULTISET TABLE dt_db.result_int_dates
(
    tag      VARCHAR(6),
    id       INTEGER,
    post_dt  DATE,
    dt_int   INTEGER,
    yr       INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO dt_db.result_int_dates
SELECT 'ALL', id, post_dt, CAST(post_dt AS INTEGER), CAST(post_dt AS INTEGER) / 10000 + 1900
FROM dt_db.postings;

INSERT INTO dt_db.result_int_dates
SELECT 'GT', id, post_dt, NULL, NULL
FROM dt_db.postings
WHERE post_dt > 1240131;

INSERT INTO dt_db.result_int_dates
SELECT 'BTW', id, post_dt, NULL, NULL
FROM dt_db.postings
WHERE post_dt BETWEEN 991231 AND 1240201;

INSERT INTO dt_db.result_int_dates (tag, id, post_dt)
VALUES ('INTLIT', 99, 1240315);
