package org.romaexplorer;

/**
 * Prints start-up marks on stdout for {@code src/dev/cold-start.sh}: {@code roma-startup NAME=<epoch ms> cpu=<ms>},
 * the wall clock and the CPU time this process has used so far (all threads: a measure the machine's load
 * does not stretch).
 */
public final class StartupLog {
    private static final boolean TRACE = Boolean.getBoolean("roma.startup.trace");

    private StartupLog() {}

    /** {@link #mark}, when {@code -Droma.startup.trace=true}. */
    public static void trace(String name) {
        if (TRACE) {
            mark(name);
        }
    }

    public static void mark(String name) {
        long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        System.out.println("roma-startup " + name + "=" + System.currentTimeMillis() + " cpu=" + cpuMs);
        System.out.flush();
    }
}
