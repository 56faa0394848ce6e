package org.romaexplorer.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;

/** The design kept for the next start: round trip, forgetting, and files that cannot be read. */
class LastDesignTest {
    @TempDir Path dir;

    @Test
    void keepsADesignForTheNextStartInAFolderItCreates() {
        LastDesign last = new LastDesign(dir.resolve("new/folder/last-design.json"));
        DesignPoint p = Knobs.LORA_RANK.set(Knobs.SRAM_MB.set(Models.llama8b(), 200), 48);
        last.keep(p, "8B (unsaved)");
        assertThat(last.read()).contains(p);
        last.forget();
        assertThat(last.read()).isEmpty();
        assertThat(last.file()).doesNotExist();
    }

    @Test
    void aBrokenOrMissingFileRestoresNothing() throws Exception {
        Path f = dir.resolve("last-design.json");
        assertThat(new LastDesign(f).read()).isEmpty();
        Files.writeString(f, "{ \"name\": \"half");
        assertThat(new LastDesign(f).read()).isEmpty();
    }
}
