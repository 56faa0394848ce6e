package org.romaexplorer.peers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Param;

/**
 * Fits a design's calibrated parameters to its calibration rows: each {@link PeerDesign.Target} in turn, by
 * bisection on a log scale over the parameter's range (every quantity fitted is monotone in its parameter), three
 * sweeps over all targets so that a later fit that moves an earlier quantity is caught. The bundled preset holds
 * the values rounded to five significant digits; {@code PeerFitTest} fails when they drift from the fit.
 */
public final class PeerFit {
    private static final int SWEEPS = 3;
    private static final int STEPS = 200;

    private PeerFit() {}

    /** The fitted value of each target's parameter, by key, starting from the design's bundled preset. */
    public static Map<String, Double> fit(PeerDesign d) {
        return fit(d, d.design());
    }

    /** As {@link #fit(PeerDesign)}, starting from {@code p}. */
    public static Map<String, Double> fit(PeerDesign d, DesignPoint p) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (PeerDesign.Target t : d.targets()) {
                double v = solve(p, t);
                p = t.param().set(p, v);
                out.put(t.param().key(), v);
            }
        }
        return out;
    }

    /** The design with every target's parameter fitted. */
    public static DesignPoint fitted(PeerDesign d) {
        DesignPoint p = d.design();
        for (Map.Entry<String, Double> e : fit(d, p).entrySet()) {
            p = org.romaexplorer.model.Params.of(e.getKey()).set(p, e.getValue());
        }
        return p;
    }

    /** The value of the target's parameter at which its quantity equals the published number. */
    static double solve(DesignPoint p, PeerDesign.Target t) {
        Param k = t.param();
        double lo = Math.max(k.min(), 1e-6);
        double hi = k.max();
        double fLo = t.quantity().applyAsDouble(k.set(p, lo)) - t.published();
        double fHi = t.quantity().applyAsDouble(k.set(p, hi)) - t.published();
        if (Math.signum(fLo) == Math.signum(fHi)) {
            throw new InvalidParameterException(k.key(), "no value in [" + lo + ", " + hi + "] reproduces "
                    + t.rowId() + " = " + t.published());
        }
        for (int i = 0; i < STEPS; i++) {
            double mid = Math.sqrt(lo * hi);
            double f = t.quantity().applyAsDouble(k.set(p, mid)) - t.published();
            if (Math.signum(f) == Math.signum(fLo)) {
                lo = mid;
                fLo = f;
            } else {
                hi = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }
}
