#include "AllocatorTuning.h"

// Any C library header says whether the library is glibc.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>

int council_keep_freed_memory(void) {
    int mapped = mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    int trimmed = mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    return mapped && trimmed;
}

int council_return_freed_memory(void) {
    return mallopt(M_MMAP_THRESHOLD, 128 * 1024);
}
#else
int council_keep_freed_memory(void) {
    return 0;
}

int council_return_freed_memory(void) {
    return 0;
}
#endif
