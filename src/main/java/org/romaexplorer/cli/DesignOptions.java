package org.romaexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import picocli.CommandLine.Option;

/** The design a command runs on: a preset and {@code --set} changes (a picocli mixin). */
final class DesignOptions {
    @Option(names = "--preset", required = true, paramLabel = "NAME|FILE",
            description = "Bundled preset (llama3.2-3b-int4, llama3-8b-int2, olmoe-1b-7b-int2, bitnet-2b4t-ternary, "
                    + "llama3.2-3b-serving; the field: tom-bitnet2b, bitrom-falcon3-7b, taalas-hc1) or a preset JSON file.")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Change a parameter: any key of `roma-dse params` (docs/parameters.md), e.g. sram_mb=64, "
                    + "lora_rank=32, kv_overflow=spill; a choice by name.")
    List<String> settings = new ArrayList<>();

    /** The preset with the settings applied in order; the first bad one fails naming its key. */
    DesignPoint design() throws java.io.IOException {
        return EvalCommand.apply(PresetIo.load(preset), settings);
    }

    /** The preset's name for captions and titles: a bundled name, or the file's name. */
    String name() {
        return java.nio.file.Path.of(preset).getFileName().toString();
    }
}
