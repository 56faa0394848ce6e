package org.romaexplorer.cli;

import java.util.Random;
import java.util.concurrent.Callable;
import org.romaexplorer.lunit.BlockRom;
import org.romaexplorer.lunit.CGen;
import org.romaexplorer.lunit.RomWords;
import org.romaexplorer.lunit.StandardRom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code brom}: builds a standard ROM and a B-ROM (ROMA Sec. III-C) with the same random contents,
 * reads every address back through both structures and prints transistor counts.
 */
@Command(name = "brom", mixinStandardHelpOptions = true,
        description = "Compare standard ROM and B-ROM (ROMA Sec. III-C): transistors, ratio, read-back.")
public final class BromCommand implements Callable<Integer> {
    /** Every address is read back through the full structure, O(D²·W/64): keep it interactive. */
    public static final int MAX_DEPTH = 16_384;

    @Spec
    CommandSpec spec;

    @Option(names = "--depth", paramLabel = "D", description = "Words, 1..16384.")
    Integer depth;

    @Option(names = "--width", paramLabel = "W", description = "Bits per word, 1..4096 (the area model uses 256).")
    Integer width;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "RNG seed for the contents (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (depth == null || depth < 1 || depth > MAX_DEPTH) {
            return LabReport.usageError(spec.commandLine().getErr(), "depth", "must be in 1.." + MAX_DEPTH + ", was " + depth);
        }
        if (width == null || width < 1 || width > RomWords.MAX_WIDTH) {
            return LabReport.usageError(spec.commandLine().getErr(), "width", "must be in 1.." + RomWords.MAX_WIDTH + ", was " + width);
        }
        RomWords words = RomWords.random(depth, width, new Random(seed));
        StandardRom standard = new StandardRom(words);
        BlockRom brom = new BlockRom(words);
        report(standard, brom, readsBackExactly(words, standard, brom)).print(spec.commandLine().getOut(), json);
        return 0;
    }

    private static boolean readsBackExactly(RomWords words, StandardRom standard, BlockRom brom) {
        for (int i = 0; i < words.depth(); i++) {
            long[] stored = words.limbs(i);
            if (!java.util.Arrays.equals(standard.readWide(i), stored) || !java.util.Arrays.equals(brom.readWide(i), stored)) {
                return false;
            }
        }
        return true;
    }

    private LabReport report(StandardRom standard, BlockRom brom, boolean exact) {
        return new LabReport().put("depth", depth).put("width", width).put("seed", seed)
                .put("standard_transistors", standard.transistorCount())
                .put("standard_connected", standard.connectedTransistorCount())
                .put("brom_transistors", brom.transistorCount()).put("num_cgen", CGen.transistorCount())
                .put("blocks", brom.blocks()).put("ratio", (double) brom.transistorCount() / standard.transistorCount())
                .put("readback_exact", exact);
    }
}
