package org.romaexplorer.figures;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYSeries;

/**
 * The published points of one series of a figure ("Llama-3.2-3B (paper)"), each item with its report
 * data, so tooltips, styles and the CSV can say which model it belongs to and whether it is a bound.
 */
public final class PublishedSeries extends XYSeries {
    private final String line;
    private final List<PublishedPoint> points = new ArrayList<>();

    PublishedSeries(String line) {
        super(line.isEmpty() ? "published (paper)" : line + " (paper)", false, true);
        this.line = line;
    }

    /** Appends a point; items keep the order they were added in. */
    void add(PublishedPoint p) {
        points.add(p);
        add(p.x(), p.published());
    }

    /** The report data of item {@code i}. */
    public PublishedPoint point(int i) {
        return points.get(i);
    }

    /** The keys of a collection's series, in order. */
    static List<String> keys(org.jfree.data.xy.XYSeriesCollection c) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < c.getSeriesCount(); i++) {
            keys.add(c.getSeriesKey(i).toString());
        }
        return keys;
    }

    /**
     * The index among {@code lineKeys} of the line these points belong to: the line named exactly like the
     * series, or whose name starts or ends with it as a word ("ROMA Llama-3-8B", "RTX 4090 roofline"); -1 if
     * none.
     */
    public int lineIndex(List<String> lineKeys) {
        for (int i = 0; !line.isEmpty() && i < lineKeys.size(); i++) {
            String k = lineKeys.get(i);
            if (k.equals(line) || k.startsWith(line + " ") || k.endsWith(" " + line)) {
                return i;
            }
        }
        return -1;
    }
}
