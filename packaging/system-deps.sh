#!/usr/bin/env bash
# Installs the Debian packages Qt needs (offscreen for "test", a real window for "gui"),
# the PDF tools the tests use, and for "package" the tools that build and check the
# Debian package, when they are missing and we run as root.
set -euo pipefail
kind=${1:-test}
packages=(libgl1 libxkbcommon0 libegl1 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3)
window=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
        libxcb-shape0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0)
case "$kind" in
  test) packages+=(poppler-utils qpdf) ;;
  gui) packages+=("${window[@]}") ;;
  # dpkg-shlibdeps resolves every library Qt's plugins link (xcb, Wayland) against the
  # installed packages, so those must be here; the rest builds and validates the .deb.
  package) packages+=("${window[@]}" libwayland-client0 libwayland-cursor0 libwayland-egl1
                      dpkg-dev binutils patchelf lintian desktop-file-utils appstream) ;;
  *) echo "usage: system-deps.sh [test|gui|package]" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing we can do here
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages ($kind): ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "leercoach: these system packages are missing: ${missing[*]}" >&2
  echo "  install them with: sudo apt-get install ${missing[*]}" >&2
fi
