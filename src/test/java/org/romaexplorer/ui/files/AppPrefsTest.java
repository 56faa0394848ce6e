package org.romaexplorer.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the app remembers between runs. */
public class AppPrefsTest {
    private final Preferences node = Preferences.userRoot().node("org/romaexplorer/ui-prefs-test");
    private final AppPrefs prefs = new AppPrefs(node);

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void recentFilesAreNewestFirstWithoutDuplicatesAndAtMostEight() {
        for (int i = 0; i < 10; i++) {
            prefs.addRecent(Path.of("/p/" + i + ".json"));
        }
        prefs.addRecent(Path.of("/p/5.json"));
        assertThat(prefs.recent()).hasSize(8).startsWith(Path.of("/p/5.json"), Path.of("/p/9.json"))
                .doesNotHaveDuplicates();
    }

    @Test
    void sizePresetAndFoldersComeBack() {
        prefs.setSize(1234, 777);
        prefs.setLastPreset("bundled:llama3-8b-int2");
        prefs.setDir("open", Path.of("/tmp"));
        AppPrefs again = new AppPrefs(node);
        assertThat(again.width()).isEqualTo(1234);
        assertThat(again.height()).isEqualTo(777);
        assertThat(again.lastPreset()).isEqualTo("bundled:llama3-8b-int2");
        assertThat(again.dir("open")).isEqualTo(Path.of("/tmp"));
    }
}
