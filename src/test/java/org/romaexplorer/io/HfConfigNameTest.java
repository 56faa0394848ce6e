package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name an imported config is shown under when it has no {@code _name_or_path}: the model's, not "config". */
class HfConfigNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/home/a/.cache/huggingface/hub/models--meta-llama--Llama-3.2-3B/snapshots/13afe5124825b4f3751f836b40dafda64c1ed062/config.json, meta-llama/Llama-3.2-3B",
            "/hub/models--Qwen--Qwen3-0.6B/snapshots/abc/config.json, Qwen/Qwen3-0.6B",
            "/models/Llama-3.2-3B/config.json, Llama-3.2-3B",
            "/models/snapshots/abc/config.json, abc",
            "/models/my-qwen.json, my-qwen",
            "/config.json, config",
    })
    void aConfigIsNamedAfterItsModel(String file, String name) {
        assertThat(HfConfig.defaultName(Path.of(file))).isEqualTo(name);
    }
}
