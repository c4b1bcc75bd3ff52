/*
 * findJavaTZ_md, which SubstrateVM's libchelper calls and which a static libjava.a would provide. The JDK's shared
 * libjava.so keeps it internal, so the toolchain supplies it: $TZ, else the zone /etc/localtime links to, else the
 * name in /etc/timezone, else UTC. Returns a malloc'd zone id, as the JDK's does.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *copy_zone(const char *zone) {
    while (*zone == ':') zone++;
    return *zone ? strdup(zone) : NULL;
}

char *findJavaTZ_md(const char *java_home_dir) {
    (void) java_home_dir;
    const char *tz = getenv("TZ");
    if (tz != NULL && *tz) {
        char *zone = copy_zone(tz);
        if (zone != NULL) return zone;
    }
    char link[PATH_MAX];
    ssize_t length = readlink("/etc/localtime", link, sizeof(link) - 1);
    if (length > 0) {
        link[length] = '\0';
        const char *marker = strstr(link, "zoneinfo/");
        if (marker != NULL && marker[9]) return strdup(marker + 9);
    }
    FILE *file = fopen("/etc/timezone", "r");
    if (file != NULL) {
        char line[256];
        char *zone = NULL;
        if (fgets(line, sizeof(line), file) != NULL) {
            line[strcspn(line, " \t\r\n")] = '\0';
            zone = copy_zone(line);
        }
        fclose(file);
        if (zone != NULL) return zone;
    }
    return strdup("UTC");
}
