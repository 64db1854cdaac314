package dev.tandem.system;

import dev.tandem.shared.Refusal;
import dev.tandem.shared.Text;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Renders a {@link Text} in the language of the request being answered; English outside a request. */
public final class Texts {

    private Texts() {
    }

    /** A refusal's reason in the reader's language; any other failure's message as it is. */
    public static String of(RuntimeException failure) {
        return failure instanceof Refusal refusal ? render(refusal.text()) : failure.getMessage();
    }

    public static String render(Text text) {
        MessageSource messages = messageSource();
        return messages == null ? text.english() : render(text, messages, LocaleContextHolder.getLocale());
    }

    static String render(Text text, MessageSource messages, Locale locale) {
        Object[] args = Arrays.stream(text.args())
                .map(a -> a instanceof Text nested ? render(nested, messages, locale) : a).toArray();
        try {
            return messages.getMessage(text.key(), args, locale);
        } catch (NoSuchMessageException missing) {
            return text.english();
        }
    }

    private static MessageSource messageSource() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return RequestContextUtils.findWebApplicationContext(request.getRequest());
        }
        return null;
    }
}
