-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Archiving items: UPDATE and MERGE store values longer than the columns; a Teradata-mode session
--    truncates them to the column length, as INSERT does
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.item (
  item_id INTEGER NOT NULL,
  item_nm VARCHAR(20),
  status_cd CHAR(3),
  note_txt VARCHAR(24)
)
DISTKEY(item_id);

-- source: input.sql:12  [S020]
CREATE TABLE sd_db.item_feed (
  item_id INTEGER NOT NULL,
  feed_nm VARCHAR(80),
  feed_note VARCHAR(80)
)
DISTKEY(item_id);

-- source: input.sql:20  [S030]
INSERT INTO sd_db.item
VALUES
  (1, 'Bolt', 'ACT', 'ok');

-- source: input.sql:21  [S040]
INSERT INTO sd_db.item
VALUES
  (2, 'Nut', 'ACT', NULL);

-- source: input.sql:22  [S050]
INSERT INTO sd_db.item
VALUES
  (3, 'Washer', 'ACT', 'legacy');

-- source: input.sql:23  [S060]
INSERT INTO sd_db.item
VALUES
  (4, 'Gear', NULL, 'x');

-- source: input.sql:25  [S070]
INSERT INTO sd_db.item_feed
VALUES
  (2, 'Hex Nut M8 Zinc Plated', 'supplier changed to Acme Corp');

-- source: input.sql:26  [S080]
INSERT INTO sd_db.item_feed
VALUES
  (3, 'Washer', NULL);

-- source: input.sql:27  [S090]
INSERT INTO sd_db.item_feed
VALUES
  (5, 'Spring Washer Heavy Duty', 'new in catalogue 2024');

-- source: input.sql:29  [S100]
UPDATE sd_db.item SET item_nm = SUBSTRING(TRIM(item_nm) || '-ARCHIVED' FROM 1 FOR 10), status_cd = 'INA'
WHERE
  item_id IN (1, 4);

-- source: input.sql:34  [S110]
MERGE INTO sd_db.item
USING sd_db.item_feed AS f
ON item.item_id = f.item_id
WHEN MATCHED THEN UPDATE SET
  note_txt = SUBSTRING(COALESCE(f.feed_note, item.note_txt) || ' (feed)' FROM 1 FOR 12),
  item_nm = SUBSTRING(f.feed_nm FROM 1 FOR 10)
WHEN NOT MATCHED THEN INSERT (item_id, item_nm, status_cd, note_txt) VALUES (
  f.item_id,
  SUBSTRING(f.feed_nm FROM 1 FOR 10),
  'NEW',
  SUBSTRING(f.feed_note FROM 1 FOR 12)
);
