#!/usr/bin/env bash
# Usage: prepare-test-domain.sh DIR DOMAIN PORTBASE
# For the integration tests (ear/pom.xml, phase pre-integration-test): Payara in
# DIR/payara6 and domain DOMAIN configured like the run domain, with demo data
# and the embedded H2 database, started empty. The domain is left STOPPED: the
# Arquillian managed connector starts it (admin port PORTBASE+48).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/payara.sh"

[[ $# -eq 3 ]] || mw_die "usage: prepare-test-domain.sh DIR DOMAIN PORTBASE"
dir="$1" domain="$2" portbase="$3"
t0=$SECONDS
mw_setup_java
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
home="$dir/payara6"
ddir="$(mw_domain_dir "$home" "$domain")"

# The tests always run on embedded H2 with demo data, whatever the caller's env.
unset MAATWERK_DB_URL MAATWERK_DB_USER MAATWERK_DB_PASSWORD
export MAATWERK_DEMODATA=true

# A server left over from a crashed run: stop it (or end it when its files are gone).
if [[ -x "$home/bin/asadmin" ]]; then
  mw_stop_domain "$home" "$domain"
fi
mw_kill_orphan "$home" "$domain" $((portbase + 48))
mw_kill_orphan "$home" "$domain" $((portbase + 80))

mw_provision "$dir" replace
mw_configure_domain "$home" "$domain" "$portbase"

# Applications left deployed by an earlier (crashed) run would be started with
# the domain, before Arquillian deploys: undeploy them.
if grep -q '<application [^>]*object-type="user"' "$ddir/config/domain.xml"; then
  mw_log "Achtergebleven applicaties/leftover applications in $domain worden verwijderd/are undeployed"
  mw_start_domain "$home" "$domain"
  for app in $(mw_asadmin "$home" $((portbase + 48)) list-applications --long=false 2>/dev/null | awk '/^Command|^Nothing to list|infocmp/{next} NF{print $1}'); do
    mw_asadmin "$home" $((portbase + 48)) undeploy "$app" >&2 || true
  done
fi
mw_stop_domain "$home" "$domain"

# Every test run starts with an empty database. (Payara's EJB timer database
# stays: its tables are created only when the timer application is first deployed.)
rm -f "$ddir"/data/maatwerk.*.db
mw_log "Testdomein/test domain $domain klaar/ready in $home (gestopt/stopped; admin $((portbase + 48)), http $((portbase + 80))) in $((SECONDS - t0)) s"
