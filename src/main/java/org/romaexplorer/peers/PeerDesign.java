package org.romaexplorer.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Performance;
import org.romaexplorer.report.ReportRow;
import org.romaexplorer.report.ReportRow.Kind;
import org.romaexplorer.report.ReportRow.Role;

/**
 * A design of the field beside ROMA, as one of the template's bundled presets: its public numbers held against
 * the model on that preset, which of its parameters the preset fitted to which of them, and what the public
 * record leaves open (docs/peers.md). The preset is the design as published; the rows are computed on it.
 */
public abstract class PeerDesign {
    /** At most this many calibration rows per design (issue 19). */
    public static final int MAX_CALIBRATION_ROWS = 3;

    /**
     * A parameter of the preset fitted to one published number: the row that holds the number, the quantity the
     * model computes for it, and the number. {@link PeerFit} solves for the parameter; the preset holds the result.
     *
     * @param rowId     the calibration row
     * @param param     the parameter fitted
     * @param quantity  what the model computes for the row, in the row's unit
     * @param published the published number
     */
    public record Target(String rowId, Param param, ToDoubleFunction<DesignPoint> quantity, double published) {}

    /** The bundled preset's name, e.g. {@code tom-bitnet2b}. */
    public abstract String preset();

    /** The design's name, e.g. "TOM". */
    public abstract String name();

    /** The assumption set of the preset, in one line. */
    public abstract String assumptions();

    /** The report's rows on {@code p} (the bundled preset, or a refit of it). */
    public abstract List<ReportRow> rows(DesignPoint p);

    /** The parameters of the preset fitted to calibration rows, in the order they are fitted. */
    public abstract List<Target> targets();

    /** Where the public record contradicts itself or the model, in plain words. */
    public abstract List<String> contradictions();

    /** What the public record does not say, and what the preset chose instead (with its range). */
    public abstract List<String> unknowns();

    /** The bundled preset as read from the jar. */
    public DesignPoint design() {
        return PresetIo.bundled(preset());
    }

    /** The report on the bundled preset. */
    public PeerReport report() {
        return new PeerReport(name(), preset(), assumptions(), rows(design()), contradictions(), unknowns());
    }

    /**
     * Mean decode speed over the m − 1 tokens after the first of an n-token prompt's answer: a user's streaming speed;
     * with one output token, the speed of the step after it.
     */
    static double streamingTokensPerS(DesignPoint p, long n, long m) {
        Performance perf = new Performance(p);
        return m <= 1 ? perf.decodeTokensPerS(n) : (m - 1) / (perf.generationSeconds(n, m) - perf.ttftSeconds(n));
    }

    /** Rows in the order they are added; {@code what} gets its source appended in parentheses. */
    static final class Rows {
        private final List<ReportRow> rows = new ArrayList<>();
        private final String series;

        Rows(String series) {
            this.series = series;
        }

        Rows add(String id, String what, String source, String figure, double published, double modeled, String unit,
                 Role role, Kind kind) {
            rows.add(new ReportRow(id, what + " (" + source + ")", figure, series, Double.NaN, published, modeled, unit,
                    role, kind));
            return this;
        }

        Rows claim(String id, String what, String source, double threshold, double modeled, String unit, Kind kind) {
            rows.add(ReportRow.claim(id, what + " (" + source + ")", "text", threshold, modeled, unit, kind));
            return this;
        }

        List<ReportRow> list() {
            return List.copyOf(rows);
        }
    }
}
