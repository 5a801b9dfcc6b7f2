#!/usr/bin/env bash
# Builds Reading List for the OS it runs on: a jlinked runtime (JavaFX's and SQLite's native libraries inside, CDS
# archive), a jpackage app image with a class cache from a training run, and the installers (Linux: .deb and .rpm;
# macOS: .dmg). Windows: build-installers.ps1.
#
# Run it through `mvn -Pinstaller package`, which passes: VERSION APP_JAR DEPENDENCY_DIR OUTPUT_DIR
# Needs: JDK 17+ with jlink and jpackage (JAVA_HOME or the javac on PATH); Linux: fakeroot and dpkg-deb for .deb,
# rpmbuild for .rpm (apt-get install rpm), xvfb-run for the training run when there is no display, and unzip;
# strip and nm (binutils), if there, strip SQLite's native library of symbols it does not need.
# RUNTIME_JDK (optional) names the JDK whose jlink and jpackage make the runtime and the image. From JDK 25 on the
# class cache is an ahead-of-time cache (JEP 483, loaded and linked classes), which starts the app faster than the
# application CDS archive of older JDKs; the app itself stays Java 17 code.
set -euo pipefail

version=$1 app_jar=$2 deps=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
: "${JAVA_HOME:=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
runtime_jdk=${RUNTIME_JDK:-$JAVA_HOME}
jlink="$runtime_jdk/bin/jlink"
jpackage="$runtime_jdk/bin/jpackage"
runtime_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$runtime_jdk/release")
pkg_version=${version%%-*}   # installers take plain numbers: 1.0.0-SNAPSHOT -> 1.0.0

case "$(uname -s)" in
    Linux) os=linux native='*.so' sqlite_os=Linux sqlite_lib=libsqlitejdbc.so ;;
    Darwin) os=mac native='*.dylib' sqlite_os=Mac sqlite_lib=libsqlitejdbc.dylib ;;
    *) echo "build-installers.sh: unsupported OS $(uname -s); on Windows use build-installers.ps1" >&2; exit 1 ;;
esac
# sqlite-jdbc's folder for this platform's native library (org/sqlite/native/<OS>/<arch>/ in its jar)
case "$(sed -n 's/^OS_ARCH="\(.*\)"/\1/p' "$runtime_jdk/release")" in
    x86_64|amd64) sqlite_arch=x86_64 ;;
    aarch64|arm64) sqlite_arch=aarch64 ;;
    *) echo "build-installers.sh: no SQLite native library for this architecture" >&2; exit 1 ;;
esac
if [ "$os" = linux ] && ls /lib/ld-musl-* >/dev/null 2>&1; then
    sqlite_os=Linux-Musl
fi

# Launcher JVM options: the serial GC, a heap cap that fits a million articles, a young generation of at most
# 32 MB (the default grows it with the heap, and a long list left hundreds of MB of it resident), C1 only
# (fastest start; queries stay within their budgets without C2), the AppCDS archive, and where SQLite's native
# library is (below).
jvm_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -Xmx1536m -XX:MaxNewSize=32m -XX:-ShrinkHeapInSteps)
if [ "${runtime_feature:-0}" -ge 25 ]; then
    # JavaFX 21 calls native code and sun.misc.Unsafe, and sqlite-jdbc loads its native library, which JDK 25
    # allows with a warning unless told so; an ahead-of-time cache needs these options the same in the training run
    # and in the launcher
    jvm_flags+=(--enable-native-access=javafx.graphics,org.xerial.sqlitejdbc --sun-misc-unsafe-memory-access=allow)
    cache=reading-list.aot
    cache_option=-XX:AOTCache=
else
    cache=reading-list.jsa
    cache_option=-XX:SharedArchiveFile=
fi
description="A reading list for engineering blog articles: tag cloud, sortable list, read marks kept locally."
common=(--app-version "$pkg_version" --vendor "Reading List" --description "$description"
        --copyright "Copyright 2026 The Reading List authors")

step() { printf '\n== %s\n' "$*"; }

rm -rf "$out"
mkdir -p "$out/modules"

