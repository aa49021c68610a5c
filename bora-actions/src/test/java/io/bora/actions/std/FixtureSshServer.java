package io.bora.actions.std;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SSH server (Apache MINA SSHD) on a free local port. It accepts user "bora" with password
 * "secret" or with the given public key, allows port forwarding (for gateway tests), and runs a tiny
 * command language instead of a shell, so tests do not depend on the machine's shell:
 * {@code echo TEXT} prints TEXT, {@code whoami} prints the user, {@code exit N} fails with status N,
 * {@code hang} never finishes while the server runs.
 */
final class FixtureSshServer implements AutoCloseable {

    final SshServer server;
    final List<String> commands = new CopyOnWriteArrayList<>();
    /** Lets "hang" commands finish when the server stops, so no thread outlives the test. */
    final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    FixtureSshServer(PublicKey acceptedKey) {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        server.setPasswordAuthenticator((user, password, session) -> "bora".equals(user) && "secret".equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> "bora".equals(user) && KeyUtils.compareKeys(key, acceptedKey));
        server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        server.setCommandFactory((channel, command) -> new Scripted(command));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    @Override
    public void close() throws IOException {
        release.countDown();
        server.stop(true);
    }

    private final class Scripted implements Command {
        private final String command;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        Scripted(String command) {
            this.command = command;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            commands.add(command);
            String user = channel.getSession().getUsername();
            Thread.ofVirtual().start(() -> {
                try {
                    int status = 0;
                    if (command.startsWith("echo ")) {
                        write(out, command.substring(5) + "\n");
                    } else if (command.equals("whoami")) {
                        write(out, user + "\n");
                    } else if (command.equals("hang")) {
                        release.await();
                    } else if (command.startsWith("exit ")) {
                        write(err, "failing on purpose\n");
                        status = Integer.parseInt(command.substring(5));
                    } else {
                        write(err, "unknown command\n");
                        status = 127;
                    }
                    exit.onExit(status);
                } catch (IOException | InterruptedException e) {
                    exit.onExit(1, e.getMessage());
                }
            });
        }

        private static void write(OutputStream stream, String text) throws IOException {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.flush();
        }

        @Override
        public void destroy(ChannelSession channel) {
        }

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }
    }
}
