#!/usr/bin/env bash
# Serve Neuron Lab to a class from this machine: N Streamlit replicas behind HAProxy.
#
#   scripts/serve_class.sh [N]        then open http://<this machine>:8080/
#
# N defaults to one replica per core: one Streamlit process runs every session's script
# under one lock, so it uses one core however many there are. Students are spread over the
# replicas and kept on theirs by a cookie (deploy/haproxy.cfg); a replica that stops is
# taken out of rotation by HAProxy's health check and started again here, and its students'
# browsers reconnect to another replica, which rebuilds each page from its URL.
# Ctrl-C stops everything.
#
# Environment: PORT (8080) where students connect; FIRST_PORT (8601) the replicas' first
# port; RESTART_DELAY (5) seconds before a replica that exited is started again; RUN_DIR (a new temporary folder) for logs, pid files and haproxy.sock (HAProxy's
# stats socket); STREAMLIT_SERVER_COOKIE_SECRET shared by the replicas (random if unset).
# Needs haproxy (apt-get install haproxy) and the app's requirements.
set -euo pipefail
cd "$(dirname "$0")/.."

replicas=${1:-$(nproc)}
port=${PORT:-8080}
first_port=${FIRST_PORT:-8601}
run_dir=${RUN_DIR:-$(mktemp -d -t neuron-lab-class.XXXXXX)}
mkdir -p "$run_dir"
python=${PYTHON:-python}
# A replica that exits is started again after this many seconds: longer than HAProxy takes
# to see it down (3 failed checks, at most ~3 s: deploy/haproxy.cfg), so its students are
# sent to the others instead of to a replica still starting (or failing again and again).
restart_delay=${RESTART_DELAY:-5}
command -v haproxy >/dev/null || { echo "haproxy not found: apt-get install haproxy" >&2; exit 1; }
[[ "$replicas" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [number of replicas]" >&2; exit 2; }

# One secret for every replica, so a cookie one of them signed is valid on the others.
export STREAMLIT_SERVER_COOKIE_SECRET=${STREAMLIT_SERVER_COOKIE_SECRET:-$("$python" -c \
  'import secrets; print(secrets.token_hex(32))')}

# At most two malloc arenas per replica: a class's freed memory goes back to the system
# after it leaves (ui/memory.py).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

children=()
stop() {
  trap - EXIT INT TERM
  kill "${children[@]}" 2>/dev/null || true  # the keepers first, so none starts again
  for pid_file in "$run_dir"/replica*.pid; do
    [ -e "$pid_file" ] && kill "$(cat "$pid_file")" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

# Each replica runs under a keeper that starts it again when it exits.
keep_replica() {
  local i=$1 replica_port=$2
  while true; do
    "$python" -m streamlit run streamlit_app.py \
      --server.headless=true --server.address=127.0.0.1 --server.port="$replica_port" \
      --server.fileWatcherType=none --browser.gatherUsageStats=false \
      >>"$run_dir/replica$i.log" 2>&1 &
    echo $! >"$run_dir/replica$i.pid"
    wait $! || true
    echo "replica $i exited; starting it again in ${restart_delay}s" >>"$run_dir/replica$i.log"
    sleep "$restart_delay"
  done
}

servers=""
for i in $(seq 1 "$replicas"); do
  replica_port=$((first_port + i - 1))
  keep_replica "$i" "$replica_port" &
  children+=($!)
  servers+="    server replica$i 127.0.0.1:$replica_port cookie replica$i\n"
done

# deploy/haproxy.cfg with this machine's port, servers and a stats socket.
awk -v port="$port" -v servers="$servers" -v sock="$run_dir/haproxy.sock" '
  /^global/ { print; print "    stats socket " sock " mode 600 level admin"; next }
  /^    bind \*:/ { print "    bind *:" port; next }
  /# servers: begin/ { print; printf "%s", servers; skipping = 1; next }
  /# servers: end/ { skipping = 0 }
  !skipping { print }
' deploy/haproxy.cfg >"$run_dir/haproxy.cfg"
haproxy -c -q -f "$run_dir/haproxy.cfg"

# Wait until every replica answers its health check (a cold start takes a few seconds).
for i in $(seq 1 "$replicas"); do
  health="http://127.0.0.1:$((first_port + i - 1))/_stcore/health"
  for _ in $(seq 1 120); do
    "$python" -c "import urllib.request as u; u.urlopen('$health', timeout=1)" 2>/dev/null \
      && break
    sleep 0.5
  done
done

haproxy -db -f "$run_dir/haproxy.cfg" >>"$run_dir/haproxy.log" 2>&1 &
children+=($!)
echo $! >"$run_dir/haproxy.pid"
echo "Neuron Lab: $replicas replicas behind http://0.0.0.0:$port/ (logs in $run_dir)"
wait "${children[-1]}"
