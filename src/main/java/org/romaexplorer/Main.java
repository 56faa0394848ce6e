package org.romaexplorer;

/** Launcher: placeholder until the CLI exists. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("ROMA Explorer");
    }
}
