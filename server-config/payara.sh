# shellcheck shell=bash
# Shared functions for provisioning and configuring Payara Server for Maatwerk.
# Source this file (`. server-config/payara.sh`); it defines functions only and
# sets no shell options of its own. Everything prints to stderr except values
# that functions return on stdout.
#
# Environment (all optional):
#   JAVA_HOME             JDK to run Payara with (default: the `java` on PATH)
#   PAYARA_VERSION        overrides <payara.version> from the root pom.xml
#   MAATWERK_DB_URL, MAATWERK_DB_USER, MAATWERK_DB_PASSWORD
#                         a jdbc:postgresql:// URL and credentials; when unset
#                         the domain uses its embedded H2 file database
#   MAATWERK_DEMODATA     true|false (default true): -Dmaatwerk.demodata
#   MAATWERK_XMX          heap size of the server JVM (default 1g)

MW_CONFIG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MW_REPO_DIR="$(cd "$MW_CONFIG_DIR/.." && pwd)"
MW_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
# Marker files written into a provisioned Payara and into a configured domain.
MW_VERSION_MARKER=".maatwerk-payara-version"
MW_CONFIG_MARKER="config/maatwerk-config.sha256"

mw_log() { printf '[maatwerk] %s\n' "$*" >&2; }
mw_die() { printf '[maatwerk] FOUT/ERROR: %s\n' "$*" >&2; exit 1; }

# A version pinned in the root pom.xml, e.g. mw_pom_property payara.version.
mw_pom_property() {
  sed -n "s:.*<$1>\\([^<]*\\)</$1>.*:\\1:p" "$MW_REPO_DIR/pom.xml" 2>/dev/null | sed -n 1p
}

mw_payara_version() {
  local v="${PAYARA_VERSION:-$(mw_pom_property payara.version)}"
  printf '%s\n' "${v:-6.2025.10}"
}

mw_postgresql_version() {
  local v; v="$(mw_pom_property postgresql.version)"
  printf '%s\n' "${v:-42.7.8}"
}

# Java for asadmin and the server: JAVA_HOME if set, else the default `java`.
mw_setup_java() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    [[ -x "$JAVA_HOME/bin/java" ]] || mw_die "JAVA_HOME=$JAVA_HOME has no bin/java"
  else
    local java
    java="$(command -v java)" || mw_die "geen Java gevonden / no java on PATH (install a JDK 17, or set JAVA_HOME)"
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java")")")"
    export JAVA_HOME
  fi
  export AS_JAVA="$JAVA_HOME"
  # Keeps asadmin's line reader quiet ("Unable to retrieve infocmp for type").
  export TERM=dumb
}

# Runs Maven outside the project (its pom is not needed, nor maybe buildable yet).
mw_mvn_standalone() {
  local tmp out rc=0
  tmp="$(mktemp -d)"
  out="$(cd "$tmp" && mvn -B -q -Dstyle.color=never "$@" 2>&1)" || rc=$?
  rm -rf "$tmp"
  # Maven 3.8 prints colour resets even with -B -q: keep only real messages.
  out="$(printf '%s' "$out" | sed $'s/\e\\[[0-9;]*m//g' | grep -v '^[[:space:]]*$' || true)"
  [[ -z "$out" ]] || printf '%s\n' "$out" >&2
  return $rc
}

# Copies a Maven artifact (fetched from Maven Central when not in the local
# repository) into a directory: mw_fetch_artifact G:A:V[:type] DIR
mw_fetch_artifact() {
  mkdir -p "$2"
  mw_mvn_standalone "$MW_DEPENDENCY_PLUGIN:copy" -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.overWriteIfNewer=true \
    || mw_die "kan $1 niet ophalen / could not fetch $1 with Maven"
}

