"""Amazon Redshift target: formatted SQL, plus a Python runner where BTEQ control flow needs one."""
from leapc.dialects.redshift.emitter import RedshiftTarget

TARGET = RedshiftTarget()
