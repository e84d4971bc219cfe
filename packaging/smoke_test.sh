#!/usr/bin/env bash
# Smoke test of the built bundle and Debian package, run by .ci/run after `python packaging/build.py`:
# the .deb's contents, then the bundle extracted from it into a scratch root (so: from another folder),
# run in an empty environment (no Python on PATH that it could lean on, no venv, a fresh HOME):
# init, demo, labels, batch close with its certificate, certificate verify, and the window offscreen.
#   bash packaging/smoke_test.sh dist/klara-assets_0.1.0_amd64.deb
set -euo pipefail
deb=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

contents=$(dpkg-deb -c "$deb")
for path in ./opt/klara-assets/klara-assets ./opt/klara-assets/klara-assets-gui ./usr/bin/klara-assets \
  ./usr/bin/klara-assets-gui ./usr/share/applications/klara-assets.desktop \
  ./usr/share/icons/hicolor/scalable/apps/klara-assets.svg ./usr/share/icons/hicolor/256x256/apps/klara-assets.png \
  ./opt/klara-assets/_internal/db/migrations/0001_initial.py ./opt/klara-assets/_internal/resources/labels/layouts.json \
  ./opt/klara-assets/_internal/resources/fonts/DejaVuSans.ttf ./opt/klara-assets/_internal/resources/i18n/klara_fr.qm \
  ./opt/klara-assets/_internal/PySide6/Qt/plugins/platforms/libqxcb.so; do
  grep -q " $path\( \|$\)" <<<"$contents" || { echo "smoke: $path missing from $deb" >&2; exit 1; }
done
grep -q "_internal/resources/i18n/klara_en\.qm" <<<"$contents" || { echo "smoke: no klara_en.qm" >&2; exit 1; }
if grep -qi "webengine\|libqt6quick\|libqt6qml" <<<"$contents"; then echo "smoke: unused Qt modules bundled" >&2; exit 1; fi
dpkg-deb -f "$deb" Depends | grep -q "libxcb-cursor0" || { echo "smoke: Depends lacks libxcb-cursor0" >&2; exit 1; }
dpkg-deb -x "$deb" "$tmp/root"
grep -q "^Name\[fr\]=" "$tmp/root/usr/share/applications/klara-assets.desktop"

app="$tmp/root/opt/klara-assets"
db="$tmp/smoke.sqlite3"
run() { (cd "$tmp" && env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"); }
mkdir -p "$tmp/home"
run "$app/klara-assets" --db "$db" init
run "$app/klara-assets" --db "$db" demo --assets 50 >/dev/null
run "$app/klara-assets" --db "$db" labels "$tmp/labels.pdf" --all
test -s "$tmp/labels.pdf"
year=$(date +%Y)
shipped=""
for n in 001 002 003 004 005 006 007 008 009; do
  if run "$app/klara-assets" --db "$db" batch show "LOT-$year-$n" 2>/dev/null | head -1 | grep -q ": shipped,"; then
    shipped="LOT-$year-$n" && break
  fi
done
[ -n "$shipped" ] || { echo "smoke: the demo has no shipped batch" >&2; exit 1; }
run "$app/klara-assets" --db "$db" batch close "$shipped" --out "$tmp/certificate.pdf"
run "$app/klara-assets" --db "$db" certificate verify "$tmp/certificate.pdf" | grep -q "^VALID "
run "$app/klara-assets" --db "$db" log verify
run "$app/klara-assets-gui" --db "$db" --quit-after-startup
# the default database lands in the per-user data folder, not beside the program
run "$app/klara-assets" init | grep -q "$tmp/home/"
echo "smoke: bundle and package OK ($(du -sh "$app" | cut -f1) installed, $(du -h "$deb" | cut -f1) package)"
