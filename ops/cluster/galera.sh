#!/usr/bin/env bash
# A three-node MariaDB Galera cluster and two Jianding app nodes on one machine (127.0.0.1), for trying out and
# measuring the application on a synchronous multi-primary cluster (docs/operations.md, "A Galera cluster").
# Needs Debian's mariadb-server and galera-4 (and rsync for state transfers). Every process is started with its own
# data directory, ports, socket and pid file under $CLUSTER_DIR, and stopped by that pid, never by name, so a
# MariaDB already running on the machine (e.g. on 3306) is left alone.
#
#   ops/cluster/galera.sh start            bootstrap db1, join db2 and db3, wait until all three are Synced
#   ops/cluster/galera.sh apps             start app1 (on db1) and app2 (on db2); wait until both are ready
#   ops/cluster/galera.sh kill-db N        SIGKILL database node N (a crash, no shutdown)
#   ops/cluster/galera.sh start-db N       start node N again; it rejoins (IST, or SST when needed)
#   ops/cluster/galera.sh wait-synced [N]  wait until every node (or node N) is Synced in a cluster of 3
#   ops/cluster/galera.sh status           wsrep state of each node, pid of each process
#   ops/cluster/galera.sh stop             stop the app nodes, then the database nodes (TERM, then KILL), by pid
#   ops/cluster/galera.sh clean            stop, then remove $CLUSTER_DIR
#
# Ports: database node N listens on 127.0.0.1:$((DB_BASE_PORT+N)) (3311, 3312, 3313), Galera group traffic on
# 45N1, IST on 45N2, SST on 45N3; app node N on $((APP_BASE_PORT+N)) (8181, 8182). The database is `jianding`,
# user `jianding`, password `jianding` (from 127.0.0.1 only). App node N uses database node N first and fails over
# to the others in order (MariaDB Connector/J `sequential`).
set -euo pipefail

CLUSTER_DIR=${CLUSTER_DIR:-/tmp/jianding-cluster}
DB_BASE_PORT=${DB_BASE_PORT:-3310}
APP_BASE_PORT=${APP_BASE_PORT:-8180}
APP_JAR=${APP_JAR:-}
APP_HEAP=${APP_HEAP:-768m}
GALERA_PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
WAIT_SECONDS=${WAIT_SECONDS:-600}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# As root the database nodes run as mysql: an rsync state transfer started by root writes as nobody and fails.
if [ "$(id -u)" = 0 ]; then DB_USER_OS=${DB_USER_OS:-mysql}; else DB_USER_OS=$(id -un); fi

