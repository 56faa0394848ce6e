package org.romaexplorer.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Bar labels with three significant digits (whole numbers from 1,000 up, thousands grouped) and, on a
 * breakdown, each bar's share of its series' total: "12.3 (45%)".
 */
final class BarLabels extends StandardCategoryItemLabelGenerator {
    private final boolean shares;

    BarLabels(boolean shares) {
        this.shares = shares;
    }

    @Override
    public String generateLabel(CategoryDataset data, int row, int column) {
        Number v = data.getValue(row, column);
        if (v == null) {
            return null;
        }
        String label = format(v.doubleValue());
        double total = 0;
        for (int c = 0; c < data.getColumnCount(); c++) {
            Number n = data.getValue(row, c);
            total += n == null ? 0 : n.doubleValue();
        }
        return shares && total > 0 ? label + String.format(Locale.ROOT, " (%.0f%%)", 100 * v.doubleValue() / total) : label;
    }

    /** Three significant digits; whole and grouped from 1,000 up. */
    static String format(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return Double.isFinite(v) ? "0" : String.valueOf(v);
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
