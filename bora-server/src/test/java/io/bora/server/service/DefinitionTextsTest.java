package io.bora.server.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionTextsTest {

    @Test
    void definitionTextsSplitHeaderFromSection() {
        assertThat(DefinitionTexts.section("version: '2.0'\n\nmain:\n  tasks: {}\n")).isEqualTo("main:\n  tasks: {}\n");
        assertThat(DefinitionTexts.standalone("version: '2.0'\n\nwf:\n  tasks: {}\n"))
                .isEqualTo("version: '2.0'\nwf:\n  tasks: {}\n");
        assertThat(DefinitionTexts.parsable("main:\n  tasks: {}\n")).startsWith("version: '2.0'\n");
        assertThat(DefinitionTexts.parsable("---\nversion: '2.0'\nwf: {}\n")).isEqualTo("---\nversion: '2.0'\nwf: {}\n");
    }
}
