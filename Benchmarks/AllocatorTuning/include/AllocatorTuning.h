#ifndef COUNCIL_ALLOCATOR_TUNING_H
#define COUNCIL_ALLOCATOR_TUNING_H

/// Asks the C allocator to keep freed memory for reuse instead of returning it to the kernel.
///
/// With glibc: blocks of up to 32 MiB come from the heap rather than fresh mappings, and the heap is
/// trimmed only when more than 1 GiB is free at its top. Elsewhere it does nothing.
///
/// Returns 1 when the allocator took the settings, 0 when it did not or there are none to take.
int council_keep_freed_memory(void);

#endif
