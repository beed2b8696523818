#!/usr/bin/env bash
# Installs Debian's nginx and its brotli module for the reverse-proxy test
# (tests/proxy/nginx.int.spec.ts) and the small-server deployment (README, « Production »).
# Idempotent: does nothing when they are there. The package's own service is not started:
# the test runs its own nginx on loopback, as the user, with `-p` and `-c`.
set -euo pipefail
module=/usr/share/nginx/modules/ngx_http_brotli_filter_module.so
if [ -x /usr/sbin/nginx ] && [ -f "$module" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
echo "[ensure-nginx] installing Debian's nginx and its brotli module (apt-get)…"
# Debian starts a service it installs unless policy-rc.d says no (exit 101): a test machine
# must not get a root nginx on port 80.
policy=/usr/sbin/policy-rc.d
made_policy=
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod 755 "$policy"
  made_policy=1
fi
cleanup() { if [ -n "$made_policy" ]; then $SUDO rm -f "$policy"; fi; }
trap cleanup EXIT
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static >/dev/null
/usr/sbin/nginx -v
