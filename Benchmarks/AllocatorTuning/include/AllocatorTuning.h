#ifndef COUNCIL_ALLOCATOR_TUNING_H
#define COUNCIL_ALLOCATOR_TUNING_H

/// Asks the C allocator to keep freed memory for reuse instead of returning it to the kernel.
///
/// With glibc: blocks of up to 32 MiB come from the heap rather than fresh mappings, and the heap is
/// trimmed only when more than 1 GiB is free at its top. Elsewhere it does nothing.
///
/// Returns 1 when the allocator took the settings, 0 when it did not or there are none to take.
int council_keep_freed_memory(void);

/// Asks the C allocator to return large freed blocks to the kernel, for a program whose peak memory
/// matters more than the cost of mapping blocks afresh (`council-report` on a large council).
///
/// With glibc: blocks of 128 KiB or more are always fresh mappings, unmapped when freed. glibc's
/// default starts there but raises the threshold each time such a block is freed, so that, after a
/// phase that frees large blocks, later ones come from the heap and freed ones stay resident in it.
/// Elsewhere it does nothing.
///
/// Returns 1 when the allocator took the setting, 0 when it did not or there is none to take.
int council_return_freed_memory(void);

#endif