log() { printf '[cluster %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

db_port() { echo $((DB_BASE_PORT + $1)); }
db_dir() { echo "$CLUSTER_DIR/db$1"; }
app_dir() { echo "$CLUSTER_DIR/app$1"; }
gcomm_all() { echo "gcomm://127.0.0.1:4511,127.0.0.1:4521,127.0.0.1:4531"; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

sql() { # sql N "statement": as root over the node's own socket
  mariadb --no-defaults -uroot -S "$(db_dir "$1")/mariadbd.sock" -N -B -e "$2"
}

write_config() {
  local n=$1 dir
  dir=$(db_dir "$n")
  mkdir -p "$dir/data"
  [ "$(id -u)" = 0 ] && chown -R "$DB_USER_OS" "$dir"
  cat >"$dir/my.cnf" <<CNF
[mariadbd]
datadir=$dir/data
port=$(db_port "$n")
bind-address=127.0.0.1
socket=$dir/mariadbd.sock
pid-file=$dir/mariadbd.pid
log-error=$dir/error.log
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_connections=300
innodb_buffer_pool_size=128M
# Galera's requirements
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$GALERA_PROVIDER
wsrep_cluster_name=jianding
wsrep_cluster_address=$(gcomm_all)
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:45${n}1
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:45${n}1;ist.recv_addr=127.0.0.1:45${n}2;gcache.size=256M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:45${n}3
wsrep_slave_threads=2
# The largest write set the application produces is a question import or a 50-document report chunk (tens of
# MB at most); the default cap (2 GB) is far above it. docs/operations.md says why.
wsrep_max_ws_size=1073741824
CNF
}

start_db() { # start_db N [--wsrep-new-cluster]
  local n=$1 extra=${2:-} dir
  dir=$(db_dir "$n")
  alive "$dir/node.pid" && { log "db$n already runs (pid $(cat "$dir/node.pid"))"; return; }
  [ -f "$dir/my.cnf" ] || write_config "$n"
  if [ ! -d "$dir/data/mysql" ]; then
    log "db$n: new data directory"
    mariadb-install-db --no-defaults --datadir="$dir/data" --user="$DB_USER_OS" --auth-root-authentication-method=socket \
      --skip-test-db >"$dir/install.log" 2>&1 || die "db$n: mariadb-install-db failed, see $dir/install.log"
  fi
  log "db$n: starting on port $(db_port "$n") ${extra}"
  # mariadbd forks nothing: $! is its pid; it also writes the pid file itself
  nohup /usr/sbin/mariadbd --defaults-file="$dir/my.cnf" --user="$DB_USER_OS" $extra >>"$dir/stdout.log" 2>&1 &
  echo $! >"$dir/node.pid"
}

wsrep_state() { sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}'; }
cluster_size() { sql "$1" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | awk '{print $2}'; }

wait_synced() { # wait_synced N [size]
  local n=$1 size=${2:-3} deadline=$((SECONDS + WAIT_SECONDS))
  while [ $SECONDS -lt $deadline ]; do
    alive "$(db_dir "$n")/node.pid" || die "db$n stopped; see $(db_dir "$n")/error.log"
    if [ "$(wsrep_state "$n")" = Synced ] && [ "$(cluster_size "$n")" = "$size" ]; then
      log "db$n Synced, cluster size $size"
      return
    fi
    sleep 1
  done
  die "db$n not Synced in a cluster of $size after ${WAIT_SECONDS}s; see $(db_dir "$n")/error.log"
}

cmd_start() {
  mkdir -p "$CLUSTER_DIR"
  if alive "$(db_dir 1)/node.pid" && alive "$(db_dir 2)/node.pid" && alive "$(db_dir 3)/node.pid"; then
    log "all three database nodes run"
    for n in 1 2 3; do wait_synced "$n" 3; done
    return
  fi
  local fresh=false
  [ -d "$(db_dir 1)/data/mysql" ] || fresh=true
  start_db 1 --wsrep-new-cluster
  wait_synced 1 1
  if $fresh; then
    sql 1 "CREATE DATABASE IF NOT EXISTS jianding CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
           CREATE USER IF NOT EXISTS 'jianding'@'127.0.0.1' IDENTIFIED BY 'jianding';
           GRANT ALL PRIVILEGES ON jianding.* TO 'jianding'@'127.0.0.1';"
  fi
  start_db 2
  wait_synced 2 2
  start_db 3
  wait_synced 3 3
  for n in 1 2 3; do wait_synced "$n" 3; done
}

app_url() { # the JDBC URL of app node N: its own database node first, then the others
  local n=$1 hosts="127.0.0.1:$(db_port "$n")"
  for m in 1 2 3; do [ "$m" = "$n" ] || hosts="$hosts,127.0.0.1:$(db_port "$m")"; done
  echo "jdbc:mariadb:sequential://$hosts/jianding"
}

start_app() {
  local n=$1 dir jar
  dir=$(app_dir "$n")
  mkdir -p "$dir"
  alive "$dir/app.pid" && { log "app$n already runs"; return; }
  jar=${APP_JAR:-$(ls "$ROOT"/app/target/jianding-app-*.jar 2>/dev/null | grep -v plain | head -1)}
  [ -f "$jar" ] || die "no app jar: run ./mvnw -pl app -am package -DskipTests, or set APP_JAR"
  log "app$n: starting on port $((APP_BASE_PORT + n)) with $(app_url "$n")"
  # a simple command in the background, so that $! is the JVM itself (nohup execs java), not a subshell
  cd "$dir"
  DB_URL=$(app_url "$n") DB_USER=jianding DB_PASSWORD=jianding DEMO_DATA=${DEMO_DATA:-true} LANG=C.UTF-8 \
    nohup java -Xmx"$APP_HEAP" -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19 -jar "$jar" --server.port=$((APP_BASE_PORT + n)) --server.address=127.0.0.1 \
    ${APP_ARGS:-} >"$dir/app.log" 2>&1 &
  echo $! >"$dir/app.pid"
  cd "$ROOT"
}

wait_app() {
  local n=$1 deadline=$((SECONDS + WAIT_SECONDS))
  while [ $SECONDS -lt $deadline ]; do
    alive "$(app_dir "$n")/app.pid" || die "app$n stopped; see $(app_dir "$n")/app.log"
    curl -fs "http://127.0.0.1:$((APP_BASE_PORT + n))/actuator/health/readiness" >/dev/null 2>&1 && {
      log "app$n ready"
      return
    }
    sleep 2
  done
  die "app$n not ready after ${WAIT_SECONDS}s; see $(app_dir "$n")/app.log"
}

cmd_apps() {
  # one after the other: the first migrates the schema (and seeds demo data), the second finds it done
  start_app 1
  wait_app 1
  start_app 2
  wait_app 2
}

stop_pid() { # stop_pid pidfile name
  local f=$1 name=$2 pid
  alive "$f" || { rm -f "$f"; return; }
  pid=$(cat "$f")
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && { log "$name did not stop; KILL"; kill -KILL "$pid" 2>/dev/null || true; }
  rm -f "$f"
}

cmd_stop() {
  for n in 1 2; do stop_pid "$(app_dir "$n")/app.pid" "app$n"; done
  # the last one to stop is the one with the newest state; Galera marks it safe to bootstrap from
  for n in 3 2 1; do stop_pid "$(db_dir "$n")/node.pid" "db$n"; done
}

cmd_kill_db() {
  local n=$1 f
  f="$(db_dir "$n")/node.pid"
  alive "$f" || die "db$n does not run"
  log "db$n: SIGKILL pid $(cat "$f")"
  kill -KILL "$(cat "$f")"
  while kill -0 "$(cat "$f")" 2>/dev/null; do sleep 0.1; done
  rm -f "$f"
}

cmd_status() {
  for n in 1 2 3; do
    if alive "$(db_dir "$n")/node.pid"; then
      echo "db$n pid $(cat "$(db_dir "$n")/node.pid") port $(db_port "$n") state $(wsrep_state "$n") size $(cluster_size "$n")"
    else
      echo "db$n down"
    fi
  done
  for n in 1 2; do
    if alive "$(app_dir "$n")/app.pid"; then
      echo "app$n pid $(cat "$(app_dir "$n")/app.pid") port $((APP_BASE_PORT + n)) $(app_url "$n")"
    else
      echo "app$n down"
    fi
  done
}

case "${1:-}" in
  start) cmd_start ;;
  apps) cmd_apps ;;
  kill-db) cmd_kill_db "${2:?node}" ;;
  start-db) start_db "${2:?node}"; wait_synced "$2" 3 ;;
  wait-synced) if [ -n "${2:-}" ]; then wait_synced "$2" 3; else for n in 1 2 3; do wait_synced "$n" 3; done; fi ;;
  status) cmd_status ;;
  stop) cmd_stop ;;
  clean) cmd_stop; rm -rf "$CLUSTER_DIR" ;;
  *) sed -n '2,20p' "$0"; exit 2 ;;
esac
