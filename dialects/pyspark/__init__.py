"""PySpark target: AWS Glue job modules calling the wmg runtime."""
from leapc.dialects.pyspark.emitter import PySparkTarget

TARGET = PySparkTarget()