step "modules"
cp "$app_jar" "$out/modules/"
for jar in "$deps"/*.jar; do
    # JavaFX publishes an empty jar beside each platform jar; only the platform jars are modules
    [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] && continue
    cp "$jar" "$out/modules/"
done
ls "$out/modules"

step "jlink runtime"
# sqlite-jdbc's jar holds SQLite's native library for 20 platforms (about 21 MB); the runtime gets this platform's
# as a file (below) and none inside the module
# org.slf4j.jul is SLF4J's provider for Rome's logging: a service nothing requires, which jlink adds only when named
"$jlink" --module-path "$out/modules" --add-modules org.readinglist,org.slf4j.jul --output "$out/runtime" \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --exclude-resources '/org.xerial.sqlitejdbc/org/sqlite/native/**'
# JavaFX loads its native libraries from the runtime when they are there, instead of unpacking them into each
# user's home on first start; on Linux, jpackage's dependency scan also sees them (GTK, GL, ...).
native_dir="$out/runtime/lib"
unzip -q -o -j "$out"/modules/javafx-graphics-*-"$os"*.jar "$native" -d "$native_dir"
# SQLite's native library beside them. sqlite-jdbc loads it from there when org.sqlite.lib.path names the folder
# (the launcher does, below); with its copy inside the jar it would write that copy into the temp folder and load
# it from there on every start.
sqlite_entry="org/sqlite/native/$sqlite_os/$sqlite_arch/$sqlite_lib"
unzip -q -o -j "$out"/modules/sqlite-jdbc-*.jar "$sqlite_entry" -d "$native_dir"
[ -s "$native_dir/$sqlite_lib" ] || { echo "build-installers.sh: $sqlite_entry missing from sqlite-jdbc" >&2; exit 1; }
if [ "$os" = linux ] && command -v strip >/dev/null && command -v nm >/dev/null; then
    # only debugging symbols go: the stripped copy is used when it is smaller and exports the same symbols
    strip --strip-unneeded -o "$out/sqlite-stripped" "$native_dir/$sqlite_lib"
    if [ "$(stat -c %s "$out/sqlite-stripped")" -lt "$(stat -c %s "$native_dir/$sqlite_lib")" ] &&
        cmp -s <(nm -D --defined-only "$native_dir/$sqlite_lib") <(nm -D --defined-only "$out/sqlite-stripped"); then
        mv "$out/sqlite-stripped" "$native_dir/$sqlite_lib"
        echo "stripped $sqlite_lib"
    else
        rm "$out/sqlite-stripped"
        echo "$sqlite_lib kept as shipped (stripping would not make it smaller)"
    fi
fi
ls -l "$native_dir/$sqlite_lib"
"$out/runtime/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ' '; echo

step "app image"
if [ "$os" = linux ]; then
    name=reading-list icon="$here/icons/reading-list.png"
    image="$out/image/reading-list"
    app_dir="$image/lib/app"
    runtime_java="$image/lib/runtime/bin/java"
    runtime_lib=runtime/lib
else
    name="Reading List" icon="$here/icons/reading-list.icns"
    image="$out/image/Reading List.app"
    app_dir="$image/Contents/app"
    runtime_java="$image/Contents/runtime/Contents/Home/bin/java"
    runtime_lib=runtime/Contents/Home/lib
fi
# where SQLite's native library is: the runtime's lib folder, seen from the launcher's app folder ($APPDIR)
java_options=()
for flag in "${jvm_flags[@]}" "-Dorg.sqlite.lib.path=\$APPDIR/../$runtime_lib" "-Dorg.sqlite.lib.name=$sqlite_lib" \
        "$cache_option\$APPDIR/$cache"; do
    java_options+=(--java-options "$flag")
done
"$jpackage" --type app-image --dest "$out/image" --name "$name" "${common[@]}" --icon "$icon" \
    --runtime-image "$out/runtime" --module org.readinglist/org.readinglist.app.Launcher "${java_options[@]}"

if [ "$os" = linux ]; then
    # jpackage's native launcher asks rpm and dpkg which package owns it before it starts the JVM, on every
    # start (measured here: 0.3 to 0.5 s). This script starts the same JVM the same way, without that detour,
    # and skips GTK's GL probe, which the JavaFX pipelines do not use.
    launcher="$image/bin/reading-list"
    {
        echo '#!/bin/sh'
        echo '# Starts Reading List with its bundled Java runtime.'
        echo 'lib=$(dirname "$(readlink -f "$0")")/../lib'
        echo 'export GDK_GL="${GDK_GL:-disable}"'
        printf 'exec "$lib/runtime/bin/java"'
        printf ' %s' "${jvm_flags[@]}" "-Djpackage.app-version=$pkg_version"
        printf ' -Dorg.sqlite.lib.path="$lib/%s" -Dorg.sqlite.lib.name=%s' "$runtime_lib" "$sqlite_lib"
        printf ' %s"$lib/app/%s"' "$cache_option" "$cache"
        printf ' -m org.readinglist/org.readinglist.app.Launcher "$@"\n'
    } > "$launcher.sh"
    mv "$launcher.sh" "$launcher"
    chmod 755 "$launcher"
    cat "$launcher"
fi

step "class cache (training run)"
# The launcher starts the JVM exactly like this (module from the runtime image), so the cache matches it. The app
# opens its library at start, so SQLite's driver is in the training run.
training_home=$(mktemp -d)
sqlite_flags=("-Dorg.sqlite.lib.path=$app_dir/../$runtime_lib" "-Dorg.sqlite.lib.name=$sqlite_lib")
run_ui=()
if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
    run_ui=(xvfb-run -a -s "-screen 0 1280x800x24")
fi
if [ "$cache" = reading-list.aot ]; then
    make_cache=(-XX:AOTCacheOutput="$app_dir/$cache" -Xlog:aot=error)
    # AOTMode=on refuses to start when the cache does not match
    use_cache=(-XX:AOTMode=on -XX:AOTCache="$app_dir/$cache")
else
    make_cache=(-XX:ArchiveClassesAtExit="$app_dir/$cache" -Xlog:cds=off -Xlog:cds+dynamic=off)
    # -Xshare:on refuses to start when the archive does not match
    use_cache=(-Xshare:on -XX:SharedArchiveFile="$app_dir/$cache")
fi
# The first start on a new folder creates the library and keeps its articles beside it; the training run is the
# start after it, the one users have every day (which reads the articles from what the first one kept).
env HOME="$training_home" GDK_GL=disable "${run_ui[@]}" "$runtime_java" "${jvm_flags[@]}" "${sqlite_flags[@]}" \
    -m org.readinglist/org.readinglist.app.Launcher --smoke-test --data-dir "$training_home/data"
env HOME="$training_home" GDK_GL=disable "${run_ui[@]}" "$runtime_java" "${jvm_flags[@]}" "${sqlite_flags[@]}" \
    "${make_cache[@]}" -m org.readinglist/org.readinglist.app.Launcher --smoke-test --data-dir "$training_home/data"
# a stale cache fails the build here instead of silently starting users' apps without it
env HOME="$training_home" GDK_GL=disable "${run_ui[@]}" "$runtime_java" "${jvm_flags[@]}" "${sqlite_flags[@]}" \
    "${use_cache[@]}" -Xlog:class+load=info:file="$training_home/classes.txt" \
    -m org.readinglist/org.readinglist.app.Launcher --smoke-test --data-dir "$training_home/data"
# and so does a cache without the library's classes (SQLite's driver, the app's library code)
for prefix in org.sqlite. org.readinglist.persistence.library.; do
    loaded=$(grep -c " $prefix" "$training_home/classes.txt" || true)
    cached=$(grep -c " $prefix.* source: shared objects file" "$training_home/classes.txt" || true)
    echo "classes ${prefix}*: $loaded loaded, $cached of them from the cache"
    if [ "$loaded" -eq 0 ] || [ "$cached" -lt "$loaded" ]; then
        echo "build-installers.sh: the class cache lacks classes of ${prefix}*" >&2
        exit 1
    fi
done
rm -rf "$training_home"
ls -l "$app_dir/$cache"

if [ "$os" = mac ]; then
    step "dmg"
    "$jpackage" --type dmg --app-image "$image" --dest "$out" --name "$name" "${common[@]}" \
        --mac-package-identifier org.readinglist --mac-package-name "Reading List"
    ls -l "$out"/*.dmg
    exit 0
fi

step "deb and rpm"
cp "$here/linux/reading-list.desktop" "$image/lib/reading-list.desktop"
resources="$out/package-resources"
mkdir -p "$resources"
for template in postinst prerm reading-list.spec; do
    awk -v functions="$here/linux/menu-entry.sh" '
        /^MENU_ENTRY_FUNCTIONS$/ { while ((getline line < functions) > 0) print line; close(functions); next }
        { print }' "$here/linux/$template" > "$resources/$template"
done
linux_options=(--name reading-list "${common[@]}" --app-image "$image" --dest "$out" --resource-dir "$resources"
               --license-file "$root/LICENSE" --linux-package-name reading-list --linux-menu-group Office
               --linux-app-category misc)
"$jpackage" --type deb "${linux_options[@]}"
if ! command -v rpmbuild >/dev/null; then
    echo "build-installers.sh: rpmbuild is missing, so no .rpm can be built (Debian/Ubuntu: apt-get install rpm)" >&2
    exit 1
fi
"$jpackage" --type rpm "${linux_options[@]}" --linux-rpm-license-type "MIT"
ls -l "$out"/*.deb "$out"/*.rpm
