/**
 * Transcripts of meetings and the minutes proposed from them: parsers for WebVTT, SRT and {@code Speaker: text}
 * lines, an offline extractor of decisions, action items and a summary (rules and lexicons for Chinese and English),
 * an optional client of an OpenAI-compatible chat endpoint, and speech-to-text clients.
 * <p>
 * Plain Java: no Spring, JPA or servlet types. The meeting module wires these classes and turns their exceptions
 * into problem responses; nothing here stores anything.
 */
package dev.tandem.meeting.transcript;
