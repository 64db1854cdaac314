package dev.tandem.system;

/**
 * What the caller of {@link Markdown#render} knows about the references in a text: pages named as {@code [[Title]]},
 * work-item keys such as {@code PAY-12}, and attachments written as {@code attachment:name}. Each answer is an
 * address, or null to leave the reference as plain text.
 */
public interface MarkdownLinks {

    /** The page with this title, or where to create it ({@link PageTarget#exists()} false); null to leave it as text. */
    PageTarget page(String title);

    /** The address of the item with this key, when the reader may see it; null otherwise. */
    String item(String key);

    /** The address of the attachment with this name, or null when there is none. */
    String attachment(String name);

    record PageTarget(String href, boolean exists) {
    }

    /** Resolves nothing: every reference stays as it was written. */
    MarkdownLinks NONE = new MarkdownLinks() {
        @Override
        public PageTarget page(String title) {
            return null;
        }

        @Override
        public String item(String key) {
            return null;
        }

        @Override
        public String attachment(String name) {
            return null;
        }
    };
}
