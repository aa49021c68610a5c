package io.bora.actions.std;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmailActionTest {

    private final ActionRegistry registry = ActionRegistry.standard();
    private final ActionContext context = ActionContext.standalone("ae-mail");
    private static GreenMail mail;
    private static int smtpPort;
    private static int smtpsPort;

    @BeforeAll
    static void startMailServer() throws IOException {
        smtpPort = freePort();
        smtpsPort = freePort();
        ServerSetup smtp = ServerSetupTest.SMTP.withPort(smtpPort);
        ServerSetup smtps = ServerSetupTest.SMTPS.withPort(smtpsPort);
        // a shared 2-core machine can be slower than GreenMail's 2 s default (SMTPS makes a key first)
        smtp.setServerStartupTimeout(30_000);
        smtps.setServerStartupTimeout(30_000);
        mail = new GreenMail(new ServerSetup[] {smtp, smtps})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@bora.test", "bot@bora.test", "s3cret"));
        mail.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    void signatureIsMistrals() {
        assertThat(registry.find("std.email").orElseThrow().signature()).isEqualTo(
                "from_addr, to_addrs, smtp_server, reply_to=null, cc_addrs=null, bcc_addrs=null,"
                        + " smtp_password=null, subject=null, body=null, html_body=null");
    }

    @Test
    void plainMessageReachesToCcAndBcc() throws Exception {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("from_addr", "bot@bora.test");
        input.put("to_addrs", List.of("ann@example.test", "bob@example.test"));
        input.put("cc_addrs", List.of("cat@example.test"));
        input.put("bcc_addrs", List.of("dan@example.test"));
        input.put("reply_to", List.of("help@bora.test"));
        input.put("smtp_server", "127.0.0.1:" + smtpPort);
        input.put("subject", "Déploiement terminé");
        input.put("body", "All done ✓");
        assertThat(email(input)).isEqualTo(new ActionResult.Success(null));

        assertThat(mail.waitForIncomingEmail(10_000, 4)).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(4);
        MimeMessage first = received[0];
        assertThat(first.getSubject()).isEqualTo("Déploiement terminé");
        assertThat(first.getContent()).isEqualTo("All done ✓");
        assertThat(Arrays.stream(first.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("ann@example.test", "bob@example.test");
        assertThat(Arrays.stream(first.getRecipients(Message.RecipientType.CC)).map(Object::toString))
                .containsExactly("cat@example.test");
        assertThat(first.getHeader("Bcc")).isNull();
        assertThat(first.getReplyTo()[0].toString()).isEqualTo("help@bora.test");
        assertThat(mail.getReceivedMessagesForDomain("example.test")).hasSize(4);
    }

    @Test
    void defaultsAndHtmlAlternative() throws Exception {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("from_addr", "bot@bora.test");
        input.put("to_addrs", "ann@example.test");
        input.put("smtp_server", "127.0.0.1:" + smtpPort);
        input.put("html_body", "<b>bold</b>");
        assertThat(email(input)).isEqualTo(new ActionResult.Success(null));
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("<No subject>");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("<No body>");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<b>bold</b>");
    }

    @Test
    void implicitTlsWithLogin() throws Exception {
        assertThat(email(login("smtps://127.0.0.1:" + smtpsPort, "s3cret"))).isEqualTo(new ActionResult.Success(null));
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
    }

    @Test
    void wrongPasswordFailsWithMistralsPrefix() throws Exception {
        assertThat(failure(email(login("smtps://127.0.0.1:" + smtpsPort, "wrong"))))
                .contains("msg='Failed to send an email message: ");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void passwordDemandsStartTlsLikeMistral() throws Exception {
        // GreenMail's plain SMTP offers no STARTTLS: Mistral (smtplib.starttls) refuses to log in, so does Bora
        assertThat(failure(email(login("127.0.0.1:" + smtpPort, "s3cret"))))
                .contains("msg='Failed to send an email message: ")
                .containsIgnoringCase("STARTTLS");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void passwordMeansStartTlsThenLoginAsTheSender() throws Exception {
        try (StartTlsSmtpServer server = new StartTlsSmtpServer(TestCertificates.get().serverContext, "s3cret")) {
            Map<String, Object> input = login("127.0.0.1:" + server.port(), "s3cret");
            input.put("bcc_addrs", List.of("audit@bora.test"));
            input.put("subject", "over TLS");
            assertThat(email(input)).isEqualTo(new ActionResult.Success(null));
            StartTlsSmtpServer.Delivery delivery = server.next();
            assertThat(delivery.tls()).isTrue();
            assertThat(delivery.user()).isEqualTo("bot@bora.test");
            assertThat(delivery.password()).isEqualTo("s3cret");
            assertThat(delivery.from()).isEqualTo("bot@bora.test");
            assertThat(delivery.recipients()).containsExactly("audit@bora.test", "ann@example.test");
            assertThat(delivery.data()).contains("Subject: over TLS").doesNotContain("audit@bora.test");

            assertThat(failure(email(login("127.0.0.1:" + server.port(), "wrong"))))
                    .contains("msg='Failed to send an email message: ");
        }
    }

    @Test
    void refusedConnectionFails() throws Exception {
        int closed = freePort();
        assertThat(failure(email(Map.of("from_addr", "bot@bora.test", "to_addrs", List.of("a@example.test"),
                "smtp_server", "127.0.0.1:" + closed))))
                .startsWith("The action raised an exception [action=<mistral.actions.std_actions.SendEmailAction object at 0x")
                .contains("msg='Failed to send an email message: Couldn't connect to host");
    }

    private Map<String, Object> login(String server, String password) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("from_addr", "bot@bora.test");
        input.put("to_addrs", List.of("ann@example.test"));
        input.put("smtp_server", server);
        input.put("smtp_password", password);
        return input;
    }

    private ActionResult email(Map<String, Object> input) throws InterruptedException {
        ActionType type = registry.find("std.email").orElseThrow();
        return type.run(registry.prepareInput(type, input), context);
    }

    private static String failure(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Failure.class);
        return (String) ((ActionResult.Failure) result).error();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
