package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With one user, one resident adapter and every adapter resident (the defaults), the model gives every number
 * it gave before serving existed, to the bit: {@code src/test/resources/golden/one-user.json} holds
 * {@code eval --json} of main before issue 21 was merged (commit 895dd5d) for every bundled preset under the three
 * KV policies and a few other settings; each of its keys must come out equal (the metrics added since are
 * new keys and not in the file). The report's golden file (ReportGoldenTest) is the same promise for the
 * paper's rows.
 */
class OneUserGoldenTest {

    static Stream<JsonNode> cases() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(Path.of("src/test/resources/golden/one-user.json").toFile());
        List<JsonNode> out = new ArrayList<>();
        doc.get("cases").forEach(out::add);
        return out.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void everyNumberOfTheOneUserModelIsUnchanged(JsonNode c) throws Exception {
        List<String> args = new ArrayList<>(List.of("eval", "--preset", c.get("preset").asText(), "--json"));
        c.get("set").forEach(s -> args.addAll(List.of("--set", s.asText())));
        JsonNode now = CliTest.json(CliTest.run(args.toArray(String[]::new)));
        for (Iterator<Map.Entry<String, JsonNode>> it = c.get("eval").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = now.get(e.getKey());
            assertThat(v).as(e.getKey()).isNotNull();
            if (e.getValue().isNumber()) {
                assertThat(v.asDouble()).as(e.getKey()).isEqualTo(e.getValue().asDouble());
            } else {
                assertThat(v).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }
}
