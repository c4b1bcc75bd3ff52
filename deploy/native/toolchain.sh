#!/usr/bin/env bash
# Assembles a GraalVM-style `native-image` from Maven Central's SubstrateVM jars on the installed Temurin 25 (JVMCI
# enabled), and caches it under the data directory. Prints the toolchain's bin directory on its last line.
#
#   deploy/native/toolchain.sh            # assemble (or reuse) and print <home>/bin
#   ./mvnw -Pnative package -pl <service>   # the native profile runs this script first (initialize phase)
#
# A native-image already on the PATH is used instead (the cache then links to its home; TG_NATIVE_ASSEMBLE=1 assembles
# anyway).
#
# What Maven Central does not carry, and where this script takes it from (deploy/native/README.md says why):
#   - the native-image driver (com.oracle.svm.driver) and the C sources of libchelper and libjvm: an oracle/graal
#     source tree of the same release line, TG_GRAAL_SRC=<dir with substratevm/src>; without one the script stops.
#   - the JDK's static libraries (libjava.a, libnio.a, libnet.a, libzip.a, ...): TG_JDK_STATIC_LIBS=<dir with them>
#     (an OpenJDK 25 static-libs bundle); without it, the JDK's own shared libraries stand in (see README).
#   - libsvm_container, the progress reporter's helper, findJavaTZ_md: this project's own C (deploy/native/c).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
data_dir=${TRADEGUARD_DATA_DIR:-$root/.local}

