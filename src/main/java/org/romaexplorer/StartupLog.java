package org.romaexplorer;

/** Prints start-up marks ({@code roma-startup NAME=<epoch ms>}) on stdout for {@code src/dev/cold-start.sh}. */
public final class StartupLog {
    private StartupLog() {}

    public static void mark(String name) {
        System.out.println("roma-startup " + name + "=" + System.currentTimeMillis());
        System.out.flush();
    }
}
