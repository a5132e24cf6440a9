#!/usr/bin/env bash
# Usage: provision.sh DIR
# Makes sure DIR/payara6 holds Payara Server <payara.version> (root pom.xml):
# the distribution zip comes from Maven Central through Maven (the local
# repository when it is there already) and is unpacked once. Idempotent.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/payara.sh"

[[ $# -eq 1 ]] || mw_die "usage: provision.sh DIR"
mw_provision "$1"
