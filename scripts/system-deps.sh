#!/usr/bin/env bash
# Installs the Debian packages doichieu needs, only when they are missing:
#   chromium (PDF reports), fonts-dejavu-core (Vietnamese letters in PDF/PNG), poppler-utils
#   (pdftotext, pdftoppm for checks), jupyter-nbconvert (executing the notebooks).
# Node packages come from `npm ci`. Run as root or with sudo available.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v jupyter-nbconvert >/dev/null 2>&1 || need+=(jupyter-nbconvert)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "Installing system packages: ${need[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
