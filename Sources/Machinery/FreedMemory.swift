#if canImport(CMalloc)
    import CMalloc
#endif

/// The allocator keeps the memory a program frees, for reuse, in one pool for each thread that
/// allocated it. After a stage that allocated and freed hundreds of megabytes on several threads
/// (reading an extract on every core), what the pools keep would add to the next stage's peak.
public enum FreedMemory {
    /// Gives the free pages of every pool back to the system (glibc's `malloc_trim`; elsewhere
    /// nothing).
    public static func returnToSystem() {
        #if canImport(CMalloc)
            _ = malloc_trim(0)
        #endif
    }
}