# ---------------------------------------------------------------------------
# Provisioning: DIR/payara6 from fish.payara.distributions:payara:VERSION:zip
# ---------------------------------------------------------------------------
# mw_provision DIR [replace]  — with 'replace', an installation of another
# Payara version is replaced even if it holds domains (test installations).
mw_provision() {
  local dir="$1" replace="${2:-}" version home
  version="$(mw_payara_version)"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  home="$dir/payara6"
  if [[ -e "$home" ]]; then
    local have="" domains
    [[ -x "$home/bin/asadmin" && -f "$home/$MW_VERSION_MARKER" ]] && have="$(cat "$home/$MW_VERSION_MARKER")"
    [[ "$have" == "$version" ]] && { mw_h2_driver "$home"; return 0; }
    domains="$(find "$home/glassfish/domains" -mindepth 1 -maxdepth 1 -type d ! -name domain1 -printf '%f ' 2>/dev/null || true)"
    if [[ -n "$domains" && "$replace" != replace ]]; then
      mw_die "$home is Payara ${have:-(unknown version)}, gewenst/wanted $version, and holds domain(s) $domains(with their data).
  Stop the domain, save what you need, remove $home and run again."
    fi
    mw_log "Payara ${have:-(incomplete/unknown)} in $home wordt vervangen door/is replaced by $version"
    rm -rf "$home"
  fi
  local t0=$SECONDS tmp="$dir/.provision.$$"
  rm -rf "$tmp"
  mw_log "Payara Server $version ophalen en uitpakken / fetching and unpacking into $dir"
  mw_fetch_artifact "fish.payara.distributions:payara:$version:zip" "$tmp"
  command -v unzip >/dev/null || mw_die "unzip ontbreekt / unzip is missing (apt-get install -y unzip)"
  unzip -q "$tmp/payara-$version.zip" -d "$tmp" || mw_die "uitpakken mislukt / unzip of payara-$version.zip failed"
  [[ -x "$tmp/payara6/bin/asadmin" ]] || mw_die "payara-$version.zip did not unpack to payara6/"
  printf '%s\n' "$version" > "$tmp/payara6/$MW_VERSION_MARKER"
  # Payara's sample domain is never used: its absence saves confusion (and disk).
  rm -rf "$tmp/payara6/glassfish/domains/domain1"
  mv "$tmp/payara6" "$home"
  rm -rf "$tmp"
  mw_h2_driver "$home"
  mw_log "Payara $version klaar/ready in $home ($((SECONDS - t0)) s)"
}

# Payara 6.2025.10 ships H2 2.2.224, whose identity columns hand out the same key twice under
# concurrent inserts (measured: 126 of 60,000 inserts by 20 threads; 0 with 2.3.232). The
# server's H2 driver is therefore replaced by <h2.version> from the root pom.xml, the version the
# tests use. The rename keeps the old file intact for a server that is still running on it.
mw_h2_driver() {
  local home="$1" version marker jar
  version="$(mw_pom_property h2.version)"
  marker="$home/h2db/bin/.maatwerk-h2-version"
  jar="$home/h2db/bin/h2.jar"
  [[ -f "$marker" && "$(cat "$marker")" == "$version" ]] && return 0
  local tmp="$home/h2db/.h2.$$"
  mw_fetch_artifact "com.h2database:h2:$version:jar" "$tmp"
  mv -f "$tmp/h2-$version.jar" "$jar"
  rm -rf "$tmp"
  printf '%s\n' "$version" > "$marker"
  mw_log "H2-driver $version in $jar"
}

# ---------------------------------------------------------------------------
# Domain helpers. A "domain" is PAYARA_HOME + DOMAIN name; ports follow portbase.
# ---------------------------------------------------------------------------
mw_domain_dir() { printf '%s/glassfish/domains/%s\n' "$1" "$2"; }

# asadmin with the domain's admin port: mw_asadmin HOME ADMINPORT args...
mw_asadmin() {
  local home="$1" port="$2"; shift 2
  "$home/bin/asadmin" --interactive=false --port "$port" "$@"
}

# Admin port recorded in an existing domain.xml (admin-listener).
mw_domain_admin_port() {
  local xml; xml="$(mw_domain_dir "$1" "$2")/config/domain.xml"
  [[ -f "$xml" ]] || return 1
  # <network-listener ... port="8048" ... name="admin-listener" ...> in the first
  # (server-config) <config>; attribute order varies.
  grep -m1 -E '<network-listener [^>]*name="admin-listener"' "$xml" | sed -n 's/.* port="\([0-9]*\)".*/\1/p'
}

