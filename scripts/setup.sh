#!/usr/bin/env bash
# Installs what Slipway's tests and demo use on a Debian machine: the real tools the integration tests
# drive (a registry, skopeo, buildah, wixl/msitools, wine, osslsigncode, unzip and python3 to check zip bundles;
# zip for bench/bundle-zip) and the npm dependencies.
# Safe to run again: apt and npm ci skip what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(git openssl docker-registry skopeo buildah wixl msitools wine wine64 osslsigncode apache2-utils unzip zip python3)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "slipway setup: installing ${missing[*]}" >&2
  # wine needs the i386 architecture for its 32-bit loader; harmless when already enabled.
  if [[ " ${missing[*]} " == *" wine"* ]] && ! dpkg --print-foreign-architectures | grep -q i386; then
    $sudo_cmd dpkg --add-architecture i386 || true
  fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The registry package installs a system service; the tests start their own instances on loopback.
if command -v systemctl >/dev/null 2>&1; then systemctl disable --now docker-registry >/dev/null 2>&1 || true; fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
