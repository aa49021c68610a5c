package io.bora.cli;

import io.bora.cli.command.ActionCommands;
import io.bora.cli.command.ActionExecutionCommands;
import io.bora.cli.command.CronTriggerCommands;
import io.bora.cli.command.EnvironmentCommands;
import io.bora.cli.command.EvalCommand;
import io.bora.cli.command.EventTriggerCommands;
import io.bora.cli.command.ExecutionCommands;
import io.bora.cli.command.ServiceCommands;
import io.bora.cli.command.TaskCommands;
import io.bora.cli.command.WorkbookCommands;
import io.bora.cli.command.WorkflowCommands;
import io.bora.cli.http.ApiClient;
import io.bora.cli.http.ApiException;
import io.bora.cli.view.Durations;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;

/**
 * The {@code ./bora <command>} client: the mistral CLI's commands, options and tables, over Bora's REST API.
 */
public final class BoraCli {
    private static final List<Class<?>> COMMAND_GROUPS = List.of(
            WorkbookCommands.class, WorkflowCommands.class, ActionCommands.class, ExecutionCommands.class,
            TaskCommands.class, ActionExecutionCommands.class, EnvironmentCommands.class,
            CronTriggerCommands.class, EventTriggerCommands.class, ServiceCommands.class, EvalCommand.class);

    private BoraCli() {
    }

    /** Runs one command and returns its exit code (0 ok, 1 error, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv(), Clock.systemUTC());
    }

    /** Same, with the environment and clock given (tests). */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        UrlArguments parsed = UrlArguments.extract(args);
        CliContext ctx = new CliContext(new ApiClient(ServerUrl.resolve(parsed.url(), env)), out, err,
                new Durations(clock));
        CommandLine.IFactory factory = new ContextFactory(ctx);
        String[] rest = parsed.rest();
        Method command = rest.length == 0 ? null : commandMethods().get(rest[0]);
        CommandLine cli;
        if (command != null) {
            // A command method runs standalone: picocli would otherwise invoke it on the parent's object,
            // while each method belongs to its own resource class built by the factory with the context.
            cli = new CommandLine(command, factory);
            cli.setCommandName("bora " + rest[0]);
            rest = Arrays.copyOfRange(rest, 1, rest.length);
        } else {
            cli = root(factory); // help, usage and unknown-command errors
        }
        cli.getCommandSpec().version(version());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println(message(ex));
            return 1;
        });
        cli.setParameterExceptionHandler((ex, ignored) -> {
            err.println(ex.getMessage());
            err.println("Run '" + ex.getCommandLine().getCommandName() + " --help' for usage.");
            return 2;
        });
        int code = cli.execute(rest);
        out.flush();
        err.flush();
        return code;
    }

    /** "bora <version>" from the jar manifest, like "mistral 4.5.0"; "bora dev" when run from classes. */
    static String version() {
        String v = BoraCli.class.getPackage().getImplementationVersion();
        return "bora " + (v == null ? "dev" : v);
    }

    /** Every command method by its command name. */
    static Map<String, Method> commandMethods() {
        Map<String, Method> byName = new TreeMap<>();
        for (Class<?> group : COMMAND_GROUPS) {
            for (Method method : CommandLine.getCommandMethods(group, null)) {
                byName.put(method.getAnnotation(CommandLine.Command.class).name(), method);
            }
        }
        return byName;
    }

    private static CommandLine root(CommandLine.IFactory factory) {
        CommandLine root = new CommandLine(new RootCommand(), factory);
        commandMethods().forEach((name, method) -> root.addSubcommand(name, new CommandLine(method, factory)));
        return root;
    }

    private static String message(Exception ex) {
        if (ex instanceof ApiException || ex instanceof CliException) {
            return ex.getMessage();
        }
        return ex.toString();
    }

    /** {@code --url}/{@code --os-mistral-url} are accepted anywhere before "--", as users type them. */
    record UrlArguments(String url, String[] rest) {
        static UrlArguments extract(String[] args) {
            String url = null;
            List<String> rest = new ArrayList<>();
            boolean literal = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!literal && (a.equals("--url") || a.equals("--os-mistral-url")) && i + 1 < args.length) {
                    url = args[++i];
                } else if (!literal && (a.startsWith("--url=") || a.startsWith("--os-mistral-url="))) {
                    url = a.substring(a.indexOf('=') + 1);
                } else {
                    literal |= a.equals("--");
                    rest.add(a);
                }
            }
            return new UrlArguments(url, rest.toArray(String[]::new));
        }
    }

    /** Builds command objects with the shared context; mixins and the rest the default way. */
    private record ContextFactory(CliContext ctx) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(ctx);
            } catch (NoSuchMethodException noContext) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
