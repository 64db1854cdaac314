package dev.tandem.quality.internal;

import dev.tandem.shared.Text;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX reading of coverage reports with no DTD processing and no external entities: the JDK's own factory (whatever
 * else is on the class path), DTDs not supported, external entities not resolved, and a document type that declares
 * entities refused outright. JaCoCo and Cobertura write a bare {@code <!DOCTYPE>} naming their DTD, which is never
 * fetched.
 */
final class SecureXml {

    private SecureXml() {
    }

    static XMLStreamReader reader(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    /** The next event, with a document type declaring entities refused. */
    static int next(XMLStreamReader xml) {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD && xml.getText() != null && xml.getText().contains("<!ENTITY")) {
                throw at(xml.getLocation(), Text.of("problem.quality.entityDeclarations"));
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw at(xml.getLocation(), Text.of("problem.quality.entityReferences"));
            }
            return event;
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    static ReportFormatException problem(XMLStreamException e) {
        Text text;
        if (e.getMessage() == null) {
            text = Text.of("problem.quality.notXml");
        } else {
            // the JDK's messages start with "ParseError at [row,col]:[3,17]\nMessage: ..."
            String message = e.getMessage();
            int at = message.indexOf("Message: ");
            String said = at < 0 ? message : message.substring(at + "Message: ".length());
            text = said.contains("XML document structures must start and end within the same entity")
                    || said.contains("end of file") || said.contains("Premature end")
                    ? Text.of("problem.quality.endOfInput") : Text.of("problem.quality.parser", said);
        }
        return e.getLocation() == null ? new ReportFormatException(text) : at(e.getLocation(), text);
    }

    static ReportFormatException at(Location location, Text problem) {
        return ReportFormatException.at(location.getLineNumber(), Math.max(location.getColumnNumber(), 0), problem);
    }

    static long number(XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw at(xml.getLocation(), Text.of("problem.quality.attributeNotWhole", attribute,
                    SarifParser.clip(value, 40)));
        }
    }
}