# PID of the running DAS of this domain, or nothing (exit 1).
mw_domain_pid() {
  local ddir pid
  ddir="$(mw_domain_dir "$1" "$2")"
  [[ -f "$ddir/config/pid" ]] || return 1
  pid="$(tr -dc '0-9' < "$ddir/config/pid")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # A stale pid file could name a recycled PID: check that it is this domain.
  mw_pid_is_domain "$pid" "$ddir" || return 1
  printf '%s\n' "$pid"
}

# Is PID a server JVM of the domain in directory DDIR?
mw_pid_is_domain() {
  # Read it whole first: `tr | grep -q` would fail under pipefail when grep
  # stops reading early (SIGPIPE).
  local cmdline
  cmdline="$(tr '\0' '\n' < "/proc/$1/cmdline" 2>/dev/null)" || return 1
  grep -qxF -- "-Dcom.sun.aas.instanceRoot=$2" <<<"$cmdline"
}

mw_domain_running() { mw_domain_pid "$1" "$2" >/dev/null; }

# Is something listening on 127.0.0.1:PORT?
mw_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# PID listening on a TCP port (needs ss from iproute2), or nothing.
mw_port_pid() {
  command -v ss >/dev/null || return 1
  local out
  out="$(ss -Hltnp "sport = :$1" 2>/dev/null)" || return 1
  sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<<"$out" | sed -n 1p
}

mw_start_domain() {
  local home="$1" domain="$2" port t0=$SECONDS
  mw_domain_running "$home" "$domain" && return 0
  port="$(mw_domain_admin_port "$home" "$domain")"
  local http=$((port - 48 + 80))
  for p in "$port" "$http"; do
    if mw_port_busy "$p"; then
      local pid; pid="$(mw_port_pid "$p" || true)"
      mw_die "poort/port $p is al in gebruik/already in use${pid:+ by PID $pid ($(tr '\0' ' ' < /proc/"$pid"/cmdline 2>/dev/null | cut -c1-160))}.
  Another server (or another Maatwerk domain) runs there: stop it first."
    fi
  done
  mw_log "Domein/domain $domain starten/starting (admin port $port)"
  "$home/bin/asadmin" --interactive=false start-domain "$domain" >&2 \
    || mw_die "start van domein/start of domain $domain mislukt/failed; see $(mw_domain_dir "$home" "$domain")/logs/server.log"
  mw_log "Domein/domain $domain gestart/started in $((SECONDS - t0)) s"
}

mw_stop_domain() {
  local home="$1" domain="$2" t0=$SECONDS
  mw_domain_running "$home" "$domain" || return 0
  mw_log "Domein/domain $domain stoppen/stopping"
  if ! "$home/bin/asadmin" --interactive=false stop-domain "$domain" >&2; then
    mw_log "stop-domain mislukt/failed, the process is killed"
    "$home/bin/asadmin" --interactive=false stop-domain --kill=true "$domain" >&2 || true
  fi
  local i
  for ((i = 0; i < 30; i++)); do
    mw_domain_running "$home" "$domain" || { mw_log "Domein/domain $domain gestopt/stopped ($((SECONDS - t0)) s)"; return 0; }
    sleep 1
  done
  mw_die "domein/domain $domain stopt niet/does not stop (PID $(mw_domain_pid "$home" "$domain"))"
}

mw_restart_domain() {
  mw_stop_domain "$1" "$2"
  mw_start_domain "$1" "$2"
}

# Ends a server of this domain that still holds PORT although its installation
# or pid file is gone (e.g. `mvn clean` after a crashed test run). Only a process
# whose command line names this domain's directory is touched.
mw_kill_orphan() {
  local home="$1" domain="$2" port="$3" pid ddir
  mw_port_busy "$port" || return 0
  pid="$(mw_port_pid "$port" || true)"
  ddir="$(mw_domain_dir "$home" "$domain")"
  if [[ -n "$pid" ]] && mw_pid_is_domain "$pid" "$ddir"; then
    mw_log "Achtergebleven server/leftover server of $domain (PID $pid) on port $port wordt beëindigd/is ended"
    kill "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    sleep 1
  fi
}

