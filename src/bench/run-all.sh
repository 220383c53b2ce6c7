#!/usr/bin/env bash
# Runs every benchmark of docs/benchmarks.md in one go and writes the figures to target/bench-results/.
# The data set is generated once into $BENCH_DATA. Each application run works on a fresh copy of it, so every
# simulation starts from the same rows. Then come JMH and the Gatling simulations. Only loopback addresses are used.
#
#   bash src/bench/run-all.sh                      # provincial data set
#   BENCH_SCALE=smoke bash src/bench/run-all.sh    # 1 % data set, a few minutes
#
# Settings (environment): BENCH_SCALE (province, smoke or a fraction), BENCH_DATA (pristine data directory),
# BENCH_PORT (application port, 8080), BENCH_DB_PORT (embedded PostgreSQL port, 54339), BENCH_STEPS (which steps
# to run, default "jmh mixed200 mixed1000 sweep auction import").
set -euo pipefail
cd "$(dirname "$0")/../.."

scale=${BENCH_SCALE:-province}
data=${BENCH_DATA:-./data-bench-$scale}
port=${BENCH_PORT:-8080}
db_port=${BENCH_DB_PORT:-54339}
steps=${BENCH_STEPS:-jmh mixed200 mixed1000 sweep auction import}
results=target/bench-results
run_data=$data-run
mkdir -p "$results"
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$results/run.log"; }

# Counts of the generated accounts, so that the mixed workload signs in only as users that exist.
case "$scale" in
  province) factor=1 ;;
  smoke) factor=0.01 ;;
  *) factor=$scale ;;
esac
enterprises=$(awk -v f="$factor" 'BEGIN { n = int(50000 * f + 0.5); print (n < 1 ? 1 : n) }')
banks=$(awk -v f="$factor" 'BEGIN { n = int(60 * f + 0.5); print (n < 1 ? 1 : n) }')

log "machine: $(nproc) cores, $(free -h | awk '/Mem:/ { print $2 }') memory, $(java -version 2>&1 | head -1)"
log "building the application and the benchmarks"
./mvnw -B -ntp -q -Pbench test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime

if [ ! -d "$data" ]; then
  log "generating the $scale data set into $data"
  ./mvnw -B -ntp -Pbench exec:java@generate -Dgenerator.scale="$scale" -Dgenerator.dataDir="$data" \
      -Dgenerator.dbPort="$db_port" | tee "$results/generate.log" | grep -E "Rows:|Generated in| s$" || true
fi

app_pid=
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap stop_app EXIT

start_app() {
  stop_app
  rm -rf "$run_data"
  cp -a "$data" "$run_data"
  log "starting the application on a copy of $data (port $port, 1 GiB heap)"
  java -Xms1g -Xmx1g -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
      -cp "target/classes:$(cat target/runtime-classpath.txt)" cn.ipfin.IpfinApplication \
      --ipfin.data-dir="$run_data" --ipfin.demo-data=false --ipfin.embedded-postgres.port="$db_port" \
      --server.address=127.0.0.1 --server.port="$port" > "$results/application.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null; then
      log "application ready"
      return
    fi
    sleep 1
  done
  log "the application did not start; see $results/application.log"
  exit 1
}

gatling() {
  local name=$1 simulation=$2
  shift 2
  log "gatling $name: load $(cut -d' ' -f1-3 /proc/loadavg)"
  ./mvnw -B -ntp -Pbench gatling:test -Dgatling.simulationClass="cn.ipfin.bench.gatling.$simulation" \
      -Dbench.baseUrl="http://localhost:$port" -Dbench.jdbcUrl="jdbc:postgresql://localhost:$db_port/postgres" \
      "$@" > "$results/gatling-$name.log" 2>&1 || log "gatling $name reported failed requests or assertions"
  grep -E "^(IMPORT|SWEEP|AUCTION|BASELINE)" "$results/gatling-$name.log" | tee -a "$results/run.log" || true
  local report
  report=$(ls -dt target/gatling/*/ 2>/dev/null | head -1)
  if [ -n "$report" ]; then
    java -cp target/test-classes cn.ipfin.bench.gatling.ReportSummary "$report" | tee "$results/gatling-$name.md" \
        >> "$results/run.log"
  fi
  log "gatling $name done: load $(cut -d' ' -f1-3 /proc/loadavg)"
}

for step in $steps; do
  case "$step" in
    jmh)
      log "JMH: load $(cut -d' ' -f1-3 /proc/loadavg)"
      ./mvnw -B -ntp -Pbench exec:exec@jmh \
          -Djmh.args="cn.ipfin.bench.jmh -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff $PWD/$results/jmh.json" \
          > "$results/jmh.log" 2>&1
      sed -n '/^Benchmark /,$p' "$results/jmh.log" | tee -a "$results/run.log"
      ;;
    mixed200)
      start_app
      gatling mixed200 MixedWorkloadSimulation -Dbench.users=200 -Dbench.rampSeconds=60 -Dbench.rounds=5 \
          -Dbench.enterprises="$enterprises" -Dbench.banks="$banks"
      ;;
    mixed1000)
      [ -n "$app_pid" ] || start_app
      gatling mixed1000 MixedWorkloadSimulation -Dbench.users=1000 -Dbench.rampSeconds=120 -Dbench.rounds=5 \
          -Dbench.enterprises="$enterprises" -Dbench.banks="$banks"
      jcmd "$app_pid" GC.heap_info > "$results/heap-after-1000-users.txt" 2>&1 || true
      grep -E "total|used" "$results/heap-after-1000-users.txt" | head -3 | tee -a "$results/run.log" || true
      ;;
    sweep)
      start_app
      gatling sweep-first RiskSweepSimulation
      gatling sweep-repeat RiskSweepSimulation
      ;;
    auction)
      [ -n "$app_pid" ] || start_app
      gatling auction AuctionSimulation -Dbench.bidders=100 -Dbench.bids=5
      ;;
    import)
      # The application of the earlier steps is warm; the file's numbers are new to every data set.
      [ -n "$app_pid" ] || start_app
      gatling import-100k PatentImportSimulation -Dbench.rows=100000
      ;;
    *)
      log "unknown step $step"
      exit 2
      ;;
  esac
done
stop_app
rm -rf "$run_data"
log "done; Gatling's reports are under target/gatling, the logs under $results"
