package org.romaexplorer.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

/** What the app remembers between runs: window size, last preset, last folders, recent files. */
public final class AppPrefs {
    private static final int RECENT_MAX = 8;
    private final Preferences node;

    public AppPrefs(Preferences node) {
        this.node = node;
    }

    public static AppPrefs user() {
        return new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui"));
    }

    public double width() { return node.getDouble("window.width", 1500); }

    public double height() { return node.getDouble("window.height", 950); }

    public void setSize(double w, double h) {
        node.putDouble("window.width", w);
        node.putDouble("window.height", h);
    }

    /** Saved left edge of the window, or NaN when none is saved. */
    public double x() { return node.getDouble("window.x", Double.NaN); }

    public double y() { return node.getDouble("window.y", Double.NaN); }

    public void setBounds(double x, double y, double w, double h) {
        node.putDouble("window.x", x);
        node.putDouble("window.y", y);
        setSize(w, h);
    }

    /** "bundled:NAME" or a file path; empty if none. */
    public String lastPreset() { return node.get("preset.last", ""); }

    void setLastPreset(String v) { node.put("preset.last", v); }

    Path dir(String kind) {
        String d = node.get("dir." + kind, System.getProperty("user.home"));
        return Path.of(d);
    }

    void setDir(String kind, Path dir) {
        if (dir != null) {
            node.put("dir." + kind, dir.toString());
        }
    }

    /** The look chosen last in an export dialog (screen by default). */
    StyleChoice.Look exportLook() {
        return StyleChoice.Look.of(node.getInt("export.style", 0), node.getBoolean("export.caption", false));
    }

    void setExportLook(StyleChoice.Look look) {
        node.putInt("export.style", look.index());
        node.putBoolean("export.caption", look.caption());
    }

    List<Path> recent() {
        String s = node.get("recent", "");
        return s.isEmpty() ? List.of() : Arrays.stream(s.split("\n")).map(Path::of).toList();
    }

    void addRecent(Path p) {
        List<Path> r = new ArrayList<>(recent());
        r.remove(p);
        r.add(0, p);
        node.put("recent", String.join("\n", r.stream().limit(RECENT_MAX).map(Path::toString).toList()));
    }
}
