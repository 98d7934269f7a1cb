# Shared by the bench scripts: source it (`. "$(dirname "$0")/lib.sh"`).

# demo_api_token BASE WORKDIR NAME: waits until the server at BASE answers, signs in as the demo's Alice (retrying:
# the demo data is made after the server first answers) and prints a new API token named NAME. Cookies go to WORKDIR.
demo_api_token() {
  local base=$1 cookies=$2/cookies.txt name=$3
  rm -f "$cookies"
  for _ in $(seq 1 240); do curl -sf "$base/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
  for _ in $(seq 1 240); do
    curl -sf -c "$cookies" -b "$cookies" "$base/api/auth/csrf" >/dev/null || true
    curl -sf -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $(_bench_xsrf "$cookies")" -H 'Content-Type: application/json' \
      -d '{"email":"alice@demo.test","password":"demo-password"}' "$base/api/auth/login" >/dev/null && break
    sleep 0.5
  done
  curl -sf -c "$cookies" -b "$cookies" "$base/api/auth/csrf" >/dev/null
  curl -sf -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $(_bench_xsrf "$cookies")" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\"}" "$base/api/me/tokens" | sed -nE 's/.*"token":"([^"]+)".*/\1/p'
}

_bench_xsrf() { awk '$6 == "XSRF-TOKEN" {print $7}' "$1" | tail -1; }
