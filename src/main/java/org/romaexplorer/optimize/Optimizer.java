package org.romaexplorer.optimize;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.ext.SimulatedBinaryCrossover;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.random.RandomGeneratorFactory;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.sweep.GridCursor;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.SearchSpace;
import org.romaexplorer.sweep.SweepControl;

/**
 * A seeded multi-objective search over a {@link SearchSpace}: NSGA-II (Jenetics' {@link NSGA2Selector}: rank,
 * then crowding distance) keeps the better half of each generation, binary tournaments pick parents, simulated
 * binary crossover and Gaussian mutation make children. A design is a position in [0, 1) per knob, turned into
 * a knob value by {@link org.romaexplorer.sweep.Dimension#value}, so integer, continuous and choice knobs mix.
 * Requirements are constraints (constrained dominance, {@link Fitness}). The result is the Pareto front of every
 * design evaluated that meets them, not only of the last generation.
 *
 * <p>Reproducible: every random draw comes from one generator seeded with {@code seed}, on the calling thread
 * (Jenetics' own steps run there, {@code Runnable::run}); only the model evaluations go to the workers, and
 * their results are taken in order. A budget that covers a discrete space is spent on the space itself:
 * every design once, so the front is exact. Immutable; {@link #run} may be called from any thread.
 */
public final class Optimizer {
    public static final int DEFAULT_POPULATION = 100;
    /** Generations in a row that bring no design not seen before: the search has converged. */
    static final int STALE_GENERATIONS = 200;
    /** The generator every draw comes from; its algorithm is specified by the JDK, so a seed means the same everywhere. */
    static final String RANDOM = "L64X128MixRandom";

    /** Told every new evaluation, on the thread that runs the search, in evaluation order. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (v, m, ok) -> { };

        /** {@code values}: the design (display units, a copy may be kept); {@code feasible}: meets the requirements. */
        void evaluated(double[] values, Metrics metrics, boolean feasible);
    }

    private final DesignPoint base;
    private final SearchSpace space;
    private final List<Objective> objectives;
    private final Requirements requirements;
    private final long evaluations;
    private final long seed;
    private final int population;

    /**
     * @param evaluations the budget: most designs evaluated, at least 1
     * @param population  NSGA-II population, 4 … 100,000
     */
    public Optimizer(DesignPoint base, SearchSpace space, List<Objective> objectives, Requirements requirements,
                     long evaluations, long seed, int population) {
        if (base == null || space == null || objectives == null || requirements == null) {
            throw new IllegalArgumentException("need a base point, a space, objectives and requirements");
        }
        if (objectives.isEmpty()) {
            throw new InvalidParameterException("--objectives", "give at least one objective");
        }
        if (evaluations < 1) {
            throw new InvalidParameterException("--evaluations", "must be at least 1, got " + evaluations);
        }
        if (population < 4 || population > 100_000) {
            throw new InvalidParameterException("--population", "must be in 4..100000, got " + population);
        }
        space.checkAgainst(base);
        this.base = base;
        this.space = space;
        this.objectives = List.copyOf(objectives);
        this.requirements = requirements;
        this.evaluations = evaluations;
        this.seed = seed;
        this.population = population;
    }

    public Optimizer(DesignPoint base, SearchSpace space, List<Objective> objectives, Requirements requirements,
                     long evaluations, long seed) {
        this(base, space, objectives, requirements, evaluations, seed, DEFAULT_POPULATION);
    }

    public SearchSpace space() { return space; }

    public List<Objective> objectives() { return objectives; }

    public Requirements requirements() { return requirements; }

    /** Whether the budget covers the space, which is then enumerated. */
    public boolean enumerates() {
        return space.discrete() && space.designs() <= evaluations;
    }

    /**
     * Runs the search; model evaluations go to {@code workers}. {@code control} is told the evaluations done
     * after each generation and stops the search when cancelled (CancellationException).
     */
    public SearchResult run(Executor workers, SweepControl control, Listener listener) {
        Evaluations e = new Evaluations(base, space, objectives, requirements, evaluations, workers, control, listener);
        long generations = enumerates() ? enumerate(e) : RandomRegistry.with(
                RandomGeneratorFactory.of(RANDOM).create(seed), r -> evolve(e));
        return new SearchResult(space, objectives, requirements, e.count(), e.feasible(), generations, enumerates(), e.front());
    }

    public SearchResult run(Executor workers, SweepControl control) {
        return run(workers, control, Listener.NONE);
    }

    private long enumerate(Evaluations e) {
        Grid grid = space.grid();
        GridCursor c = grid.cursor(base, 0);
        List<double[]> batch = new ArrayList<>();
        do {
            batch.add(c.values().clone());
            if (batch.size() == 8_192) {
                e.fitness(batch);
                batch.clear();
            }
        } while (c.next());
        e.fitness(batch);
        return 0;
    }

    private long evolve(Evaluations e) {
        int d = space.size();
        Engine<DoubleGene, Fitness> engine = new Engine.Builder<>(
                (Seq<Phenotype<DoubleGene, Fitness>> pop) -> evaluate(e, pop),
                Genotype.of(DoubleChromosome.of(0, 1, d)))
                .populationSize(population)
                .survivorsFraction(0.5)
                .survivorsSelector(NSGA2Selector.ofVec())
                .offspringSelector(new TournamentSelector<>(2))
                .alterers(new SimulatedBinaryCrossover<>(0.9, 15), new GaussianMutator<>(1.0 / d))
                .maximalPhenotypeAge(Long.MAX_VALUE / 2)
                .executor(Runnable::run)
                .maximizing()
                .build();
        EvolutionResult<DoubleGene, Fitness> r = engine.evolve(EvolutionStart.empty());
        long generations = 1;
        int stale = 0;
        while (!e.exhausted() && stale < STALE_GENERATIONS) {
            long before = e.count();
            r = engine.evolve(r.next());
            generations++;
            stale = e.count() == before ? stale + 1 : 0;
        }
        return generations;
    }

    /** Jenetics' evaluator: the fitness of every phenotype not yet evaluated, through {@link Evaluations}. */
    private ISeq<Phenotype<DoubleGene, Fitness>> evaluate(Evaluations e, Seq<Phenotype<DoubleGene, Fitness>> pop) {
        List<double[]> designs = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < pop.size(); i++) {
            if (pop.get(i).nonEvaluated()) {
                double[] u = pop.get(i).genotype().chromosome().as(DoubleChromosome.class).toArray();
                double[] v = new double[u.length];
                space.values(u, v);
                designs.add(v);
                at.add(i);
            }
        }
        Fitness[] f = e.fitness(designs);
        List<Phenotype<DoubleGene, Fitness>> out = new ArrayList<>(pop.asList());
        for (int i = 0; i < f.length; i++) {
            out.set(at.get(i), pop.get(at.get(i)).withFitness(f[i]));
        }
        return ISeq.of(out);
    }
}
