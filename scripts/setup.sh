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
