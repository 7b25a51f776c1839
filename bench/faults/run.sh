#!/usr/bin/env bash
# The deadline worker's fault matrix at scale (issue 14 item 7): the same real
# processes, own PostgreSQL cluster and SMTP server on loopback as
# test/faults/worker-sweeps.test.ts, with FAULT_SCALE times the tickets (and
# the waits). Too slow for CI at 10×; CI runs it at 1×. Exact counts or a failure.
#   bench/faults/run.sh            # FAULT_SCALE=10
#   FAULT_SCALE=3 bench/faults/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=${FAULT_SCALE:-10}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
FAULT_SCALE=$scale npx vitest run test/faults/worker-sweeps.test.ts --maxWorkers=1
echo "FAULT_SCALE=$scale: $(( $(date +%s) - start )) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
