#!/usr/bin/env bash
# Installs what leapc, its tests and its examples need on a fresh Debian machine, into ./.venv.
# Idempotent: a second run only checks.  As root it also installs the system packages
# (PostgreSQL server for the Redshift tests, Java 17 for Spark, the PostgreSQL JDBC driver).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  need=""
  for pkg in postgresql libpostgresql-jdbc-java openjdk-17-jre-headless curl; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
  done
  if [ -n "$need" ]; then
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-upgrade $need >/dev/null
  fi
fi
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v "is ignored: it is neither" || true
.venv/bin/python -c 'import leapc, wmg' 
# hadoop-aws and the AWS SDK bundle for Spark's s3a:// (tests of wmg.fs.HadoopFS against moto).
# Maven Central is not reachable here; PyPI's sagemaker-pyspark sdist carries both jars.
if [ ! -f jars/s3a/hadoop-aws-3.3.1.jar ] || [ ! -f jars/s3a/aws-java-sdk-bundle-1.11.901.jar ]; then
  tmp=$(mktemp -d)
  .venv/bin/python -m pip install -q --disable-pip-version-check wheel 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -m pip download -q --disable-pip-version-check --no-deps --no-build-isolation -d "$tmp" 'sagemaker-pyspark==1.4.5' 2>&1 | grep -v "is ignored" || true
  mkdir -p jars/s3a
  tar xzf "$tmp"/sagemaker_pyspark-1.4.5.tar.gz -C "$tmp" --wildcards '*hadoop-aws-3.3.1.jar' '*aws-java-sdk-bundle-1.11.901.jar'
  find "$tmp" -name '*.jar' -exec mv {} jars/s3a/ \;
  rm -rf "$tmp"
fi
