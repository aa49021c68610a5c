package io.bora.cli.command;

import io.bora.cli.CliContext;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.view.ServiceView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** service-list. */
public final class ServiceCommands extends CommandGroup {
    public ServiceCommands(CliContext ctx) {
        super(ctx);
    }

    @Command(name = "service-list", mixinStandardHelpOptions = true, description = "List all services.")
    int list(@Mixin ListOutputOptions output) {
        return printList(output, ServiceView.INSTANCE, api().get("/v2/services", Query.of()), "services", false);
    }
}
