package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import io.bora.actions.ActionInput;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * std.email: sends one message over SMTP. As in Mistral, giving {@code smtp_password} means
 * EHLO, STARTTLS (required), EHLO, LOGIN as {@code from_addr}; without it the message goes in plain
 * SMTP without login. Bora also accepts {@code smtps://host:port} for implicit TLS.
 */
final class EmailAction extends StdAction {

    private static final int TIMEOUT_MILLIS = 60_000;

    EmailAction() {
        // SendEmailAction has no docstring of its own; Python inherits mistral-lib's "Action."
        super("std.email", "SendEmailAction", "Action.", List.of(
                ActionParameter.required("from_addr"),
                ActionParameter.required("to_addrs"),
                ActionParameter.required("smtp_server"),
                ActionParameter.optional("reply_to", null),
                ActionParameter.optional("cc_addrs", null),
                ActionParameter.optional("bcc_addrs", null),
                ActionParameter.optionalSecret("smtp_password", null),
                ActionParameter.optional("subject", null),
                ActionParameter.optional("body", null),
                ActionParameter.optional("html_body", null)));
    }

    /** Where to connect: {@code host}, {@code host:port} or {@code smtps://host[:port]}. */
    record SmtpServer(String host, int port, boolean implicitTls) {
        static SmtpServer parse(String text) {
            String t = text.strip();
            boolean tls = t.toLowerCase(Locale.ROOT).startsWith("smtps://");
            if (tls) {
                t = t.substring(8);
            } else if (t.toLowerCase(Locale.ROOT).startsWith("smtp://")) {
                t = t.substring(7);
            }
            int colon = t.lastIndexOf(':');
            if (colon > 0 && t.indexOf(':') == colon) {
                try {
                    return new SmtpServer(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)), tls);
                } catch (NumberFormatException e) {
                    throw new ActionException("Failed to send an email message: nonnumeric port");
                }
            }
            return new SmtpServer(t, tls ? 465 : 25, tls);
        }
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) {
        ActionInput in = new ActionInput(input);
        String from = in.string("from_addr");
        List<String> to = orEmpty(in.stringList("to_addrs"));
        List<String> cc = orEmpty(in.stringList("cc_addrs"));
        List<String> bcc = orEmpty(in.stringList("bcc_addrs"));
        List<String> replyTo = orEmpty(in.stringList("reply_to"));
        String password = in.string("smtp_password");
        SmtpServer server = SmtpServer.parse(in.string("smtp_server"));
        Session session = Session.getInstance(properties(server, password != null));
        try {
            MimeMessage message = compose(session, in, from, to, cc, replyTo);
            List<Address> recipients = new ArrayList<>();
            // Mistral's envelope order: cc, then bcc, then to
            for (String address : concat(cc, bcc, to)) {
                recipients.add(new InternetAddress(address));
            }
            try (Transport transport = session.getTransport(server.implicitTls() ? "smtps" : "smtp")) {
                transport.connect(server.host(), server.port(), password == null ? null : from, password);
                transport.sendMessage(message, recipients.toArray(Address[]::new));
            }
        } catch (MessagingException e) {
            throw new ActionException("Failed to send an email message: " + describe(e), e);
        }
        return ActionResult.success(null);
    }

    private static Properties properties(SmtpServer server, boolean login) {
        String p = server.implicitTls() ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put(p + "host", server.host());
        props.put(p + "port", String.valueOf(server.port()));
        props.put(p + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        props.put(p + "timeout", String.valueOf(TIMEOUT_MILLIS));
        props.put(p + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
        // Python's smtplib.starttls() does not check certificates; Mistral users rely on that
        props.put(p + "ssl.trust", "*");
        props.put(p + "ssl.checkserveridentity", "false");
        if (login) {
            props.put(p + "auth", "true");
            if (!server.implicitTls()) {
                props.put(p + "starttls.enable", "true");
                props.put(p + "starttls.required", "true");
            }
        }
        return props;
    }

    private static MimeMessage compose(Session session, ActionInput in, String from, List<String> to,
                                       List<String> cc, List<String> replyTo) throws MessagingException {
        String subject = ActionInput.isTruthy(in.get("subject")) ? in.string("subject") : "<No subject>";
        String body = ActionInput.isTruthy(in.get("body")) ? in.string("body") : "<No body>";
        MimeMessage message = new MimeMessage(session);
        message.setSubject(subject, "UTF-8");
        message.setFrom(new InternetAddress(from));
        if (!replyTo.isEmpty()) {
            message.setReplyTo(InternetAddress.parse(String.join(", ", replyTo)));
        }
        message.setRecipients(Message.RecipientType.TO, String.join(", ", to));
        if (!cc.isEmpty()) {
            message.setRecipients(Message.RecipientType.CC, String.join(", ", cc));
        }
        if (ActionInput.isTruthy(in.get("html_body"))) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(in.string("html_body"), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        } else {
            message.setText(body, "UTF-8");
        }
        message.saveChanges();
        return message;
    }

    private static String describe(MessagingException e) {
        String text = e.getMessage();
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null && (text == null || !text.contains(next.getMessage()))) {
            text = (text == null ? "" : text + ": ") + next.getMessage();
        }
        return text == null ? e.getClass().getSimpleName() : text.strip();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
