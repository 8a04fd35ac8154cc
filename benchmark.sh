#!/usr/bin/env bash
# The platform benchmark: moves N nominations from intake to the public feed and measures, in the same run, the
# floors it is compared with (raw PostgreSQL, a plain Quarkus CRUD endpoint, raw Kafka). Needs only a JDK 17+.
#   ./benchmark.sh                  N = 21,000 nominations, 8 clients, an isolated stack (fresh databases, free ports)
#   ./benchmark.sh --quick          N = 2,000
#   ./benchmark.sh -n N -c C        other sizes
#   ./benchmark.sh --use-running    against the stack of ./run-local.sh
#   ./benchmark.sh -o results.json  also write the JSON there (always: deploy/benchmark/target/benchmark-results.json)
#   SKIP_BUILD=1 ./benchmark.sh     reuse the last build
set -euo pipefail
cd "$(dirname "$0")"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "==> Building the services and the benchmark"
  ./mvnw -B -q package -DskipTests \
    -pl nomination-service,review-service,award-service,publicity-service,deploy/benchmark -am
fi

java_cmd="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
exec "$java_cmd" -Dvinhdanh.repo.root="$PWD" -jar deploy/benchmark/target/benchmark.jar "$@"
