/*
 * libsvm_container for a native image built by deploy/native/toolchain.sh. GraalVM's own library is HotSpot's
 * cgroup code, which no reachable registry carries; this one answers "not in a container" and the host's figures,
 * so an image sizes its heap and threads from the machine (set -Xmx explicitly in a container with a memory limit).
 * The entry points and result codes are those that com.oracle.svm.core.container.ContainerLibrary calls.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <unistd.h>

#define SUCCESS_IS_NOT_CONTAINERIZED 0
#define EXPORT __attribute__((visibility("default")))

EXPORT int svm_container_initialize(int version) { (void) version; return SUCCESS_IS_NOT_CONTAINERIZED; }

EXPORT uintptr_t svm_container_physical_memory(void) {
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (uintptr_t) pages * (uintptr_t) size : 0;
}

EXPORT int svm_container_active_processor_count(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        int count = CPU_COUNT(&set);
        if (count > 0) return count;
    }
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 ? (int) online : 1;
}

/* "No limit / unknown", as HotSpot reports outside a container. */
EXPORT long svm_container_memory_limit_in_bytes(void) { return -1; }
EXPORT long svm_container_memory_and_swap_limit_in_bytes(void) { return -1; }
EXPORT long svm_container_memory_soft_limit_in_bytes(void) { return -1; }
EXPORT long svm_container_memory_usage_in_bytes(void) { return -1; }
EXPORT long svm_container_memory_max_usage_in_bytes(void) { return -1; }
EXPORT long svm_container_rss_usage_in_bytes(void) { return -1; }
EXPORT long svm_container_cache_usage_in_bytes(void) { return -1; }
