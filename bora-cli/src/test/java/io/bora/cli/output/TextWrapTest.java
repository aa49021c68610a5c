package io.bora.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are Python's textwrap.fill(text, 25) of the same input. */
class TextWrapTest {
    @Test
    void breaksAfterHyphensInsideWordsLikePython() {
        assertThat(TextWrap.fill("cli, conformance, a-very-long-tag-name", 25))
                .isEqualTo("cli, conformance, a-very-\nlong-tag-name");
        assertThat(TextWrap.fill("alpha-beta-gamma-delta-epsilon-zeta-eta", 25))
                .isEqualTo("alpha-beta-gamma-delta-\nepsilon-zeta-eta");
        assertThat(TextWrap.fill("a, b--c, well-known, e-mail, x-y-z-w", 25))
                .isEqualTo("a, b--c, well-known,\ne-mail, x-y-z-w");
    }

    @Test
    void fillsGreedilyAndBreaksLongWords() {
        assertThat(TextWrap.fill("tag1, tag2, tag3, tag4, tag5, tag6, tag7", 25))
                .isEqualTo("tag1, tag2, tag3, tag4,\ntag5, tag6, tag7");
        assertThat(TextWrap.fill("x".repeat(30) + " y", 25)).isEqualTo("x".repeat(25) + "\nxxxxx y");
    }
}
