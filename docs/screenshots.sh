#!/usr/bin/env bash
# Takes the guide's screenshots of the catalog sample in a real (GTK) window under Xvfb: the
# scripted session plays and saves docs/screenshots/catalog-*.png at its key moments.
# Needs Xvfb and GTK 3: apt-get install -y xvfb xauth libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
command -v xvfb-run >/dev/null || { echo "xvfb-run not found: apt-get install -y xvfb xauth libgtk-3-0" >&2; exit 1; }

mvn -q -B -pl samples -am -DskipTests install   # the libraries into ~/.m2 (samples itself is not installed)
mvn -q -B -pl samples dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="samples/target/classes:$(cat samples/target/classpath.txt)"

# DISPLAY is set inside xvfb-run, so fxinter does not pick a headless platform: JavaFX opens a
# real GTK window (software rendering: Xvfb has no GPU).
xvfb-run -a -s "-screen 0 1280x1024x24" \
  java -Dprism.order=sw -cp "$classpath" dev.fxinter.samples.CatalogApp --script --screenshots docs/screenshots
ls -l docs/screenshots
