package dev.tandem.estimation.engine;

/** Which embedding model reads a text: the Chinese one when the text is mostly Chinese, Japanese or Korean script. */
public enum EmbeddingLanguage {
    ENGLISH, CHINESE;

    /**
     * Chinese when CJK characters outnumber the other words: a CJK character carries about a word's meaning, so a
     * Chinese title that keeps a few English product names ("修复 Stripe webhook 超时") still goes to the Chinese model.
     */
    public static EmbeddingLanguage of(String text) {
        int cjk = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && isCjk(c)) {
                cjk++;
                inWord = false;
            } else if (letter) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return cjk > words ? CHINESE : ENGLISH;
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
