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

# Runs ./mvnw with its output kept in a log; when the build fails, says so and shows the log's end
# (a benchmark prints only its figures, never exits silently).
mvnw_quietly() {
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/norderstedt-go-build.XXXXXX")
  if ! ./mvnw "$@" > "$log" 2>&1; then
    echo "Norderstedt GO!: the build failed (./mvnw $*). Its last lines:" >&2
    grep -v '^\s*at ' "$log" | tail -40 >&2
    echo "(whole log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
}