# ---------------------------------------------------------------------------
# Desired configuration (domain.asadmin rendered with values from the env)
# ---------------------------------------------------------------------------
# Escapes a value for a double-quoted token of asadmin multimode.
mw_mm_escape() {
  local v="$1"
  v="${v//\\/\\\\}"
  v="${v//\"/\\\"}"
  printf '%s' "$v"
}

mw_truthy() {
  case "${1,,}" in true|1|yes|ja|on) return 0 ;; false|0|no|nee|off) return 1 ;; *) mw_die "ongeldige waarde/invalid boolean '$1'" ;; esac
}

# Prints domain.asadmin with its @NAME@ placeholders filled in. Comments and
# blank lines are dropped.
mw_render_domain_config() {
  local ds url user password demodata xmx
  if [[ -n "${MAATWERK_DB_URL:-}" ]]; then
    [[ "$MAATWERK_DB_URL" == jdbc:postgresql://* ]] || mw_die "MAATWERK_DB_URL moet/must be a jdbc:postgresql://host:port/db URL, not '$MAATWERK_DB_URL'"
    [[ -n "${MAATWERK_DB_USER:-}" ]] || mw_die "MAATWERK_DB_URL is set but MAATWERK_DB_USER is not"
    [[ -n "${MAATWERK_DB_PASSWORD:-}" ]] || mw_die "MAATWERK_DB_URL is set but MAATWERK_DB_PASSWORD is not (Payara needs a password with a user)"
    [[ "$MAATWERK_DB_URL$MAATWERK_DB_PASSWORD" != *'${'* ]] || mw_die "MAATWERK_DB_URL/PASSWORD may not contain '\${' (Payara would expand it)"
    ds=org.postgresql.ds.PGSimpleDataSource
    url="$MAATWERK_DB_URL" user="$MAATWERK_DB_USER" password="$MAATWERK_DB_PASSWORD"
  else
    ds=org.h2.jdbcx.JdbcDataSource
    url='jdbc:h2:${com.sun.aas.instanceRoot}/data/maatwerk;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE'
    user='' password=''
  fi
  if mw_truthy "${MAATWERK_DEMODATA:-true}"; then demodata=true; else demodata=false; fi
  xmx="${MAATWERK_XMX:-1g}"
  [[ "$xmx" =~ ^[0-9]+[kKmMgG]?$ ]] || mw_die "MAATWERK_XMX='$xmx' is no heap size (e.g. 1g, 768m)"

  local line
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    line="${line//@DB_DATASOURCE@/$(mw_mm_escape "$ds")}"
    line="${line//@DB_URL@/$(mw_mm_escape "$url")}"
    line="${line//@DB_USER@/$(mw_mm_escape "$user")}"
    line="${line//@DB_PASSWORD@/$(mw_mm_escape "$password")}"
    line="${line//@DEMODATA@/$demodata}"
    line="${line//@XMX@/$xmx}"
    [[ "$line" != *@[A-Z_]*@* ]] || mw_die "onbekende/unknown placeholder in domain.asadmin: $line"
    printf '%s\n' "$line"
  done < "$MW_CONFIG_DIR/domain.asadmin"
}

# Unquotes one multimode token (only the forms domain.asadmin uses).
mw_mm_unquote() {
  local t="$1"
  if [[ "$t" == \"*\" ]]; then
    t="${t:1:${#t}-2}"
    t="${t//\\\"/\"}"
    t="${t//\\\\/\\}"
  fi
  printf '%s' "$t"
}

# Identity of a JVM option: -Dname, -Xmx, -XX:Name, or the option itself.
mw_jvm_option_key() {
  local o="$1"
  case "$o" in
    -D*=*) printf '%s\n' "${o%%=*}" ;;
    -Xmx*|-Xms*|-Xss*|-Xmn*) printf '%s\n' "${o:0:4}" ;;
    -XX:[+-]*) printf '%s\n' "-XX:${o:5}" ;;
    -XX:*=*) printf '%s\n' "${o%%=*}" ;;
    *) printf '%s\n' "$o" ;;
  esac
}

# A JVM option as an argument of create-/delete-jvm-options in a multimode file:
# ':' separates options there (escaped as \:, and the tokenizer eats one '\').
mw_jvm_option_arg() {
  local o="${1//\\/\\\\\\\\}"
  o="${o//:/\\\\:}"
  o="${o//\"/\\\"}"
  printf '"%s"' "$o"
}

