# Shared by bin/run and bin/test: find JDK 25 and install what the platform needs from Debian.
# Sourced, not executed.

die() {
  printf '\nNorderstedt GO!: %s\n\n' "$*" >&2
  exit 1
}

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

find_jdk25() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
      printf '%s' "$candidate"
      return 0
    fi
  done
  return 1
}

use_jdk25() {
  local jdk
  jdk=$(find_jdk25) || die "JDK 25 not found (the default 'java' is $(java -version 2>&1 | head -n 1 || echo missing)).
Install a JDK 25, for example Eclipse Temurin 25 (package temurin-25-jdk from the Adoptium apt repository),
or set JAVA_HOME to a JDK 25 folder, then run this command again."
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Installs Debian packages when they are missing and we are allowed to; otherwise says what to install.
ensure_debian_packages() {
  local missing=() cmd pkg
  while [ $# -gt 0 ]; do
    cmd=$1 pkg=$2
    shift 2
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Norderstedt GO!: installing ${missing[*]} (Debian packages) ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || die "installing ${missing[*]} failed. Install them yourself: apt-get install ${missing[*]}"
  else
    die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
  fi
}

# Runs ./mvnw with its output kept in a log; when the build fails, says why (Maven's error lines) and
# shows the log's end: a benchmark prints only its figures, and never exits silently.
mvnw_quietly() {
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/norderstedt-go-build.XXXXXX")
  if ! ./mvnw "$@" > "$log" 2>&1; then
    build_failed "$log" "./mvnw $*"
  fi
  rm -f "$log"
}

# Says that a build failed, why, and where its whole log is; ends the script.
build_failed() {
  local log=$1 what=$2 reason
  echo "Norderstedt GO!: the build failed ($what)." >&2
  reason=$(grep -E '^\[ERROR\] ' "$log" \
    | grep -vE 'Re-run Maven|-e switch|-X switch|\[Help 1\]|For more information about the errors|full stack trace|^\[ERROR\] *->|^\[ERROR\] *$' \
    | head -n 15 || true)
  if [ -n "$reason" ]; then
    printf 'Why (Maven'"'"'s errors):\n%s\n' "$reason" >&2
  fi
  echo "The log's last lines:" >&2
  grep -v '^\s*at ' "$log" | tail -n 40 >&2
  echo "(whole log: $log)" >&2
  exit 1
}

# Runs one *Benchmark class of the portal and prints the figures it wrote. Maven builds the modules
# the portal needs from this checkout first (-am: accessibility, content, kiosk, codegen), so it works
# on a fresh clone with an empty Maven cache; nothing is installed into the Maven cache.
#   run_benchmark CLASS FIGURES-FILE PHASE [more Maven arguments]
# PHASE is test, or package when the benchmark needs a module's jar (the locker agent's).
run_benchmark() {
  local class=$1 figures=$2 phase=$3
  shift 3
  rm -f "$figures"
  echo "Norderstedt GO!: building what $class needs and running it (the first build on a fresh clone takes minutes) ..." >&2
  mvnw_quietly -B -pl portal -am "$phase" -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djacoco.skip=true "$@"
  [ -s "$figures" ] || die "the build passed, but $class wrote no figures to $figures.
Did it run? Its report: portal/target/surefire-reports/*$class*"
  cat "$figures"
}

# Builds portal/target/portal.jar when it is missing or older than the sources (tests skipped).
build_portal_jar() {
  local jar=portal/target/portal.jar
  if [ ! -f "$jar" ] || [ -n "$(find pom.xml */pom.xml */src content/tutorials -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    echo "Norderstedt GO!: building (tests skipped; bin/test runs them) ..." >&2
    mvnw_quietly -B -DskipTests -pl portal -am package
  fi
}

# ---- A fast start (bin/run, bin/bench-startup)
# The portal starts from portal.jar extracted into plain jars (Spring Boot's "tools" jar mode), the
# form the JDK's ahead-of-time cache needs (JEP 483/514/515: classes loaded and linked, and method
# profiles, from a training run). Both are made once per build in portal/target/run, never committed.
RUN_DIR=portal/target/run
AOT_CACHE=$RUN_DIR/portal.aot

# A free TCP port on 127.0.0.1, from 18080 on.
free_port() {
  local port
  for port in $(seq 18080 18380); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free TCP port between 18080 and 18380 on 127.0.0.1"
}

# Waits until http://127.0.0.1:PORT/ answers 200 while process PID lives; fails after SECONDS.
await_home_page() {
  local port=$1 pid=$2 seconds=$3 deadline status
  deadline=$(( $(date +%s) + seconds ))
  while :; do
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$port/" 2>/dev/null || true)
    [ "$status" = 200 ] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.02
  done
}

# Waits until the portal on PORT reports ready (after the start's own work, e.g. loading the demo data,
# which a stop in between would cut short and roll back); at most SECONDS.
await_ready() {
  local port=$1 seconds=$2 deadline
  deadline=$(( $(date +%s) + seconds ))
  until curl -s --max-time 10 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# What the JDK's cache was made with: a cache of another JDK is not used (the JVM would ignore it).
jdk_stamp() {
  printf '%s %s\n' "$JAVA_HOME" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
}

# Extracts portal.jar and makes the ahead-of-time cache when the jar is newer than them.
prepare_fast_start() {
  local jar=portal/target/portal.jar port pid log
  if [ ! -f "$RUN_DIR/portal.jar" ] || [ "$jar" -nt "$RUN_DIR/portal.jar" ]; then
    rm -rf "$RUN_DIR"
    java -Djarmode=tools -jar "$jar" extract --destination "$RUN_DIR" >/dev/null \
      || die "could not extract $jar into $RUN_DIR (java -Djarmode=tools -jar $jar extract)"
    touch "$RUN_DIR/portal.jar"
  fi
  if [ -f "$AOT_CACHE" ] && [ "$AOT_CACHE" -nt "$RUN_DIR/portal.jar" ] \
    && [ "$(cat "$AOT_CACHE.jdk" 2>/dev/null)" = "$(jdk_stamp)" ]; then
    return 0
  fi
  rm -f "$AOT_CACHE" "$AOT_CACHE.jdk"
  echo "Norderstedt GO!: a training run for a fast start (once per build, a minute or two) ..." >&2
  port=$(free_port)
  log="$RUN_DIR/training.log"
  # the same options as every start (bin/run): the JVM uses a cache only with options that fit it
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -XX:AOTCacheOutput="$AOT_CACHE" -jar "$RUN_DIR/portal.jar" \
    --go.demo-data.enabled=true --server.port="$port" >"$log" 2>&1 &
  pid=$!
  # interrupted (Ctrl+C, a timeout): the training portal stops too, never left running
  trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; exit 130' INT TERM
  trap 'kill -TERM "$pid" 2>/dev/null || true' EXIT
  if await_home_page "$port" "$pid" 300; then
    # a few more pages, so that their classes and methods are in the cache too
    for page in /kurse /lernen /anmelden /kiosk; do
      curl -s -o /dev/null --max-time 30 "http://127.0.0.1:$port$page" || true
    done
    await_ready "$port" 300 || true
    # the cache is written when the JVM ends (SIGTERM: Spring closes, then the JVM writes it)
    kill -TERM "$pid" 2>/dev/null || true
  else
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "Norderstedt GO!: the training run did not answer; starting without the cache. Its last lines:" >&2
    tail -n 30 "$log" >&2
    rm -f "$AOT_CACHE"
    return 0
  fi
  wait "$pid" 2>/dev/null || true
  trap - INT TERM EXIT
  if [ -s "$AOT_CACHE" ]; then
    jdk_stamp >"$AOT_CACHE.jdk"
  else
    echo "Norderstedt GO!: the training run made no cache ($log); starting without it." >&2
  fi
}

# The java arguments of a start as bin/run does it (after prepare_fast_start); more arguments follow.
# "without-cache" leaves the ahead-of-time cache out (bin/bench-startup --without-cache compares).
portal_java_args() {
  local cache=${1:-with-cache}
  # shellcheck disable=SC2086
  set -- ${JAVA_OPTS:-}
  if [ "$cache" = with-cache ] && [ -s "$AOT_CACHE" ]; then
    set -- "$@" -XX:AOTCache="$AOT_CACHE"
  fi
  printf '%s\n' "$@" -jar "$RUN_DIR/portal.jar"
}