svm_version=${TG_SVM_VERSION:-25.0.2}
jdk=${TG_NATIVE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
graal_src=${TG_GRAAL_SRC:-}
jdk_static_libs=${TG_JDK_STATIC_LIBS:-}
home=${TG_NATIVE_HOME:-$data_dir/native-toolchain/graalvm-svm-$svm_version}

say() { printf '[native-toolchain] %s\n' "$*" >&2; }
blocked() {
  printf '[native-toolchain] BLOCKED: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '[native-toolchain]   %s\n' "$line" >&2; done
  exit 2
}

if [ -x "$home/bin/native-image" ] && { [ -f "$home/.complete" ] || [ -L "$home" ]; }; then
  echo "$home/bin"
  exit 0
fi
# A GraalVM or Mandrel already on the PATH is used as it is: the cache names its home.
if [ -z "${TG_NATIVE_ASSEMBLE:-}" ] && installed=$(command -v native-image 2>/dev/null); then
  installed_home=$(cd "$(dirname "$(readlink -f "$installed")")/.." && pwd)
  mkdir -p "$(dirname "$home")"
  rm -rf "$home"
  ln -s "$installed_home" "$home"
  say "using the native-image on the PATH ($installed_home)"
  echo "$home/bin"
  exit 0
fi

# --- prerequisites -----------------------------------------------------------------------------------------------
[ -x "$jdk/bin/java" ] || blocked "no JDK 25 at $jdk" "install Temurin 25 there or set TG_NATIVE_JDK"
"$jdk/bin/java" --list-modules | grep -q '^jdk.internal.vm.ci@' \
  || blocked "$jdk has no JVMCI module (jdk.internal.vm.ci)" "use an OpenJDK 25 build that ships it (Temurin does)"
for tool in gcc g++ ar nm; do
  command -v "$tool" >/dev/null || blocked "no $tool on the PATH" "apt-get install -y gcc g++ binutils"
done
[ -f /usr/include/zlib.h ] || blocked "no zlib headers" "apt-get install -y zlib1g-dev"

# --- 1. the SubstrateVM jars, from Maven Central -------------------------------------------------------------------
jars=$home.tmp/jars
rm -rf "$home.tmp"
mkdir -p "$jars"
say "fetching org.graalvm.nativeimage:svm:$svm_version and its dependencies with mvn dependency:copy-dependencies"
cat > "$home.tmp/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.tradeguard.native</groupId><artifactId>svm-jars</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.graalvm.nativeimage</groupId><artifactId>svm</artifactId><version>$svm_version</version></dependency>
  </dependencies>
</project>
EOF
JAVA_HOME=$jdk "$root/mvnw" -B -q -f "$home.tmp/pom.xml" dependency:copy-dependencies -DoutputDirectory="$jars" \
  -Dmdep.stripVersion=true >&2 \
  || blocked "Maven could not resolve org.graalvm.nativeimage:svm:$svm_version" "set TG_SVM_VERSION to one that resolves"
for jar in svm pointsto objectfile native-image-base nativeimage word collections compiler; do
  [ -f "$jars/$jar.jar" ] || blocked "svm:$svm_version brought no $jar.jar" "check the svm pom's dependencies"
done

# --- 2. a JDK home that is also a GraalVM home ---------------------------------------------------------------------
# A copy, not links: the JVM derives java.home from where libjvm.so really is, and the builder looks for its helper
# libraries under java.home.
new=$home.tmp/home
say "copying $jdk to the toolchain home"
cp -a "$jdk/." "$new/"
mkdir -p "$new/lib/svm/builder/lib" "$new/lib/svm/driver" "$new/lib/jvmci" "$new/lib/truffle"
for jar in svm pointsto objectfile native-image-base svm-configure svm-capnproto-runtime espresso-svm truffle-compiler \
           nativeimage-libgraal; do
  [ -f "$jars/$jar.jar" ] && cp "$jars/$jar.jar" "$new/lib/svm/builder/"
done
# On a JDK without them, the driver puts word, collections and nativeimage on the builder's module path and the Graal
# compiler of the same release on its upgrade module path, from lib/jvmci (Temurin's own jdk.graal.compiler differs).
cp "$jars/word.jar" "$jars/collections.jar" "$jars/nativeimage.jar" "$new/lib/jvmci/"
cp "$jars/compiler.jar" "$new/lib/jvmci/graal.jar"
echo "$svm_version" > "$new/lib/svm/VERSION"

# --- 3. the driver and the C libraries of the SubstrateVM runtime, from oracle/graal sources -----------------------
if [ -z "$graal_src" ] || [ ! -d "$graal_src/substratevm/src/com.oracle.svm.driver" ]; then
  blocked "the native-image driver is not on Maven Central (no org.graalvm.nativeimage:svm-driver jar for any 23.1-25.x)," \
    "and neither are the C sources of libchelper and libjvm (com.oracle.svm.native.libchelper, .jvm.posix)." \
    "Set TG_GRAAL_SRC to an oracle/graal (or graalvm/mandrel) source tree of release $svm_version" \
    "(substratevm/src/com.oracle.svm.driver, com.oracle.svm.driver.launcher, com.oracle.svm.native.libchelper," \
    "com.oracle.svm.native.jvm.posix). Everything before this point is in $home.tmp."
fi
src=$graal_src/substratevm/src
[ -f "$src/com.oracle.svm.native.libchelper/include/svm_locale.h" ] \
  || blocked "$graal_src is older than 25.0 (no libchelper/include/svm_locale.h)" "use the release-$svm_version sources"

build=$home.tmp/build
mkdir -p "$build/driver/src" "$build/driver/classes" "$build/c"
say "compiling the native-image driver against svm $svm_version"
cp -r "$src/com.oracle.svm.driver/src/." "$src/com.oracle.svm.driver.launcher/src/." "$build/driver/src/"
cat > "$build/driver/src/module-info.java" <<'EOF'
module org.graalvm.nativeimage.driver {
    requires org.graalvm.nativeimage.builder;
    requires org.graalvm.nativeimage.base;
    requires org.graalvm.nativeimage.configure;
    requires org.graalvm.nativeimage;
    requires org.graalvm.word;
    requires org.graalvm.collections;
    requires jdk.graal.compiler;
    requires jdk.management;
    requires java.management;
    exports com.oracle.svm.driver;
    uses jdk.graal.compiler.options.OptionDescriptors;
}
EOF
find "$build/driver/src" -name '*.java' > "$build/driver/files"
"$jdk/bin/javac" -nowarn -d "$build/driver/classes" --module-path "$new/lib/svm/builder:$new/lib/jvmci" \
  --upgrade-module-path "$new/lib/jvmci/graal.jar" \
  --add-exports java.base/jdk.internal.jimage=org.graalvm.nativeimage.driver @"$build/driver/files" >&2 \
  || blocked "the driver sources in $graal_src do not compile against svm $svm_version" "use sources of that release"
cp -r "$src/com.oracle.svm.driver/resources/." "$build/driver/classes/"

# The builder JVM's flags (mx generates them from each module's requiresConcealed; here: every concealed package of
# every JDK module the builder resolves, exported to the builder's modules).
targets=org.graalvm.nativeimage.builder,org.graalvm.nativeimage.pointsto,org.graalvm.nativeimage.base
targets=$targets,org.graalvm.nativeimage.objectfile,jdk.graal.compiler,org.graalvm.nativeimage.driver
targets=$targets,org.graalvm.nativeimage.configure,org.graalvm.truffle.compiler
for module in $("$jdk/bin/java" --list-modules | sed 's/@.*//'); do
  "$jdk/bin/java" --describe-module "$module" | awk -v m="$module" -v t="$targets" '
    $1 == "contains" { print "--add-exports=" m "/" $2 "=" t }
    $1 == "qualified" && $2 == "exports" { print "--add-exports=" m "/" $3 "=" t }'
done > "$build/exports.all"
# Keep only the modules the builder's JVM resolves (the others draw an "Unknown module" warning per flag).
unknown=$("$jdk/bin/java" @"$build/exports.all" --upgrade-module-path "$new/lib/jvmci/graal.jar" \
  --module-path "$new/lib/svm/builder:$new/lib/jvmci:$build/driver/classes" \
  --add-modules org.graalvm.nativeimage.builder -version 2>&1 | awk '/Unknown module:/ {print $4}' | sort -u)
cp "$build/exports.all" "$build/exports"
for module in $unknown; do sed -i "\#^--add-exports=$module/#d" "$build/exports"; done
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
echo "$feature" > "$build/driver/classes/graal-compiler-flags-versions.config"
{
  printf '%s\n' -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -Dorg.graalvm.nativeimage.imagecode=buildtime \
    -Dtruffle.TrustAllTruffleRuntimeProviders=true -Dtruffle.TruffleRuntime=com.oracle.truffle.api.impl.DefaultTruffleRuntime \
    -Dgraalvm.ForcePolyglotInvalid=true -Dgraalvm.locatorDisabled=true -Dsubstratevm.HostLibC=glibc
  cat "$build/exports"
} > "$build/driver/classes/graal-compiler-flags-$feature.config"
cp "$build/exports" "$new/lib/svm/driver/java-args"
(cd "$build/driver/classes" && "$jdk/bin/jar" --create --file "$new/lib/svm/driver/svm-driver.jar" .)

say "compiling libchelper, libjvm, libsvm_container and the reporter's helper"
clib=$new/lib/svm/clibraries/linux-amd64
mkdir -p "$clib/glibc" "$clib/include"
cp "$src/com.oracle.svm.native.libchelper/include/"* "$clib/include/"
cflags=(-g -fPIC -O2 -D_LITTLE_ENDIAN -ffunction-sections -fdata-sections -D_FORTIFY_SOURCE=0 -D_GNU_SOURCE
        -I"$src/com.oracle.svm.native.libchelper/include" -I"$jdk/include" -I"$jdk/include/linux")
mkdir -p "$build/c/chelper" "$build/c/jvm" "$build/c/container"
for c in "$src/com.oracle.svm.native.libchelper/src/"*.c "$here/c/timezone_md.c"; do
  gcc "${cflags[@]}" -fvisibility=hidden -c "$c" -o "$build/c/chelper/$(basename "$c" .c).o"
done
ar rcs "$clib/glibc/liblibchelper.a" "$build/c/chelper/"*.o
# libjvm: SubstrateVM's JVM_* functions (JvmFuncs.c) and, for every other JVM_* the JDK libraries name, a fallback that
# aborts naming the function (mx generates the same list). Linked as an object so none is dropped.
gcc "${cflags[@]}" -c "$src/com.oracle.svm.native.jvm.posix/src/JvmFuncs.c" -o "$build/c/jvm/JvmFuncs.o"
gcc "${cflags[@]}" -c "$here/c/svm_container.c" -o "$build/c/container/svm_container.o"
ar rcs "$clib/glibc/libsvm_container.a" "$build/c/container/svm_container.o"
gcc -shared "${cflags[@]}" "$here/c/reporterchelper.c" -o "$new/lib/svm/builder/lib/libreporterchelper.so"

jdk_libs=(java nio net zip extnet management_ext jaas prefs management j2gss j2pkcs11 attach sctp)
nm --defined-only "$build/c/jvm/JvmFuncs.o" | awk '$2 == "T" {print $3}' | sort -u > "$build/c/jvm/implemented"
if [ -n "$jdk_static_libs" ]; then
  say "JDK static libraries from $jdk_static_libs"
  for lib in "${jdk_libs[@]}"; do
    [ -f "$jdk_static_libs/lib$lib.a" ] || blocked "$jdk_static_libs has no lib$lib.a"
    cp "$jdk_static_libs/lib$lib.a" "$clib/glibc/"
  done
  for lib in "${jdk_libs[@]}"; do nm "$clib/glibc/lib$lib.a" 2>/dev/null | awk '$1 == "U" {print $2}'; done \
    | grep -E '^(JVM_|jio_)' | sort -u > "$build/c/jvm/needed"
  stub_mode=static
else
  say "no TG_JDK_STATIC_LIBS: the JDK's shared libraries stand in for its static ones (README: 'JDK libraries')"
  shared=$new/lib/svm/jdk-shared
  mkdir -p "$shared"
  for lib in "${jdk_libs[@]}"; do
    cp "$jdk/lib/lib$lib.so" "$shared/"
    gcc "${cflags[@]}" -DJDK_LIB="$lib" -c "$here/c/jdk_onload.c" -o "$build/c/onload_$lib.o"
    ar rcs "$shared/libonload_$lib.a" "$build/c/onload_$lib.o"
    # A linker script in place of lib<lib>.a: the initializer forwarder, then the shared library.
    printf 'INPUT(%s %s)\n' "$shared/libonload_$lib.a" "$shared/lib$lib.so" > "$clib/glibc/lib$lib.a"
  done
  for lib in "${jdk_libs[@]}"; do nm -D --undefined-only "$jdk/lib/lib$lib.so" | awk '{print $2}'; done \
    | sed 's/@.*//' | grep -E '^(JVM_|jio_)' | sort -u > "$build/c/jvm/needed"
  stub_mode=shared
fi
comm -23 "$build/c/jvm/needed" "$build/c/jvm/implemented" > "$build/c/jvm/fallbacks"
{
  echo '#include <stdio.h>'
  echo '#include <stdlib.h>'
  while read -r fn; do
    printf 'void %s(void) { fprintf(stderr, "%s called: not supported by this native image\\n"); abort(); }\n' "$fn" "$fn"
  done < "$build/c/jvm/fallbacks"
} > "$build/c/jvm/fallbacks.c"
gcc "${cflags[@]}" -c "$build/c/jvm/fallbacks.c" -o "$build/c/jvm/fallbacks.o"
if [ "$stub_mode" = static ]; then
  ar rcs "$clib/glibc/libjvm.a" "$build/c/jvm/JvmFuncs.o" "$build/c/jvm/fallbacks.o"
else
  ar rcs "$clib/glibc/libjvm.a" "$build/c/jvm/JvmFuncs.o"
  # libjava.so and friends need a "libjvm.so" defining JVM_* under version SUNWprivate_1.1 (the executable cannot
  # export them: the builder hides all but its entry points). This one holds SubstrateVM's JvmFuncs.c again, and the
  # fallbacks; JvmFuncs asks the image whether it is a static binary, which a shared library answers "no".
  echo 'int __svm_vm_is_static_binary __attribute__((weak)) = 0;' > "$build/c/jvm/static_binary.c"
  echo 'SUNWprivate_1.1 { global: JVM_*; jio_*; local: *; };' > "$build/c/jvm/libjvm.map"
  gcc -shared "${cflags[@]}" -Wl,-soname,libjvm.so -Wl,--version-script="$build/c/jvm/libjvm.map" \
    "$src/com.oracle.svm.native.jvm.posix/src/JvmFuncs.c" "$build/c/jvm/fallbacks.c" "$build/c/jvm/static_binary.c" \
    -o "$shared/libjvm.so"
fi

# --- 4. the launcher -----------------------------------------------------------------------------------------------
cat > "$new/bin/native-image" <<'EOF'
#!/usr/bin/env bash
# native-image on the JVM: the SubstrateVM driver of this toolchain (deploy/native/toolchain.sh), run by its JDK.
set -e
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
mp="$root/lib/svm/driver/svm-driver.jar"
for jar in "$root"/lib/svm/builder/*.jar "$root"/lib/jvmci/word.jar "$root"/lib/jvmci/collections.jar \
           "$root"/lib/jvmci/nativeimage.jar; do
  mp="$mp:$jar"
done
version=$(cat "$root/lib/svm/VERSION")
extra=()
if [ -d "$root/lib/svm/jdk-shared" ] && [ "${1:-}" != "--version" ]; then
  # The JDK's shared libraries stand in for its static ones: the executable finds them here.
  extra=("-H:NativeLinkerOption=-Wl,-rpath,$root/lib/svm/jdk-shared")
fi
exec "$root/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI \
  -Dnative-image.root="$root" -Dorg.graalvm.version="$version" -Dorg.graalvm.vendorversion="GraalVM CE $version+maven" \
  @"$root/lib/svm/driver/java-args" \
  --upgrade-module-path "$root/lib/jvmci/graal.jar" --module-path "$mp" \
  -m org.graalvm.nativeimage.driver/com.oracle.svm.driver.NativeImage "${extra[@]}" "$@"
EOF
chmod +x "$new/bin/native-image"
# Drop the exports of modules the driver's JVM does not resolve either (each would warn on every build).
unknown=$("$new/bin/native-image" --version 2>&1 | awk '/Unknown module:/ {print $4}' | sort -u)
if [ -n "$unknown" ]; then
  for module in $unknown; do
    sed -i "\#^--add-exports=$module/#d" "$new/lib/svm/driver/java-args" \
      "$build/driver/classes/graal-compiler-flags-$feature.config"
  done
  (cd "$build/driver/classes" && "$jdk/bin/jar" --create --file "$new/lib/svm/driver/svm-driver.jar" .)
fi
"$new/bin/native-image" --version >&2 || blocked "the assembled native-image does not start" "see the output above"

rm -rf "$home"
mkdir -p "$(dirname "$home")"
mv "$new" "$home"
# The linker scripts name absolute paths inside the home: point them at its final place.
for script in "$home"/lib/svm/clibraries/linux-amd64/glibc/*.a; do
  if head -c 6 "$script" | grep -q '^INPUT('; then sed -i "s#$new#$home#g" "$script"; fi
done
rm -rf "$home.tmp"
touch "$home/.complete"
say "native-image $svm_version assembled in $home"
echo "$home/bin"
