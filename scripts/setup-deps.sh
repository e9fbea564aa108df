#!/usr/bin/env bash
# Installs the Debian 12 packages WedLive needs to build, run and test, if any is missing.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git clang-14 libclang-rt-14-dev clang-format
    # Qt 6.4
    qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qt6-multimedia-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev fonts-dejavu-core
    # FFmpeg 5.1 libraries and the command-line tools the tests publish and probe with
    libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev libavfilter-dev
    ffmpeg
    # GUI checks without a display
    xvfb xauth
    # viewer page: the browser tests run Debian's chromium
    chromium
    # HLS push tests: a WebDAV origin on loopback (nginx-light has the dav module)
    nginx-light
    # set-up dialogs: QR codes (libqrencode), their decoder in the tests (zbarimg), and fonts
    # with Devanagari and Tamil for the Hindi and Tamil UI
    libqrencode-dev zbar-tools fonts-noto-core
)
# viewer page: npm fetches hls.js (build) and playwright-core (browser tests); Debian's nodejs
# and npm unless a node with its own npm is installed already
if ! command -v npm >/dev/null; then
    packages+=(nodejs npm)
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
