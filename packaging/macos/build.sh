#!/usr/bin/env bash
# Build leercoach for macOS: the PyInstaller build (dist/leercoach.app), its smoke test,
# and a DMG. Run from the repository root with Python 3.11+ (python.org or Homebrew).
# Not run on the project's Linux machine: see packaging/README.md. Signing and
# notarisation are the publisher's (see there); this makes an unsigned DMG.
set -euo pipefail
python3 -m venv .venv
.venv/bin/python -m pip install --upgrade pip
.venv/bin/python -m pip install -e '.[package]'
rm -rf dist build/pyinstaller
.venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/leercoach.spec
.venv/bin/python packaging/smoke_test.py --frozen dist/leercoach
version=$(.venv/bin/python -c 'import sys; sys.path.insert(0, "packaging"); import release; print(release.current_release().version)')
# The DMG holds the app and a link to /Applications to drag it onto.
staging=$(mktemp -d)
cp -R dist/leercoach.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "leercoach $version" -srcfolder "$staging" -ov -format UDZO \
  "dist/leercoach-$version-macos-$(uname -m).dmg"
rm -rf "$staging"
(cd dist && shasum -a 256 ./*.dmg > SHA256SUMS)
