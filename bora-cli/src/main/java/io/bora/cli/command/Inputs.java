package io.bora.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.bora.cli.CliException;
import io.bora.cli.http.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reading what users pass on the command line: definition files, JSON given inline or as a file, YAML files. */
final class Inputs {
    private Inputs() {
    }

    /** A definition file's text ("-" reads standard input), as argparse's FileType does for the mistral CLI. */
    static String definition(String file) {
        if (file.equals("-")) {
            try (InputStream in = System.in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("can't read standard input: " + e.getMessage());
            }
        }
        return readFile(file);
    }

    /** The client's load_json: the content of the named file if there is one, else the text itself, as JSON. */
    static JsonNode json(String fileOrJson) {
        String text = Files.isRegularFile(Path.of(fileOrJson)) ? readFile(fileOrJson) : fileOrJson;
        try {
            return ApiClient.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CliException("'" + fileOrJson + "' is neither a readable file nor valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    /**
     * Whether the argument is a bare v1 task name rather than v2 input: a name (letters, digits, _ and -)
     * that is no file and no JSON. A mistyped "input.json" stays v2 and fails as a missing file.
     */
    static boolean isTaskName(String arg) {
        if (!arg.matches("[A-Za-z_][A-Za-z0-9_-]*") || Files.isRegularFile(Path.of(arg))) {
            return false;
        }
        try {
            ApiClient.JSON.readTree(arg);
            return false;
        } catch (JsonProcessingException notJson) {
            return true;
        }
    }

    /** The client's load_content over a file or inline text: YAML (JSON is YAML too); nothing gives {}. */
    static JsonNode yamlOrJson(String fileOrContent) {
        if (fileOrContent == null || fileOrContent.isEmpty()) {
            return JsonNodeFactory.instance.objectNode();
        }
        String text = Files.isRegularFile(Path.of(fileOrContent)) ? readFile(fileOrContent) : fileOrContent;
        return yaml(text);
    }

    static JsonNode yaml(String text) {
        try {
            Object data = new Load(LoadSettings.builder().build()).loadFromString(text);
            return data == null ? JsonNodeFactory.instance.objectNode() : ApiClient.JSON.valueToTree(data);
        } catch (RuntimeException e) {
            throw new CliException("Not valid YAML or JSON: " + e.getMessage().replace('\n', ' '));
        }
    }

    static String readFile(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("can't open '" + file + "': No such file or directory");
        }
    }
}