# Runs an asadmin multimode file; fails when any command in it failed
# (multimode itself always exits 0).
mw_asadmin_file() {
  local home="$1" port="$2" file="$3" out rc=0
  out="$(mw_asadmin "$home" "$port" multimode --file "$file" 2>&1)" || rc=$?
  printf '%s\n' "$out" | grep -v '^Unable to retrieve infocmp' || true
  if [[ $rc -ne 0 ]] || grep -qE '^(Command .* failed\.|remote failure:)' <<<"$out"; then
    return 1
  fi
}

# Applies the rendered configuration to the running DAS, idempotently.
mw_apply_domain_config() {
  local home="$1" port="$2" rendered="$3"
  local q out jvm pools resources
  q="$(mktemp)"
  printf 'list-jvm-options\nlist-jdbc-connection-pools\nlist-jdbc-resources\n' > "$q"
  out="$(mw_asadmin "$home" "$port" multimode --file "$q" 2>&1)" || { rm -f "$q"; printf '%s\n' "$out" >&2; mw_die "asadmin op/on port $port antwoordt niet/does not answer"; }
  rm -f "$q"
  # Split the three outputs at their "Command X executed successfully." lines.
  jvm="$(awk '/^Command list-jvm-options/{exit} !/^Unable to retrieve infocmp/' <<<"$out" | sed 's/ *--> JDK versions.*$//')"
  pools="$(awk '/^Command list-jvm-options/{on=1; next} /^Command list-jdbc-connection-pools/{exit} on' <<<"$out")"
  resources="$(awk '/^Command list-jdbc-connection-pools/{on=1; next} /^Command list-jdbc-resources/{exit} on' <<<"$out")"

  local apply line cmd rest name opt key existing
  apply="$(mktemp)"
  chmod 600 "$apply"
  while IFS= read -r line; do
    cmd="${line%% *}"
    rest="${line#* }"
    case "$cmd" in
      create-jvm-options)
        opt="$(mw_mm_unquote "$rest")"
        key="$(mw_jvm_option_key "$opt")"
        while IFS= read -r existing; do
          [[ -z "$existing" || "$existing" == "$opt" ]] && continue
          if [[ "$(mw_jvm_option_key "$existing")" == "$key" ]]; then
            printf 'delete-jvm-options %s\n' "$(mw_jvm_option_arg "$existing")" >> "$apply"
          fi
        done <<<"$jvm"
        grep -qxF -- "$opt" <<<"$jvm" || printf 'create-jvm-options %s\n' "$(mw_jvm_option_arg "$opt")" >> "$apply"
        ;;
      create-jdbc-connection-pool)
        name="${line##* }"
        grep -qxF -- "$name" <<<"$pools" || printf '%s\n' "$line" >> "$apply"
        ;;
      create-jdbc-resource)
        name="${line##* }"
        grep -qxF -- "$name" <<<"$resources" || printf '%s\n' "$line" >> "$apply"
        ;;
      *)
        printf '%s\n' "$line" >> "$apply"
        ;;
    esac
  done < "$rendered"
  if ! mw_asadmin_file "$home" "$port" "$apply" >"$apply.out"; then
    rm -f "$apply"
    # The output shows the failing command; `set` echoes values, so the
    # password line is left out.
    grep -v 'property.password=' "$apply.out" >&2; rm -f "$apply.out"
    mw_log "FOUT/ERROR: configuratie van het domein mislukt/applying the domain configuration failed (see above)"
    return 1
  fi
  grep -E '^(Created|Deleted|JDBC|Phone|No jvm)' "$apply.out" | sed 's/^/  /' >&2 || true
  rm -f "$apply" "$apply.out"
}

# PostgreSQL driver in DOMAIN/lib (the domain's common class loader).
mw_ensure_postgresql_driver() {
  local ddir="$1" v jar
  v="$(mw_postgresql_version)"
  jar="$ddir/lib/postgresql-$v.jar"
  [[ -f "$jar" ]] && { printf '%s\n' "$(basename "$jar")"; return 0; }
  mw_log "PostgreSQL JDBC driver $v ophalen/fetching into $ddir/lib"
  find "$ddir/lib" -maxdepth 1 -name 'postgresql-*.jar' -delete 2>/dev/null || true
  mw_fetch_artifact "org.postgresql:postgresql:$v" "$ddir/lib"
  [[ -f "$jar" ]] || mw_die "$jar not found after fetching"
  printf '%s\n' "$(basename "$jar")"
}

