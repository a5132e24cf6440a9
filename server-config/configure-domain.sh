#!/usr/bin/env bash
# Usage: configure-domain.sh PAYARA_HOME DOMAIN PORTBASE
# Creates DOMAIN (create-domain --nopassword --portbase PORTBASE: admin port
# PORTBASE+48, HTTP PORTBASE+80) when missing, then brings it to the state of
# server-config/domain.asadmin with values from the environment
# (MAATWERK_DB_URL/_USER/_PASSWORD for PostgreSQL, else embedded H2;
# MAATWERK_DEMODATA, default true; MAATWERK_XMX, default 1g).
# Idempotent: when nothing changed since the last run (hash in
# DOMAIN/config/maatwerk-config.sha256) the domain is not touched at all.
# A stopped domain is left stopped; a running one is restarted after a change.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/payara.sh"

[[ $# -eq 3 ]] || mw_die "usage: configure-domain.sh PAYARA_HOME DOMAIN PORTBASE"
mw_setup_java
mw_configure_domain "$1" "$2" "$3"
