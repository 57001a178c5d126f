/* Atomic upsert: UPDATE ... ELSE INSERT run several times (insert on first sight, update after) */
CREATE MULTISET TABLE dml_db.counters
(
    ckey   VARCHAR(10) CHARACTER SET LATIN NOT NULL,
    hits   INTEGER,
    last_v INTEGER
)
PRIMARY INDEX ( ckey );

INSERT INTO dml_db.counters VALUES ('home', 5, 0);

UPDATE dml_db.counters SET hits = hits + 1, last_v = 1 WHERE ckey = 'home'
ELSE INSERT INTO dml_db.counters VALUES ('home', 1, 1);

UPDATE dml_db.counters SET hits = hits + 1, last_v = 2 WHERE ckey = 'about'
ELSE INSERT INTO dml_db.counters VALUES ('about', 1, 2);

UPDATE dml_db.counters SET hits = hits + 1, last_v = 3 WHERE ckey = 'about'
ELSE INSERT INTO dml_db.counters VALUES ('about', 1, 3);

UPDATE dml_db.counters SET hits = hits + 1, last_v = 4 WHERE ckey = 'cart'
ELSE INSERT INTO dml_db.counters VALUES ('cart', 1, 4);

CREATE MULTISET TABLE dml_db.result_upsert
(
    ckey   VARCHAR(10),
    hits   INTEGER,
    last_v INTEGER
)
PRIMARY INDEX ( ckey );

INSERT INTO dml_db.result_upsert SELECT ckey, hits, last_v FROM dml_db.counters;
