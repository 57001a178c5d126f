"""Converted by leapc 0.1.0 from input.sql (Teradata) for AWS Glue (PySpark).
 Generated code: change the Teradata source or leapc's options and convert again.

run(spark, args=None) runs the converted statements in source order on the given
SparkSession; it never creates or stops the session (the entry point below does).
"""
import sys

from wmg.scripts import SparkScript

# STRTOK: every character of the delimiter argument is a delimiter, adjacent delimiters
#    and leading delimiters produce no empty tokens, a token number past the last gives NULL
# source: input.sql:3
S010 = """\
CREATE TABLE str_db.paths (
  id INT NOT NULL,
  path STRING
)
USING PARQUET
"""

# source: input.sql:10
S020 = """\
INSERT INTO str_db.paths
VALUES
  (1, 'a,b,c')
"""

# source: input.sql:11
S030 = """\
INSERT INTO str_db.paths
VALUES
  (2, 'a,,b;c')
"""

# source: input.sql:12
S040 = """\
INSERT INTO str_db.paths
VALUES
  (3, ';x;;y')
"""

# source: input.sql:13
S050 = """\
INSERT INTO str_db.paths
VALUES
  (4, 'solo')
"""

# source: input.sql:15
S060 = """\
CREATE TABLE str_db.result_strtok (
  id INT,
  tok1 STRING,
  tok2 STRING,
  tok3 STRING,
  comma2 STRING
)
USING PARQUET
"""

# source: input.sql:25
S070 = """\
INSERT INTO str_db.result_strtok
SELECT
  id,
  GET(FILTER(SPLIT(path, '[,;]'), leapc_tok -> leapc_tok <> ''), 1 - 1),
  GET(FILTER(SPLIT(path, '[,;]'), leapc_tok -> leapc_tok <> ''), 2 - 1),
  GET(FILTER(SPLIT(path, '[,;]'), leapc_tok -> leapc_tok <> ''), 3 - 1),
  GET(FILTER(SPLIT(path, '[,]'), leapc_tok -> leapc_tok <> ''), 2 - 1)
FROM str_db.paths
"""


def run(spark, args=None):
    with SparkScript(spark, args, raise_errors=True) as script:
        script.sql('S010', S010)
        script.sql('S020', S020, writes='str_db.paths')
        script.sql('S030', S030, writes='str_db.paths')
        script.sql('S040', S040, writes='str_db.paths')
        script.sql('S050', S050, writes='str_db.paths')
        script.sql('S060', S060)
        script.sql('S070', S070, writes='str_db.result_strtok')


if __name__ == "__main__":
    from wmg.elt import glue_main

    sys.exit(glue_main(run))
