#!/usr/bin/env bash
# A bounded load run on loopback: the bot in Release against the bare ASP.NET Core echo, both with
# wrk (1 thread), deliveryMode "expectReplies", the development questions in turn.
#
#   tests/ReportBot.Benchmarks/load.sh [--seconds 20] [--connections 32] [--redis]
#
# --redis also runs two bot instances sharing one redis-server for conversation state, loads both at
# once, and checks that "more" asked on the second continues a question asked on the first.
# Needs wrk (and redis-server for --redis): apt-get install wrk redis-server.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
seconds=20 connections=32 warmup=5 redis=0
while (($#)); do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --redis) redis=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
questions="$repo/../shared/eval/dev-questions.jsonl"
[ -f "$questions" ] || { echo "no $questions" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release "$repo/tests/ReportBot.Benchmarks" -v quiet -nologo >/dev/null
bot="$repo/src/ReportBot/bin/Release/net10.0/ReportBot.dll"
echo="$repo/tests/ReportBot.Benchmarks/bin/Release/net10.0/ReportBot.Benchmarks.dll"

# The wrk script: one expectReplies message per request, the questions in turn, 64 conversations.
{
  echo 'local bodies = {}'
  n=0
  while IFS= read -r q; do
    n=$((n + 1))
    printf 'bodies[%d] = [[{"type":"message","id":"m%d","channelId":"emulator","deliveryMode":"expectReplies","conversation":{"id":"load-CONV"},"from":{"id":"user"},"recipient":{"id":"bot"},"locale":"zh-CN","text":"%s"}]]\n' "$n" "$n" "$q"
  done < <(sed -n 's/.*"q":"\([^"]*\)".*/\1/p' "$questions")
  cat <<'LUA'
local i = 0
request = function()
  i = i + 1
  local body = string.gsub(bodies[(i % #bodies) + 1], "CONV", tostring(i % 64))
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end
LUA
} > "$work/questions.lua"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)); }

wait_up() { for _ in $(seq 100); do curl -fs -o /dev/null "$1" -X "${2:-GET}" -H 'Content-Type: application/json' -d "${3:-}" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }

start() { # name, url, command...
  local url=$2; shift 2
  "$@" --urls "$url" >"$work/$RANDOM.log" 2>&1 &
  pids+=($!)
  last_pid=$!
}

peak_rss() { awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$1/status"; }

measure() { # label, url, connections -> one table row
  local label=$1 url=$2 conns=$3 out
  wrk -t1 -c"$conns" -d"${warmup}s" -s "$work/questions.lua" "$url/api/messages" >/dev/null
  out=$(wrk -t1 -c"$conns" -d"${seconds}s" --latency -s "$work/questions.lua" "$url/api/messages")
  row "$label" "$conns" "$out"
}

row() { # label, conns, wrk output
  local rps p50 p90 p99 non2xx errors
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$3")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$3"); p90=$(awk '$1 == "90%" { print $2 }' <<<"$3"); p99=$(awk '$1 == "99%" { print $2 }' <<<"$3")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$3"); errors=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' <<<"$3")
  printf '| %s | %s | %s | %s | %s | %s | %s |' "$1" "$2" "$rps" "$p50" "$p90" "$p99" "$(( ${non2xx:-0} + ${errors:-0} ))"
  last_rps=$rps
}

echo "Load on $(nproc) cores, $(date -u +%F), ${seconds}s after ${warmup}s warm-up, wrk 1 thread"
echo "| server | conns | req/s | p50 | p90 | p99 | errors | peak RSS |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"

url="http://127.0.0.1:$(free_port)"
start echo "$url" dotnet "$echo" echo-server
wait_up "$url/api/messages" POST '{"type":"message"}'
measure "bare ASP.NET Core echo" "$url" "$connections"; echo " $(peak_rss "$last_pid") |"
echo_rps=$last_rps
kill "$last_pid"

url="http://127.0.0.1:$(free_port)"
start bot "$url" dotnet "$bot" --Logging:LogLevel:Default=Warning --ReportBot:DataPath="$repo/index-data"
wait_up "$url/healthz"
measure "ReportBot (search + reply every turn)" "$url" "$connections"; echo " $(peak_rss "$last_pid") |"
bot_rps=$last_rps
kill "$last_pid"
awk -v b="$bot_rps" -v e="$echo_rps" 'BEGIN { printf "ReportBot / echo = %.1f%%\n", 100 * b / e }'

if ((redis)); then
  command -v redis-server >/dev/null || { echo "redis-server is not installed" >&2; exit 1; }
  rport=$(free_port)
  redis-server --port "$rport" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
  pids+=($!)
  a="http://127.0.0.1:$(free_port)"; b="http://127.0.0.1:$(free_port)"
  start a "$a" dotnet "$bot" --Logging:LogLevel:Default=Warning --ReportBot:DataPath="$repo/index-data" --ReportBot:Redis="127.0.0.1:$rport"; pa=$last_pid
  start b "$b" dotnet "$bot" --Logging:LogLevel:Default=Warning --ReportBot:DataPath="$repo/index-data" --ReportBot:Redis="127.0.0.1:$rport"; pb=$last_pid
  wait_up "$a/healthz"; wait_up "$b/healthz"
  ask() { curl -fs "$1/api/messages" -H 'Content-Type: application/json' -d "{\"type\":\"message\",\"id\":\"x\",\"channelId\":\"emulator\",\"deliveryMode\":\"expectReplies\",\"conversation\":{\"id\":\"redis-check\"},\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\"},\"text\":\"$2\"}"; }
  ask "$a" "哈萨克斯坦" >/dev/null
  if ask "$b" "更多" | grep -q '\*\*4\.\*\*'; then echo "\"more\" on instance B continued the question asked on instance A (results from 4 on)"; else echo "\"more\" across instances FAILED" >&2; exit 1; fi
  half=$((connections / 2))
  wrk -t1 -c"$half" -d"${warmup}s" -s "$work/questions.lua" "$a/api/messages" >/dev/null & wrk -t1 -c"$half" -d"${warmup}s" -s "$work/questions.lua" "$b/api/messages" >/dev/null; wait %1 2>/dev/null || true
  wrk -t1 -c"$half" -d"${seconds}s" --latency -s "$work/questions.lua" "$a/api/messages" >"$work/a.out" &
  wrk -t1 -c"$half" -d"${seconds}s" --latency -s "$work/questions.lua" "$b/api/messages" >"$work/b.out"
  wait %1 2>/dev/null || true
  row "instance A of 2, Redis state" "$half" "$(cat "$work/a.out")"; echo " $(peak_rss "$pa") |"
  row "instance B of 2, Redis state" "$half" "$(cat "$work/b.out")"; echo " $(peak_rss "$pb") |"
fi
