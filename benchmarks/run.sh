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

# jmh CLASS NAME: runs one JMH benchmark class, its results in $results/NAME.json and NAME.txt.
jmh() {
    "$java" -jar benchmarks/target/benchmarks.jar "$1" -rf json -rff "$results/$2.json" | tee "$results/$2.txt"
}

# harness CLASS NAME ARGS...: runs one of the benchmarks' own programs, its output in $results/NAME.txt.
harness() {
    local class=$1 name=$2
    shift 2
    "$java" -cp benchmarks/target/benchmarks.jar "org.castellan.benchmarks.$class" "$@" | tee "$results/$name.txt"
}

# table NAME: the results table of a JMH run.
table() {
    sed -n '/^Benchmark /,$p' "$results/$1.txt"
}

# (a) Save and reload of a model with 10,000 users, 500 roles, 2,000 rights, 200 groups (JMH).
jmh ModelStoreBenchmark model-store

# (a1) Configuration as code: applying a text of the same 10,000 users, 200 groups, 500 roles and 2,000 rights
# to an empty installation, next to ModelStoreBenchmark.save of that model in the same run, and applying it
# again when nothing changes (JMH).
jmh ConfigApplyBenchmark config-apply

# (a2) Effective-rights checks against jCasbin with the same RBAC policy, and recompilation (JMH).
jmh RightsCheckBenchmark rights-check

# (a5) Object permissions on 100,000 objects next to jCasbin, and a data filter on 30 years of days and 1M customers (JMH).
jmh ObjectPermissionBenchmark object-permissions
jmh DataFilterBenchmark data-filter
# (a5b) 1,000,000 members of a customers dimension registered from a member file, next to a plain JDBC batch
# insert of the same rows in the same Derby, and one data right created on that installation (JMH).
jmh MemberLoadBenchmark member-load

# (a5c) castellan datarights filter and datarights effective end to end in the product, each in a fresh JVM with the
# default heap, on 1,000,000 customers, 30 years of days and 50 data rights (generated once into
# benchmarks/target/datarights-cli and reused), with their peak heap and the floor: the same rows read by plain
# indexed JDBC selects in a fresh JVM.
harness DataRightsCliHarness datarights-cli --runs "${RUNS:-5}" --work benchmarks/target/datarights-cli

# (a6) Audit journal ingestion with durable commits: chained batches next to one JDBC insert per event (JMH),
# and the history reports on 5 million journal rows and 1 million archive records (JMH; the data is
# written once into benchmarks/target/audit-data-* and reused).
jmh JournalIngestionBenchmark journal-ingestion
jmh AuditReportBenchmark audit-reports

# (a7) What the home reads when it opens, on 5 million journal rows and 100,000 users (JMH; the data is
# written once into benchmarks/target/home-data-* and reused). The goal: under 300 ms.
jmh HomeSummaryBenchmark home-summaries

# (a3) Argon2id verification, the cost of a login (JMH).
jmh PasswordHashBenchmark password-hash

# (a4) Authorization levels: one user's visible set over 5,000 options, and its activity patterns (JMH).
jmh MenuLevelsBenchmark menu-levels

# (a6) 50 workstations logging in and out and heartbeating over a Network Server for 60 s while bans are set and lifted.
harness SessionLoadHarness session-load --workstations 50 --seconds 60 --work benchmarks/target/session-load

# (a7) The server's decision API over loopback HTTPS (single and batched right checks, p99), next to the
# same checks in-process.
harness DecisionApiHarness decision-api --clients "${CLIENTS:-16}" --seconds 15 --work benchmarks/target/decision-api

# (b) Cold start of the product to its first dialog, under a private Xvfb.
for installation in existing fresh; do
    harness ColdStartHarness "cold-start-$installation" --installation "$installation" --runs "${RUNS:-5}" \
        --work "benchmarks/target/coldstart-$installation"
done

# (a7) Domain users against a real slapd (Debian packages slapd and ldap-utils): a domain login next to a local
# Argon2id login in the same run, and castellan directory sync of 10,000 users in 500 groups.
harness DirectoryHarness directory --work benchmarks/target/directory

# (c) Daily backup of a generated installation (SIZE_MB, default 1024) next to cp -r of the same folder.
harness BackupHarness backup --work benchmarks/target/backup --size-mb "${SIZE_MB:-1024}"

echo
echo "=== Summary ==="
table model-store
table config-apply
awk '/applyToAnEmptyInstallation /{a=$4} /modelStoreSave /{s=$4} END{if (s > 0) printf "Config apply of 10,000 users / ModelStoreBenchmark.save of the same model = %.2f\n", a/s}' "$results/config-apply.txt"
table rights-check
table password-hash
table menu-levels
grep -h -E '^(Logins|Heartbeats|Count check)' "$results/session-load.txt"
sed -n '/^Backup of a/,$p' "$results/backup.txt"
table object-permissions
table data-filter
table member-load
sed -n '/^datarights filter (/,$p' "$results/datarights-cli.txt"
table journal-ingestion
awk '/batchedChained /{b=$4} /oneInsertPerEventJdbc /{o=$4} END{if (o > 0) printf "Journal ingestion: batched chained / one insert per event = %.1f\n", b/o}' "$results/journal-ingestion.txt"
table audit-reports
table home-summaries
grep -h -E '^(domain login|local login|directory sync)' "$results/directory.txt"
grep -h -A2 '^Cold start' "$results/cold-start-existing.txt" "$results/cold-start-fresh.txt"
grep -h -A4 "^Decision API" "$results/decision-api.txt"
