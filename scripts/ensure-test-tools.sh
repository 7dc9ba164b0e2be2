#!/usr/bin/env bash
# What `npm test` needs beyond Node: Java 17 and Maven (the tests fetch and run a real Neo4j), Debian's
# Chromium at /usr/bin/chromium (the explorer is tested in a real browser) and fonts with Vietnamese glyphs
# (its screenshots). Installs what is missing with apt-get when it can (root, or sudo without a password);
# otherwise names exactly what to install and exits 1. `pnpm test:unit` needs none of this.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
FONTS=(fonts-dejavu-core fonts-noto-core)

say() { echo "ensure-test-tools: $*" >&2; }
dpkg_has() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
# True when Debian serves the package (call after apt-get update).
apt_has() { [ -n "$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p' | grep -v '(none)')" ]; }

missing=()
command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
[ -x "$CHROMIUM" ] || missing+=(chromium)
fonts=()
if command -v dpkg-query >/dev/null; then
  for font in "${FONTS[@]}"; do dpkg_has "$font" || fonts+=("$font"); done
fi
[ "${#missing[@]}" -eq 0 ] && [ "${#fonts[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  as_root=(none)
fi
if ! command -v apt-get >/dev/null || [ "${as_root[*]}" = none ]; then
  if [ "${#missing[@]}" -gt 0 ]; then
    say "missing: ${missing[*]}"
    say "on Debian, as root: apt-get install -y --no-install-recommends ${missing[*]}"
    say "elsewhere: Java 17 (java on PATH), Apache Maven (mvn on PATH) and Chromium at $CHROMIUM"
    exit 1
  fi
  say "fonts with Vietnamese glyphs missing (${fonts[*]}); screenshots may show boxes"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
say "apt-get update"
"${as_root[@]}" apt-get update -q
available=("${missing[@]}")
for font in "${fonts[@]}"; do
  if apt_has "$font"; then available+=("$font"); else say "$font is not available; skipped"; fi
done
say "apt-get install ${available[*]}"
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${available[@]}"
