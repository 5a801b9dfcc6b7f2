# Builds Reading List for Windows: a jlinked runtime (JavaFX's and SQLite's native libraries inside, CDS archive),
# a jpackage app image with a class cache from a training run, and an .msi installer (needs WiX 3 on PATH).
# Run it through `mvn -Pinstaller package`, which passes: VERSION APP_JAR DEPENDENCY_DIR OUTPUT_DIR
# RUNTIME_JDK (optional) names the JDK whose jlink and jpackage make the runtime and the image; from JDK 25 on the
# class cache is an ahead-of-time cache (JEP 483), else an application CDS archive (see build-installers.sh).
param([string]$Version, [string]$AppJar, [string]$Deps, [string]$Out)
$ErrorActionPreference = 'Stop'

$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$javaHome = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path -Parent (Split-Path -Parent (Get-Command javac).Source) }
$runtimeJdk = if ($env:RUNTIME_JDK) { $env:RUNTIME_JDK } else { $javaHome }
$jlink = Join-Path $runtimeJdk 'bin\jlink.exe'
$jpackage = Join-Path $runtimeJdk 'bin\jpackage.exe'
$pkgVersion = ($Version -split '-')[0]
$release = Get-Content (Join-Path $runtimeJdk 'release') -Raw
# sqlite-jdbc's folder for this platform's native library (org/sqlite/native/Windows/<arch>/ in its jar)
$sqliteArch = if ($release -match 'OS_ARCH="(aarch64|arm64)"') { 'aarch64' } else { 'x86_64' }
$sqliteLib = 'sqlitejdbc.dll'
$jvmFlags = @('-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xms16m', '-Xmx1536m', '-XX:MaxNewSize=32m', '-XX:-ShrinkHeapInSteps')
$feature = 0
if ($release -match 'JAVA_VERSION="(\d+)') { $feature = [int]$Matches[1] }
if ($feature -ge 25) {
    # JavaFX and sqlite-jdbc load native code; the same module options in the training run and the launcher, or the
    # cache does not match
    $jvmFlags += @('--enable-native-access=javafx.graphics,org.xerial.sqlitejdbc', '--sun-misc-unsafe-memory-access=allow')
    $cache = 'reading-list.aot'; $cacheOption = '-XX:AOTCache='
} else {
    $cache = 'reading-list.jsa'; $cacheOption = '-XX:SharedArchiveFile='
}
$common = @('--app-version', $pkgVersion, '--vendor', 'Reading List',
            '--description', 'A reading list for engineering blog articles: tag cloud, sortable list, read marks kept locally.',
            '--copyright', 'Copyright 2026 The Reading List authors')

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
$modules = Join-Path $Out 'modules'
New-Item -ItemType Directory -Force $modules | Out-Null
Copy-Item $AppJar $modules
# JavaFX publishes an empty jar beside each platform jar; only the platform jars are modules
Get-ChildItem $Deps -Filter *.jar | Where-Object { $_.Name -notmatch '^javafx-[a-z]+-[0-9.]+\.jar$' } |
    ForEach-Object { Copy-Item $_.FullName $modules }

$runtime = Join-Path $Out 'runtime'
# sqlite-jdbc's jar holds SQLite's native library for 20 platforms; the runtime gets this platform's as a file
# (below) and none inside the module
# org.slf4j.jul is SLF4J's provider for Rome's logging: a service nothing requires, which jlink adds only when named
Invoke-Checked $jlink @('--module-path', $modules, '--add-modules', 'org.readinglist,org.slf4j.jul', '--output', $runtime,
    '--strip-debug', '--no-header-files', '--no-man-pages', '--generate-cds-archive',
    '--exclude-resources', '/org.xerial.sqlitejdbc/org/sqlite/native/**')
