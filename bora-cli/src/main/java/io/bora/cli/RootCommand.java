package io.bora.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level "bora" command: only global options; the work is in the subcommands. */
@Command(name = "bora", mixinStandardHelpOptions = true, subcommands = HelpCommand.class,
        description = "Bora workflow service client (commands and tables of the mistral CLI).")
final class RootCommand implements Callable<Integer> {
    // Both options are taken out of the arguments before parsing (see BoraCli.UrlArguments);
    // they are declared here so that --help lists them.
    @Option(names = {"--url", "--os-mistral-url"}, paramLabel = "URL",
            description = "Server URL, with or without /v2 (default: $BORA_URL, $OS_MISTRAL_URL, http://127.0.0.1:8989).")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
