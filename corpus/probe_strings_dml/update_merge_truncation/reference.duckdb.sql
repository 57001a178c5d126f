CREATE TABLE item (item_id INTEGER, item_nm VARCHAR, status_cd VARCHAR, note_txt VARCHAR);
-- Teradata mode: every value stored by INSERT, UPDATE or MERGE is truncated to the column length
-- (VARCHAR(10), CHAR(3), VARCHAR(12)) without an error.
INSERT INTO item VALUES (1, 'Bolt-ARCHI', 'INA', 'ok'), (2, 'Hex Nut M8', 'ACT', 'supplier cha'), (3, 'Washer', 'ACT', 'legacy (feed'), (4, 'Gear-ARCHI', 'INA', 'x'), (5, 'Spring Was', 'NEW', 'new in catal');
SELECT * FROM item
