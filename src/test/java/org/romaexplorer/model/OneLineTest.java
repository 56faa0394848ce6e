package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;

class OneLineTest {

    static Stream<Arguments> escapes() {
        return Stream.of(Arguments.of("a\nb", "a\\nb"), Arguments.of("a\r\nb", "a\\r\\nb"),
                Arguments.of("tab\there", "tab\\there"), Arguments.of("\u0000x", "\\u0000x"),
                Arguments.of("\uFEFFkey", "\\uFEFFkey"), Arguments.of("\u202Egnp.json", "\\u202Egnp.json"),
                Arguments.of("line\u2028sep", "line\\u2028sep"), Arguments.of("lone\uD800", "lone\\uD800"),
                Arguments.of("emoji \uD83D\uDE00 ok", "emoji \uD83D\uDE00 ok"), Arguments.of("plain é", "plain é"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("escapes")
    void invisibleCharactersAreEscaped(String in, String out) {
        assertThat(OneLine.of(in)).isEqualTo(out);
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(OneLine.of("x".repeat(10_000))).hasSize(OneLine.MAX_CHARS + 1).endsWith("…");
        assertThat(OneLine.of("x".repeat(OneLine.MAX_CHARS + 1))).isEqualTo("x".repeat(OneLine.MAX_CHARS + 1));
    }

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(90_000, 300);
    }

    @PropertyTest
    void anyTextBecomesOneVisibleLineAndStaysItself(RandomCase c) {
        StringBuilder sb = new StringBuilder();
        for (int i = c.between(0, 900); i > 0; i--) {
            sb.append((char) (c.chance(0.3) ? c.between(0, 0x3F) : c.between(0, 0xFFFF)));
        }
        String once = OneLine.of(sb.toString());
        assertThat(once.codePoints()).noneMatch(cp -> Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                || Character.getType(cp) == Character.LINE_SEPARATOR || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR);
        assertThat(once.length()).isLessThanOrEqualTo(OneLine.MAX_CHARS + 1);
        assertThat(OneLine.of(once)).isEqualTo(once);
    }

    @Test
    void anEmptyFieldNamesItself() {
        assertThat(new InvalidParameterException("", "unknown field")).hasMessage("\"\": unknown field");
        assertThat(new InvalidParameterException("a\nb", "x\ny").getMessage()).isEqualTo("a\\nb: x\\ny");
    }
}
