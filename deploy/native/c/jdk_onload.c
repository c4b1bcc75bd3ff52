/*
 * A static JDK library names its initializer JNI_OnLoad_<lib>, and that is what a native image calls; the JDK's
 * shared libraries name it JNI_OnLoad. Built once per library with -DJDK_LIB=<lib>, this forwards to the shared
 * library's own initializer (already loaded: the executable needs it). A static library's initializer must answer
 * JNI 1.8 or later; the shared ones answer what they need (libjava: 1.2), which 1.8 includes.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <jni.h>

#define CONCAT(a, b) a##b
#define ONLOAD_NAME(lib) CONCAT(JNI_OnLoad_, lib)
#define STRINGIFY(x) #x
#define SONAME(lib) "lib" STRINGIFY(lib) ".so"

JNIEXPORT jint JNICALL ONLOAD_NAME(JDK_LIB)(JavaVM *vm, void *reserved) {
    void *handle = dlopen(SONAME(JDK_LIB), RTLD_LAZY | RTLD_NOLOAD);
    if (handle == NULL) return JNI_VERSION_1_8;
    jint (*onload)(JavaVM *, void *) = (jint (*)(JavaVM *, void *)) dlsym(handle, "JNI_OnLoad");
    if (onload == NULL) return JNI_VERSION_1_8;
    jint version = onload(vm, reserved);
    return version < 0 ? version : JNI_VERSION_1_8;
}
