package org.romaexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.romaexplorer.io.AtomicFile;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metric;
import org.romaexplorer.optimize.Found;
import org.romaexplorer.optimize.Optimizer;
import org.romaexplorer.optimize.SearchResult;
import org.romaexplorer.sweep.AxisParser;
import org.romaexplorer.sweep.Front;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.sweep.Hypervolume;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Requirement;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.SearchSpace;
import org.romaexplorer.sweep.Sweep;
import org.romaexplorer.sweep.SweepControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optimize}: NSGA-II over knobs too many for a grid, under requirements; one objective is goal seeking.
 * Prints the front's hypervolume against a stated reference point and, with {@code --compare-exhaustive}, the
 * exact front's (a grid sweep of the same space).
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Search a design space (NSGA-II, seeded) for the Pareto front of some objectives under requirements; "
                + "with one objective, the best design.")
public final class OptimizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DesignOptions design;

    @Option(names = "--vary", required = true, paramLabel = "KEY=LO..HI|KEY=LO..HI:STEP|KEY=A,B,C",
            description = "A searched knob (repeatable): LO..HI is every whole value of an integer knob or every real "
                    + "value of a continuous one; :STEP or a list as for sweep.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--objectives", required = true, paramLabel = "KEY:min|max,...",
            description = "Objectives, e.g. area_mm2:min,decode_tokens_per_s:max; one objective seeks the best design.")
    String objectives;

    @Option(names = "--require", paramLabel = "KEY>=V|KEY<=V|KEY==V",
            description = "A requirement on a metric (repeatable), e.g. max_tokens>=8192, fits_in_rom==true.")
    List<String> require = new ArrayList<>();

    @Option(names = "--feasible-only", description = "Require fits_in_rom==true and context_fits==true.")
    boolean feasibleOnly;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "10000",
            description = "Most designs evaluated (default ${DEFAULT-VALUE}); a budget that covers the space enumerates it.")
    long evaluations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--population", paramLabel = "N", defaultValue = "" + Optimizer.DEFAULT_POPULATION,
            description = "NSGA-II population (default ${DEFAULT-VALUE}).")
    int population;

    @Option(names = "--reference", paramLabel = "KEY=V,...", split = ",",
            description = "Hypervolume reference point, one value per objective (default: 10% beyond the worst front value).")
    List<String> reference = new ArrayList<>();

    @Option(names = "--compare-exhaustive", description = "Also sweep every design of the (discrete) space and print the exact front's hypervolume.")
    boolean compare;

    @Option(names = "--max-points", paramLabel = "N", defaultValue = "1000000000",
            description = "Refuse an exhaustive comparison of more points than this (default ${DEFAULT-VALUE}).")
    long maxPoints;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the front as CSV (as sweep --pareto-only).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--progress", description = "Show progress on stderr even when it is not a terminal.")
    boolean progress;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DesignPoint base = design.design();
        SearchSpace space = new SearchSpace(vary.stream().map(AxisParser::dimension).toList());
        List<Objective> objs = Objective.parseList(objectives);
        Requirements req = Requirements.parse(require);
        if (feasibleOnly) {
            req = req.and(List.of(Requirement.equal(Metric.FITS_IN_ROM, 1), Requirement.equal(Metric.CONTEXT_FITS, 1)));
        }
        double[] givenReference = reference.isEmpty() ? null : reference(objs);
        Grid grid = compare ? exhaustiveGrid(space) : null;
        if (out != null) {
            AtomicFile.checkTarget("--out", out);
        }
        Optimizer optimizer = new Optimizer(base, space, objs, req, evaluations, seed, population);
        Map<String, Object> result = new LinkedHashMap<>();
        try (Workers workers = Workers.of(threads)) {
            long t0 = System.nanoTime();
            SearchResult r = optimizer.run(workers.executor(), control("optimize", Math.min(evaluations,
                    space.designs())));
            double seconds = (System.nanoTime() - t0) / 1e9;
            Front exact = null;
            double exactSeconds = 0;
            if (grid != null) {
                long t1 = System.nanoTime();
                exact = new Sweep(base, grid, objs, Sweep.DEFAULT_CHUNK, false, req)
                        .front(workers.executor(), control("exhaustive", grid.size()));
                exactSeconds = (System.nanoTime() - t1) / 1e9;
            }
            describe(result, r, seconds);
            hypervolumes(result, r, exact, grid, givenReference, exactSeconds);
            if (out != null) {
                write(base, r);
                result.put("out", out.toString());
            }
        }
        spec.commandLine().getOut().println(json ? Json.of(result) : OptimizeText.of(result));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Grid exhaustiveGrid(SearchSpace space) {
        if (!space.discrete()) {
            throw new InvalidParameterException("--compare-exhaustive", "every --vary must be a list, LO..HI:STEP or an integer range");
        }
        Grid g = space.grid();
        if (g.size() > maxPoints) {
            throw new InvalidParameterException("--compare-exhaustive", String.format(Locale.ROOT,
                    "the space has %,d points, more than the limit of %,d (raise it with --max-points)", g.size(), maxPoints));
        }
        return g;
    }

    private double[] reference(List<Objective> objs) {
        Map<String, Double> given = new LinkedHashMap<>();
        for (String s : reference) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new InvalidParameterException("--reference", "expected KEY=VALUE, got '" + s.trim() + "'");
            }
            Metric m = Metric.of(s.substring(0, eq), "--reference");
            try {
                given.put(m.key(), Double.parseDouble(s.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("--reference " + m.key(), "'" + s.substring(eq + 1).trim() + "' is not a number");
            }
        }
        double[] ref = new double[objs.size()];
        for (int j = 0; j < ref.length; j++) {
            Double v = given.remove(objs.get(j).metric().key());
            if (v == null || !Double.isFinite(v)) {
                throw new InvalidParameterException("--reference", "give a finite value for every objective; missing "
                        + objs.get(j).metric().key());
            }
            ref[j] = v;
        }
        if (!given.isEmpty()) {
            throw new InvalidParameterException("--reference", "not an objective: " + String.join(", ", given.keySet()));
        }
        return ref;
    }

    private void describe(Map<String, Object> out, SearchResult r, double seconds) {
        out.put("algorithm", r.enumerated() ? "enumeration (the budget covers the space)" : "NSGA-II (Jenetics)");
        out.put("seed", seed);
        out.put("population", population);
        out.put("objectives", r.objectives().stream().map(Objective::toString).toList());
        out.put("requirements", r.requirements().list().stream().map(Requirement::toString).toList());
        out.put("space", r.space().dimensions().stream().map(Object::toString).toList());
        out.put("space_designs", r.space().designs() == Long.MAX_VALUE ? null : r.space().designs());
        out.put("evaluations", r.evaluations());
        out.put("feasible_evaluations", r.feasible());
        out.put("generations", r.generations());
        out.put("front_size", r.front().size());
        out.put("seconds", seconds);
        if (r.objectives().size() == 1) {
            out.put("best", r.best().map(f -> best(r, f)).orElse(null));
        }
    }

    private static Map<String, Object> best(SearchResult r, Found f) {
        Map<String, Object> b = new LinkedHashMap<>();
        for (int i = 0; i < r.space().size(); i++) {
            b.put(r.space().get(i).knob().key(), number(f.value(i)));
        }
        b.put(r.objectives().get(0).metric().key(), number(f.objective(0)));
        return b;
    }

    private void hypervolumes(Map<String, Object> out, SearchResult r, Front exact, Grid grid, double[] given,
                              double exactSeconds) {
        int k = r.objectives().size();
        double[] found = r.frontValues();
        double[] all = exact == null ? found : concat(found, exact.values());
        double[] ref = given != null ? given : defaultReference(r.objectives(), all, all.length / k);
        if (k > 3 || ref == null) {
            out.put("hypervolume", null);
            out.put("hypervolume_note", k > 3 ? "computed for up to 3 objectives" : "no design meets the requirements");
        } else {
            Map<String, Object> refMap = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                refMap.put(r.objectives().get(j).metric().key(), ref[j]);
            }
            out.put("reference", refMap);
            out.put("reference_from", given != null ? "--reference" : "10% beyond the worst value of the fronts compared");
            out.put("hypervolume", r.hypervolume(ref));
        }
        if (exact != null) {
            out.put("exhaustive_points", grid.size());
            out.put("exhaustive_front_size", exact.size());
            out.put("exhaustive_seconds", exactSeconds);
            out.put("evaluations_fraction", (double) r.evaluations() / grid.size());
            if (out.get("hypervolume") instanceof Double hv) {
                double ex = Hypervolume.ofValues(r.objectives(), exact.values(), exact.size(), ref);
                out.put("exhaustive_hypervolume", ex);
                out.put("hypervolume_ratio", ex == 0 ? null : hv / ex);
            }
        }
    }

    /** Per objective, the worst value over the rows, moved 10% of the rows' range further (1 when they agree). */
    static double[] defaultReference(List<Objective> objs, double[] values, int n) {
        if (n == 0) {
            return null;
        }
        int k = objs.size();
        double[] ref = new double[k];
        for (int j = 0; j < k; j++) {
            double best = Double.POSITIVE_INFINITY;
            double worst = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double c = objs.get(j).direction() == Objective.Direction.MIN ? values[i * k + j] : -values[i * k + j];
                best = Math.min(best, c);
                worst = Math.max(worst, c);
            }
            double r = worst + (worst > best ? 0.1 * (worst - best) : Math.max(1, 0.1 * Math.abs(worst)));
            ref[j] = objs.get(j).direction() == Objective.Direction.MIN ? r : -r;
        }
        return ref;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The front as CSV: varied keys, every metric (re-evaluated through Evaluator.evaluate), pareto = true. */
    private void write(DesignPoint base, SearchResult r) throws java.io.IOException {
        AtomicFile.write("--out", out, w -> {
            w.write(CsvRows.header(r.space().keys(), Evaluator.evaluate(base).asMap()));
            CsvRows rows = new CsvRows(w, false, r.space().dimensions().stream().map(d -> d.knob()).toList());
            StringBuilder sb = rows.open(0);
            long i = 0;
            for (Found f : r.front()) {
                rows.add(sb, i++, f.values(), Evaluator.evaluate(r.space().apply(base, f.values())), true);
            }
            rows.emit(sb);
        });
    }

    private SweepControl control(String label, long total) {
        boolean show = progress || System.console() != null;
        return SweepControl.of(new ProgressLine(spec.commandLine().getErr(), label, total, show));
    }

    private static Object number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }
}
