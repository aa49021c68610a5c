package io.bora.actions.std;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small SMTP server speaking the part of RFC 5321/3207/4954 that Mistral's std.email uses with a
 * password: EHLO, STARTTLS, EHLO again, AUTH (PLAIN or LOGIN), MAIL, RCPT, DATA. GreenMail offers
 * no STARTTLS, so this is the counterpart for that path. It refuses AUTH before TLS, like real
 * submission servers do.
 */
final class StartTlsSmtpServer implements AutoCloseable {

    /** What one SMTP session delivered. */
    record Delivery(boolean tls, String user, String password, String from, List<String> recipients, String data) {
    }

    private final ServerSocket listener;
    private final SSLContext tls;
    private final String password;
    final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

    StartTlsSmtpServer(SSLContext tls, String password) {
        this.tls = tls;
        this.password = password;
        try {
            listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    Delivery next() throws InterruptedException {
        Delivery d = deliveries.poll(10, TimeUnit.SECONDS);
        if (d == null) {
            throw new AssertionError("no message was delivered");
        }
        return d;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket plain) {
        Socket socket = plain;
        boolean secure = false;
        String user = null;
        String pass = null;
        String from = null;
        List<String> recipients = new ArrayList<>();
        try {
            BufferedReader in = reader(socket);
            OutputStream out = socket.getOutputStream();
            send(out, "220 localhost ESMTP test");
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    send(out, secure ? "250-localhost\r\n250 AUTH PLAIN LOGIN" : "250-localhost\r\n250 STARTTLS");
                } else if (upper.equals("STARTTLS")) {
                    send(out, "220 2.0.0 Ready to start TLS");
                    SSLSocket wrapped = (SSLSocket) tls.getSocketFactory().createSocket(socket,
                            socket.getInetAddress().getHostAddress(), socket.getPort(), true);
                    wrapped.setUseClientMode(false);
                    wrapped.startHandshake();
                    socket = wrapped;
                    secure = true;
                    in = reader(socket);
                    out = socket.getOutputStream();
                } else if (upper.startsWith("AUTH")) {
                    if (!secure) {
                        send(out, "530 5.7.0 Must issue a STARTTLS command first");
                        continue;
                    }
                    String[] credentials = authenticate(line, in, out);
                    user = credentials[0];
                    pass = credentials[1];
                    if (password.equals(pass)) {
                        send(out, "235 2.7.0 Authentication successful");
                    } else {
                        send(out, "535 5.7.8 Authentication credentials invalid");
                    }
                } else if (upper.startsWith("MAIL FROM:")) {
                    from = line.substring(10).replaceAll("[<>]", "").strip();
                    send(out, "250 OK");
                } else if (upper.startsWith("RCPT TO:")) {
                    recipients.add(line.substring(8).replaceAll("[<>]", "").strip());
                    send(out, "250 OK");
                } else if (upper.equals("DATA")) {
                    send(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    String dataLine;
                    while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                        data.append(dataLine).append('\n');
                    }
                    deliveries.add(new Delivery(secure, user, pass, from, List.copyOf(recipients), data.toString()));
                    send(out, "250 OK queued");
                } else if (upper.equals("QUIT")) {
                    send(out, "221 Bye");
                    break;
                } else {
                    send(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away; nothing to record
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static String[] authenticate(String line, BufferedReader in, OutputStream out) throws IOException {
        String[] parts = line.split(" ");
        if (parts[1].equalsIgnoreCase("PLAIN")) {
            String encoded = parts.length > 2 ? parts[2] : prompt(in, out, "334 ");
            String[] fields = decode(encoded).split("\u0000", -1);
            return new String[] {fields[1], fields[2]};
        }
        String user = parts.length > 2 ? decode(parts[2]) : decode(prompt(in, out, "334 VXNlcm5hbWU6"));
        String pass = decode(prompt(in, out, "334 UGFzc3dvcmQ6"));
        return new String[] {user, pass};
    }

    private static String prompt(BufferedReader in, OutputStream out, String challenge) throws IOException {
        send(out, challenge);
        return in.readLine();
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
