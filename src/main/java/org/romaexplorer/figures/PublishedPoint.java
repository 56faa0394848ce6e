package org.romaexplorer.figures;

/**
 * One published number of the paper placed on a figure, with what the model gives for it.
 *
 * @param figure    figure id, e.g. "fig6"
 * @param series    series it belongs to, e.g. "Llama-3.2-3B"
 * @param x         x value on the figure (finite)
 * @param published value printed in the paper
 * @param modeled   value the model gives at the paper's setting
 * @param errorPct  (modeled − published) / published, percent
 * @param unit      unit of both values
 */
public record PublishedPoint(String figure, String series, double x, double published, double modeled,
                             double errorPct, String unit) {

    /** Tooltip text: "published P, modeled M (err%)". */
    public String tooltip() {
        if (!Double.isFinite(modeled)) {
            return String.format("%s: published %,.4g %s (not modeled)", series, published, unit);
        }
        return String.format("%s: published %,.4g, modeled %,.4g %s (%+.1f%%)", series, published, modeled,
                unit, errorPct);
    }
}
