"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# Archiving items: UPDATE and MERGE store values longer than the columns; a Teradata-mode session
#    truncates them to the column length, as INSERT does
# source: input.sql:3
S010 = """\
CREATE TABLE sd_db.item (
  item_id INT NOT NULL,
  item_nm STRING,
  status_cd CHAR(3),
  note_txt STRING
)
USING PARQUET
"""

# source: input.sql:12
S020 = """\
CREATE TABLE sd_db.item_feed (
  item_id INT NOT NULL,
  feed_nm STRING,
  feed_note STRING
)
USING PARQUET
"""

# source: input.sql:20
S030 = """\
INSERT INTO sd_db.item
VALUES
  (1, 'Bolt', 'ACT', 'ok')
"""

# source: input.sql:21
S040 = """\
INSERT INTO sd_db.item
VALUES
  (2, 'Nut', 'ACT', NULL)
"""

# source: input.sql:22
S050 = """\
INSERT INTO sd_db.item
VALUES
  (3, 'Washer', 'ACT', 'legacy')
"""

# source: input.sql:23
S060 = """\
INSERT INTO sd_db.item
VALUES
  (4, 'Gear', NULL, 'x')
"""

# source: input.sql:25
S070 = """\
INSERT INTO sd_db.item_feed
VALUES
  (2, 'Hex Nut M8 Zinc Plated', 'supplier changed to Acme Corp')
"""

# source: input.sql:26
S080 = """\
INSERT INTO sd_db.item_feed
VALUES
  (3, 'Washer', NULL)
"""

# source: input.sql:27
S090 = """\
INSERT INTO sd_db.item_feed
VALUES
  (5, 'Spring Washer Heavy Duty', 'new in catalogue 2024')
"""

# source: input.sql:29
S100_SET = {
    'item_nm': "SUBSTRING(TRIM(item_nm) || '-ARCHIVED', 1, 10)",
    'status_cd': "'INA'",
}
S100_WHERE = "item_id IN (1, 4)"

# source: input.sql:34
S110_ON = "t.item_id = f.item_id"


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020)
        script.sql('S030', S030, writes='sd_db.item')
        script.sql('S040', S040, writes='sd_db.item')
        script.sql('S050', S050, writes='sd_db.item')
        script.sql('S060', S060, writes='sd_db.item')
        script.sql('S070', S070, writes='sd_db.item_feed')
        script.sql('S080', S080, writes='sd_db.item_feed')
        script.sql('S090', S090, writes='sd_db.item_feed')
        script.update('S100', 'sd_db.item', 'item', S100_SET, where=S100_WHERE)
        script.merge('S110', 'sd_db.item', 't', 'sd_db.item_feed', 'f', S110_ON, sets={'note_txt': "SUBSTRING(COALESCE(f.feed_note, t.note_txt) || ' (feed)', 1, 12)", 'item_nm': 'SUBSTRING(f.feed_nm, 1, 10)'}, insert_columns=['item_id', 'item_nm', 'status_cd', 'note_txt'], insert_values=["CASE WHEN f.item_id IS NULL THEN RAISE_ERROR('NOT_NULL: NULL stored in NOT NULL column item_id') ELSE f.item_id END", 'SUBSTRING(f.feed_nm, 1, 10)', "'NEW'", 'SUBSTRING(f.feed_note, 1, 12)'])


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
