#!/usr/bin/env bash
# Runs the whole Vinh Danh platform on this machine with demo data: PostgreSQL (the one on 127.0.0.1:5432, or an
# embedded one), a real Kafka broker (KRaft, its own JVM) and the four services, each as its own process.
# Needs only a JDK 17+. Ctrl+C (or SIGTERM) stops everything it started.
#   ./run-local.sh             build what changed, start, load demo data
#   ./run-local.sh --no-demo   start without demo data
#   SKIP_BUILD=1 ./run-local.sh   reuse the last build
set -euo pipefail
cd "$(dirname "$0")"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "==> Building the platform (the first run downloads dependencies and takes a few minutes)"
  ./mvnw -B -q install -DskipTests
fi

java_cmd="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
exec "$java_cmd" -Dvinhdanh.repo.root="$PWD" -jar deploy/local-stack/target/local-stack.jar "$@"
