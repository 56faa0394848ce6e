package org.romaexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Projection;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code model}: exact parameter, KV and LoRA counts of a model shape. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Exact parameter counts (total and active per token), KV-cache and LoRA bytes of a model.")
public final class ModelCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--hf-config", paramLabel = "FILE", description = "A Hugging Face config.json.")
        java.nio.file.Path hfConfig;

        @Option(names = "--preset", paramLabel = "NAME|FILE", description = "The model of a preset.")
        String preset;
    }

    @Option(names = "--kv-bits", defaultValue = "16", description = "KV-cache precision in bits (default ${DEFAULT-VALUE}).")
    int kvBits;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DesignPoint p = source.preset != null ? PresetIo.load(source.preset) : null;
        ModelShape m = p != null ? p.model() : org.romaexplorer.io.HfConfig.read(source.hfConfig);
        org.romaexplorer.model.Knobs.KV_BITS.check(kvBits);
        Map<String, Object> out = counts(m, kvBits);
        if (p != null) {
            out.put("lora_params", p.lora().params(m));
            out.put("lora_bytes", p.lora().bytes(m));
            out.put("rom_bytes_required", p.quant().romBytes(m));
        }
        spec.commandLine().getOut().println(json ? Json.of(out) : Table.keyValues(out));
        return 0;
    }

    static Map<String, Object> counts(ModelShape m, int kvBits) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("params_total", m.totalParams());
        out.put("params_active", m.activeParams());
        if (m.moe().routed()) {
            out.put("experts", m.moe().experts());
            out.put("experts_per_token", m.moe().topK());
            out.put("params_router_per_layer", m.moe().routerParams(m.hiddenSize()));
        }
        out.put("params_embedding", m.embeddingParams());
        out.put("params_lm_head", m.lmHeadParams());
        for (Projection p : Projection.values()) {
            out.put("params_" + p.key() + "_per_layer", m.projectionParams(p));
        }
        out.put("params_norms", m.normParams());
        if (m.attention().windowedLayers() > 0) {
            out.put("sliding_window", m.attention().window());
            out.put("windowed_layers", m.attention().windowedLayers());
        }
        out.put("kv_bits", kvBits);
        out.put("kv_bytes_per_token", m.kvBytesPerToken(kvBits));
        return out;
    }
}
