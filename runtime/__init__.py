"""wmg: the runtime library that leapc's generated Glue jobs and Redshift runners import.

Importing `wmg` needs only the standard library; boto3, pyspark, psycopg and the JDBC bridge are
imported lazily by the modules that use them, so a Glue job pays only for what it calls.
"""
__version__ = "0.1.0"
