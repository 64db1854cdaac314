package dev.tandem.system;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters in every string a request carries: JSON strings and object keys of API bodies, and
 * the form fields, query parameters and path variables of pages and API alike. PostgreSQL cannot store U+0000, H2
 * can, and no Tandem text needs the others; refusing them at the edge answers the same on both. Tab, line feed and
 * carriage return are text and allowed in every field: one check here cannot tell one-line fields from long text.
 */
@ControllerAdvice
class ControlCharacters {

    static final String REFUSAL = "must not contain control characters";

    /** Whether the text holds a control character (Unicode category Cc) other than tab, line feed or carriage return. */
    static boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** Form fields, query parameters and path variables; a refusal is a type mismatch, which is a 400. */
    @InitBinder
    void refuseInParameters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && in(text)) {
                    throw new IllegalArgumentException(REFUSAL);
                }
                setValue(text);
            }
        });
    }

    /** JSON strings and object keys; {@code ApiProblems} names the field of the refused value. */
    static JacksonModule jsonModule() {
        return new SimpleModule("control-characters")
                .addDeserializer(String.class, new CheckedStrings())
                .addKeyDeserializer(String.class, new CheckedKeys());
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && in(value)) {
                throw InvalidFormatException.from(parser, REFUSAL, value, String.class);
            }
            return value;
        }
    }

    private static final class CheckedKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return in(key) ? context.handleWeirdKey(String.class, key, REFUSAL) : key;
        }
    }
}
