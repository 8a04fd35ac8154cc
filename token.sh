#!/usr/bin/env bash
# Prints a bearer token for the local stack: ./token.sh agency SO-GDDT | council-secretary | council-member |
# award-officer | editor | admin. Paste it into Swagger UI's "Authorize" or use it with curl.
set -euo pipefail
cd "$(dirname "$0")"
jar=deploy/local-stack/target/local-stack.jar
if [[ ! -f "$jar" ]]; then
  echo "==> building the local stack tools first" >&2
  ./mvnw -B -q install -DskipTests >&2
fi
java_cmd="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
exec "$java_cmd" -Dvinhdanh.repo.root="$PWD" -cp "$jar" vn.vinhdanh.deploy.stack.TokenCommand "$@"
