package dev.tandem.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Sends notification e-mails through the SMTP server of {@code tandem.mail.*} ({@code TANDEM_MAIL_HOST} and friends),
 * each as HTML and plain text from the templates in {@code templates/mail}, in the recipient's language. Without a
 * host, e-mail is off.
 */
@Component
public class Mailer {

    private final JavaMailSenderImpl sender;
    private final String from;
    private final SpringTemplateEngine html;
    private final SpringTemplateEngine text;

    public Mailer(@Value("${tandem.mail.host:}") String host, @Value("${tandem.mail.port:587}") int port,
           @Value("${tandem.mail.username:}") String username, @Value("${tandem.mail.password:}") String password,
           @Value("${tandem.mail.from:tandem@localhost}") String from,
           @Value("${tandem.mail.starttls:true}") boolean starttls, MessageSource messages) {
        this.from = from;
        if (host.isBlank()) {
            this.sender = null;
        } else {
            this.sender = new JavaMailSenderImpl();
            sender.setHost(host);
            sender.setPort(port);
            sender.setDefaultEncoding("UTF-8");
            Properties properties = sender.getJavaMailProperties();
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "15000");
            properties.put("mail.smtp.writetimeout", "15000");
            properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
            if (!username.isBlank()) {
                sender.setUsername(username);
                sender.setPassword(password);
                properties.put("mail.smtp.auth", "true");
            }
        }
        this.html = engine(".html", TemplateMode.HTML, messages);
        this.text = engine(".txt", TemplateMode.TEXT, messages);
    }

    public boolean enabled() {
        return sender != null;
    }

    /** Sends one message; {@code id} becomes its Message-ID, the same on every attempt, so a receiver can drop repeats. */
    void send(UUID id, String to, String subject, Locale locale, Map<String, Object> model) throws MessagingException {
        send(id, to, subject, locale, "notice", model);
    }

    /** As {@link #send(UUID, String, String, Locale, Map)} from the templates of that name ({@code notice}, {@code digest}). */
    void send(UUID id, String to, String subject, Locale locale, String template, Map<String, Object> model)
            throws MessagingException {
        Context context = new Context(locale, model);
        String htmlBody = html.process(template, context);
        String textBody = text.process(template, context);
        MimeMessage message = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + id + "@tandem>");
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(textBody, htmlBody);
        if (model.get("unsubscribe") instanceof String unsubscribe) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    /** An engine of its own per mode: the same template name, {@code templates/mail/notice}, with either suffix. */
    private static SpringTemplateEngine engine(String suffix, TemplateMode mode, MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
