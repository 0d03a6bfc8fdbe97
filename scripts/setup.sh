#!/usr/bin/env bash
# Installs the system packages this project builds and tests with, if any is missing.
# Debian/Ubuntu: apt-get, with sudo when not root. The Swift toolchain itself must be on PATH.
set -euo pipefail

# chromium and a font: the summary page's browser test renders it headless.
packages=(libxml2-dev libzip-dev libisal-dev libssl-dev libxlsxwriter-dev pkg-config libxml2-utils openssl unzip zip chromium fonts-dejavu-core poppler-utils python3-openpyxl)

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: the Swift toolchain (swift) is not on PATH; install Swift 6 first: https://www.swift.org/install/linux/" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "setup: not root and no sudo; install these packages: ${missing[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
