"""leapc: the Teradata migration compiler (Teradata SQL/BTEQ -> Redshift SQL or PySpark Glue jobs)."""
__version__ = "0.1.0"
