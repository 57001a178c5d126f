/* Archiving items: UPDATE and MERGE store values longer than the columns; a Teradata-mode session
   truncates them to the column length, as INSERT does */
CREATE MULTISET TABLE sd_db.item
(
    item_id    INTEGER NOT NULL,
    item_nm    VARCHAR(10),
    status_cd  CHAR(3),
    note_txt   VARCHAR(12)
)
UNIQUE PRIMARY INDEX ( item_id );

CREATE MULTISET TABLE sd_db.item_feed
(
    item_id    INTEGER NOT NULL,
    feed_nm    VARCHAR(40),
    feed_note  VARCHAR(40)
)
PRIMARY INDEX ( item_id );

INSERT INTO sd_db.item VALUES (1, 'Bolt',     'ACT', 'ok');
INSERT INTO sd_db.item VALUES (2, 'Nut',      'ACT', NULL);
INSERT INTO sd_db.item VALUES (3, 'Washer',   'ACT', 'legacy');
INSERT INTO sd_db.item VALUES (4, 'Gear',     NULL,  'x');

INSERT INTO sd_db.item_feed VALUES (2, 'Hex Nut M8 Zinc Plated',   'supplier changed to Acme Corp');
INSERT INTO sd_db.item_feed VALUES (3, 'Washer',                   NULL);
INSERT INTO sd_db.item_feed VALUES (5, 'Spring Washer Heavy Duty', 'new in catalogue 2024');

UPDATE sd_db.item
SET item_nm   = TRIM(item_nm) || '-ARCHIVED',
    status_cd = 'INACTIVE'
WHERE item_id IN (1, 4);

MERGE INTO sd_db.item AS t
USING sd_db.item_feed AS f
   ON t.item_id = f.item_id
WHEN MATCHED THEN UPDATE
     SET note_txt = COALESCE(f.feed_note, t.note_txt) || ' (feed)',
         item_nm  = f.feed_nm
WHEN NOT MATCHED THEN INSERT (item_id, item_nm, status_cd, note_txt)
     VALUES (f.item_id, f.feed_nm, 'NEW', f.feed_note);
