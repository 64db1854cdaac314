package dev.tandem.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server of the notification tests: GreenMail on the port the test configuration sends to, started before each
 * test and stopped after it ({@code @RegisterExtension}), and the reading of what it received.
 */
final class Mailbox implements BeforeEachCallback, AfterEachCallback {

    private GreenMail mail;

    @Override
    public void beforeEach(ExtensionContext context) {
        mail = new GreenMail(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        mail.stop();
    }

    /** The mails received for the address (GreenMail's "domain" is the whole recipient address). */
    MimeMessage[] to(String address) {
        return mail.getReceivedMessagesForDomain(address);
    }

    /** The text of the first part of the message of the MIME type, however deep its multiparts nest it; else null. */
    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
