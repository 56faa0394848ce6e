package org.romaexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which command lines open the window: none, or one preset file (a file manager's "open with"). */
class MainArgsTest {
    @ParameterizedTest(name = "[{0}] -> window {1}")
    @CsvSource(delimiter = '|', value = {
            "''                          | true",
            "my-design.json              | true",
            "/home/a/Designs/B 1.JSON    | true",
            "eval                        | false",
            "--version                   | false",
            "-x.json                     | false",
            "a.json,b.json               | false",
            "model,--preset,x.json       | false",
            "preset.txt                  | false"})
    void theWindowForNoArgumentsOrOnePresetFile(String args, boolean window) {
        String[] a = args.isEmpty() ? new String[0] : args.split(",");
        assertThat(Main.opensWindow(a)).isEqualTo(window);
    }
}
