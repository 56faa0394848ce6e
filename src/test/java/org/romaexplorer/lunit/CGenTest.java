package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CGenTest {

    @ParameterizedTest(name = "candidate C_{0} needs {1} transistors (lines {2})")
    @CsvSource({
        "0,  0, none",
        "1,  1, A0",
        "2,  1, A1",
        "3,  2, A0 A1",
        "6,  2, A1 A2",
        "7,  3, A0 A1 A2",
        "8,  1, A3",
        "10, 2, A1 A3",
        "13, 3, A0 A2 A3",
        "15, 4, A0 A1 A2 A3",
    })
    void candidateKIsWiredToTheLinesOfItsOneBits(int k, int transistors, String lines) {
        int count = 0;
        for (int i = 0; i < CGen.LINES; i++) {
            if (CGen.connected(i, k)) {
                count++;
                assertThat(lines).contains("A" + i);
            }
        }
        assertThat(count).isEqualTo(transistors);
    }

    @Test
    void numCgenIsTheSumOfPopcountsOverSixteenCandidates() {
        // 0+1+1+2+1+2+2+3+1+2+2+3+2+3+3+4 = 32 = 4 lines x 8 candidates per line
        assertThat(CGen.transistorCount()).isEqualTo(32);
    }

    @Test
    void eachActiveLineRaisesExactlyTheCandidatesContainingIt() {
        assertThat(CGen.candidates(new boolean[] {true, false, false, false}, 0)).isEqualTo(0xAAAA);
        assertThat(CGen.candidates(new boolean[] {false, false, false, true}, 0)).isEqualTo(0xFF00);
        assertThat(CGen.candidates(new boolean[] {false, true, false, false, false, false}, 2)).isEqualTo(0x0000);
        assertThat(CGen.candidates(new boolean[] {false, false, false, true, false, false}, 2)).isEqualTo(0xCCCC);
    }
}
