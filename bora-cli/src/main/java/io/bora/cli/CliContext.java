package io.bora.cli;

import io.bora.cli.http.ApiClient;
import io.bora.cli.view.Durations;
import java.io.PrintStream;

/** What every command needs: the server, where to print, and the clock for the Duration column. */
public record CliContext(ApiClient api, PrintStream out, PrintStream err, Durations durations) {
}
