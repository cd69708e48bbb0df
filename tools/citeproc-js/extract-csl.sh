#!/bin/sh
# Extracts the corpus styles and the locales from the org.citationstyles jars (the versions in the pom)
# into a directory for render.js:   tools/citeproc-js/extract-csl.sh [DIR]   (default: target/csl-xml)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/target/csl-xml}
version=$(sed -n 's:.*<citationstyles.version>\(.*\)</citationstyles.version>.*:\1:p' "$root/pom.xml")
m2=${M2_REPO:-$HOME/.m2/repository}
styles_jar=$m2/org/citationstyles/styles/$version/styles-$version.jar
locales_jar=$m2/org/citationstyles/locales/$version/locales-$version.jar
for jar in "$styles_jar" "$locales_jar"; do
  [ -f "$jar" ] || { echo "missing $jar (run mvn dependency:resolve once)" >&2; exit 1; }
done
mkdir -p "$out"
unzip -o -q -j "$styles_jar" modern-language-association.csl apa.csl chicago-author-date.csl \
  chicago-note-bibliography.csl ieee.csl vancouver.csl -d "$out"
unzip -o -q -j "$locales_jar" 'locales-*.xml' -d "$out"
echo "$out"