# mw_configure_domain HOME DOMAIN PORTBASE
# Creates the domain when missing and brings it to the state of domain.asadmin.
# Leaves the domain as it found it: stopped stays stopped; running is restarted
# when something changed.
mw_configure_domain() {
  local home="$1" domain="$2" portbase="$3"
  [[ -x "$home/bin/asadmin" ]] || mw_die "$home is geen/is no Payara installation (run provision.sh first)"
  [[ "$portbase" =~ ^[0-9]+$ && "$portbase" -ge 1024 && "$portbase" -le 65000 ]] || mw_die "ongeldige/invalid portbase '$portbase'"
  home="$(cd "$home" && pwd)"
  local ddir admin=$((portbase + 48)) http=$((portbase + 80)) t0=$SECONDS
  ddir="$(mw_domain_dir "$home" "$domain")"

  if [[ ! -f "$ddir/config/domain.xml" ]]; then
    rm -rf "$ddir"
    mw_log "Domein/domain $domain aanmaken/creating (portbase $portbase: admin $admin, http $http)"
    local out
    out="$("$home/bin/asadmin" --interactive=false create-domain --nopassword=true --checkports=false \
      --portbase "$portbase" "$domain" 2>&1)" || { printf '%s\n' "$out" >&2; mw_die "create-domain $domain mislukt/failed"; }
    mw_log "Domein/domain $domain aangemaakt/created ($((SECONDS - t0)) s)"
  fi
  local actual; actual="$(mw_domain_admin_port "$home" "$domain")"
  [[ "$actual" == "$admin" ]] || mw_die "domein/domain $domain in $home bestaat al met/already exists with admin port $actual, not $admin (portbase $portbase).
  Use portbase $((actual - 48)), or delete the domain ($ddir)."

  # Each domain gets its own temp directory (see domain.asadmin: java.io.tmpdir); the JVM does not create it.
  mkdir -p "$ddir/tmp"

  # The desired state, and its hash (driver jar name included).
  local rendered hash extra=""
  rendered="$(mktemp)"; chmod 600 "$rendered"
  ( mw_render_domain_config ) > "$rendered" || { rm -f "$rendered"; exit 1; }
  if [[ -n "${MAATWERK_DB_URL:-}" ]]; then
    extra="$(mw_ensure_postgresql_driver "$ddir")"
  fi
  hash="$( { cat "$rendered"; printf 'driver=%s\n' "$extra"; } | sha256sum | cut -d' ' -f1)"
  if [[ -f "$ddir/$MW_CONFIG_MARKER" && "$(cat "$ddir/$MW_CONFIG_MARKER")" == "$hash" ]]; then
    rm -f "$rendered"
    mw_log "Configuratie van/configuration of $domain ongewijzigd/unchanged"
    return 0
  fi

  mw_log "Configuratie toepassen op/applying configuration to $domain ($([[ -n "${MAATWERK_DB_URL:-}" ]] && echo "PostgreSQL ${MAATWERK_DB_URL%%\?*}" || echo "H2 embedded"), demodata=$(grep -o 'maatwerk.demodata=[a-z]*' "$rendered" | cut -d= -f2))"
  local was_running=false
  if mw_domain_running "$home" "$domain"; then was_running=true; else mw_start_domain "$home" "$domain"; fi
  if ! mw_apply_domain_config "$home" "$admin" "$rendered"; then
    rm -f "$rendered"
    $was_running || mw_stop_domain "$home" "$domain"
    mw_die "domein/domain $domain niet geconfigureerd/not configured"
  fi
  rm -f "$rendered"
  printf '%s\n' "$hash" > "$ddir/$MW_CONFIG_MARKER"
  if $was_running; then
    mw_restart_domain "$home" "$domain"
  else
    mw_stop_domain "$home" "$domain"
  fi
  mw_log "Domein/domain $domain geconfigureerd/configured ($((SECONDS - t0)) s)"
}