# JavaFX loads its DLLs from the runtime instead of unpacking them into each user's profile on first start
$graphics = Get-ChildItem $modules -Filter 'javafx-graphics-*-win.jar' | Select-Object -First 1
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($graphics.FullName)
try {
    $zip.Entries | Where-Object { $_.Name -like '*.dll' } | ForEach-Object {
        [System.IO.Compression.ZipFileExtensions]::ExtractToFile($_, (Join-Path $runtime "bin\$($_.Name)"), $true)
    }
} finally { $zip.Dispose() }
# SQLite's native library beside them: sqlite-jdbc loads it from there when org.sqlite.lib.path names the folder,
# instead of writing the copy inside its jar into the temp folder on every start
$sqlite = Get-ChildItem $modules -Filter 'sqlite-jdbc-*.jar' | Select-Object -First 1
$sqliteEntry = "org/sqlite/native/Windows/$sqliteArch/$sqliteLib"
$zip = [System.IO.Compression.ZipFile]::OpenRead($sqlite.FullName)
try {
    $entry = $zip.GetEntry($sqliteEntry)
    if ($null -eq $entry) { throw "$sqliteEntry missing from $($sqlite.Name)" }
    [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $runtime "bin\$sqliteLib"), $true)
} finally { $zip.Dispose() }

$images = Join-Path $Out 'image'
# SQLite's native library: the runtime's bin folder, seen from the launcher's app folder ($APPDIR)
$javaOptions = @()
foreach ($flag in $jvmFlags + @('-Dorg.sqlite.lib.path=$APPDIR\..\runtime\bin', "-Dorg.sqlite.lib.name=$sqliteLib",
        ($cacheOption + '$APPDIR\' + $cache))) {
    $javaOptions += @('--java-options', $flag)
}
Invoke-Checked $jpackage (@('--type', 'app-image', '--dest', $images, '--name', 'Reading List',
    '--icon', (Join-Path $here 'icons\reading-list.ico'), '--runtime-image', $runtime,
    '--module', 'org.readinglist/org.readinglist.app.Launcher') + $common + $javaOptions)

# Training run: the launcher starts the JVM exactly like this, so the cache matches it; the second run refuses to
# start with a cache that does not match. The app opens its library at start, so SQLite's driver is in the run.
$image = Join-Path $images 'Reading List'
$appDir = Join-Path $image 'app'
$java = Join-Path $image 'runtime\bin\java.exe'
$sqliteFlags = @("-Dorg.sqlite.lib.path=$(Join-Path $image 'runtime\bin')", "-Dorg.sqlite.lib.name=$sqliteLib")
$training = Join-Path ([System.IO.Path]::GetTempPath()) ('reading-list-training-' + [guid]::NewGuid())
if ($cache -eq 'reading-list.aot') {
    $makeCache = @("-XX:AOTCacheOutput=$appDir\$cache", '-Xlog:aot=error')
    $useCache = @('-XX:AOTMode=on', "-XX:AOTCache=$appDir\$cache")
} else {
    $makeCache = @("-XX:ArchiveClassesAtExit=$appDir\$cache")
    $useCache = @('-Xshare:on', "-XX:SharedArchiveFile=$appDir\$cache")
}
Invoke-Checked $java ($jvmFlags + $sqliteFlags + $makeCache +
    @('-m', 'org.readinglist/org.readinglist.app.Launcher', '--smoke-test', '--data-dir', $training))
Invoke-Checked $java ($jvmFlags + $sqliteFlags + $useCache +
    @('-m', 'org.readinglist/org.readinglist.app.Launcher', '--smoke-test', '--data-dir', $training))
Remove-Item -Recurse -Force $training -ErrorAction SilentlyContinue

Invoke-Checked $jpackage (@('--type', 'msi', '--app-image', $image, '--dest', $Out, '--name', 'Reading List',
    '--license-file', (Join-Path (Split-Path -Parent $here) 'LICENSE'),
    '--win-menu', '--win-menu-group', 'Reading List', '--win-shortcut', '--win-shortcut-prompt',
    '--win-per-user-install', '--win-dir-chooser',
    '--win-upgrade-uuid', '6d1c3f52-8f7e-4a8e-9c55-2b7f0e4d9a31') + $common)
Get-ChildItem $Out -Filter *.msi
