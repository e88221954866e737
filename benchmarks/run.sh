#!/usr/bin/env bash
# Builds the product and the benchmark jar, runs every benchmark and prints a summary.
#
#   benchmarks/run.sh            (from anywhere; takes about 5 minutes on 2 cores)
#
# Results are kept in benchmarks/target/results/. Never part of the test command.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

source releng/scripts/java.sh
java="$JAVA_HOME/bin/java"
results=benchmarks/target/results

./mvnw -B -Pbenchmarks verify -DskipTests
mkdir -p "$results"

# (a) Save and reload of a model with 10,000 users, 500 roles, 2,000 rights, 200 groups (JMH).
"$java" -jar benchmarks/target/benchmarks.jar ModelStoreBenchmark \
    -rf json -rff "$results/model-store.json" | tee "$results/model-store.txt"

# (a1) Configuration as code: applying a text of the same 10,000 users, 200 groups, 500 roles and 2,000 rights
# to an empty installation, next to ModelStoreBenchmark.save of that model in the same run, and applying it
# again when nothing changes (JMH).
"$java" -jar benchmarks/target/benchmarks.jar ConfigApplyBenchmark \
    -rf json -rff "$results/config-apply.json" | tee "$results/config-apply.txt"

# (a2) Effective-rights checks against jCasbin with the same RBAC policy, and recompilation (JMH).
"$java" -jar benchmarks/target/benchmarks.jar RightsCheckBenchmark \
    -rf json -rff "$results/rights-check.json" | tee "$results/rights-check.txt"

# (a5) Object permissions on 100,000 objects next to jCasbin, and a data filter on 30 years of days and 1M customers (JMH).
"$java" -jar benchmarks/target/benchmarks.jar ObjectPermissionBenchmark \
    -rf json -rff "$results/object-permissions.json" | tee "$results/object-permissions.txt"
"$java" -jar benchmarks/target/benchmarks.jar DataFilterBenchmark \
    -rf json -rff "$results/data-filter.json" | tee "$results/data-filter.txt"

# (a6) Audit journal ingestion with durable commits: chained batches next to one JDBC insert per event (JMH),
# and the history reports on 5 million journal rows and 1 million archive records (JMH; the data is
# written once into benchmarks/target/audit-data-* and reused).
"$java" -jar benchmarks/target/benchmarks.jar JournalIngestionBenchmark \
    -rf json -rff "$results/journal-ingestion.json" | tee "$results/journal-ingestion.txt"
"$java" -jar benchmarks/target/benchmarks.jar AuditReportBenchmark \
    -rf json -rff "$results/audit-reports.json" | tee "$results/audit-reports.txt"

# (a3) Argon2id verification, the cost of a login (JMH).
"$java" -jar benchmarks/target/benchmarks.jar PasswordHashBenchmark \
    -rf json -rff "$results/password-hash.json" | tee "$results/password-hash.txt"

# (a4) Authorization levels: one user's visible set over 5,000 options, and its activity patterns (JMH).
"$java" -jar benchmarks/target/benchmarks.jar MenuLevelsBenchmark \
    -rf json -rff "$results/menu-levels.json" | tee "$results/menu-levels.txt"

# (a6) 50 workstations logging in and out and heartbeating over a Network Server for 60 s while bans are set and lifted.
"$java" -cp benchmarks/target/benchmarks.jar org.castellan.benchmarks.SessionLoadHarness --workstations 50 --seconds 60 \
    --work benchmarks/target/session-load | tee "$results/session-load.txt"

# (b) Cold start of the product to its first dialog, under a private Xvfb.
jar=benchmarks/target/benchmarks.jar
harness=org.castellan.benchmarks.ColdStartHarness
"$java" -cp "$jar" "$harness" --installation existing --runs "${RUNS:-5}" \
    --work benchmarks/target/coldstart-existing | tee "$results/cold-start-existing.txt"
"$java" -cp "$jar" "$harness" --installation fresh --runs "${RUNS:-5}" \
    --work benchmarks/target/coldstart-fresh | tee "$results/cold-start-fresh.txt"

# (c) Daily backup of a generated installation (SIZE_MB, default 1024) next to cp -r of the same folder.
"$java" -cp "$jar" org.castellan.benchmarks.BackupHarness --work benchmarks/target/backup \
    --size-mb "${SIZE_MB:-1024}" | tee "$results/backup.txt"

echo
echo "=== Summary ==="
sed -n '/^Benchmark /,$p' "$results/model-store.txt"
sed -n '/^Benchmark /,$p' "$results/config-apply.txt"
awk '/applyToAnEmptyInstallation /{a=$4} /modelStoreSave /{s=$4} END{if (s > 0) printf "Config apply of 10,000 users / ModelStoreBenchmark.save of the same model = %.2f\n", a/s}' "$results/config-apply.txt"
sed -n '/^Benchmark /,$p' "$results/rights-check.txt"
sed -n '/^Benchmark /,$p' "$results/password-hash.txt"
sed -n '/^Benchmark /,$p' "$results/menu-levels.txt"
grep -h -E '^(Logins|Heartbeats|Count check)' "$results/session-load.txt"
sed -n '/^Backup of a/,$p' "$results/backup.txt"
sed -n '/^Benchmark /,$p' "$results/object-permissions.txt"
sed -n '/^Benchmark /,$p' "$results/data-filter.txt"
sed -n '/^Benchmark /,$p' "$results/journal-ingestion.txt"
awk '/batchedChained /{b=$4} /oneInsertPerEventJdbc /{o=$4} END{if (o > 0) printf "Journal ingestion: batched chained / one insert per event = %.1f\n", b/o}' "$results/journal-ingestion.txt"
sed -n '/^Benchmark /,$p' "$results/audit-reports.txt"
grep -h -A2 '^Cold start' "$results/cold-start-existing.txt" "$results/cold-start-fresh.txt"
