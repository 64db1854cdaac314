package dev.tandem.quality.internal;

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
                throw at(xml.getLocation(), "entity declarations are not allowed (no DTD processing)");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw at(xml.getLocation(), "entity references are not allowed (no DTD processing)");
            }
            return event;
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    static ReportFormatException problem(XMLStreamException e) {
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        // the JDK's messages start with "ParseError at [row,col]:[3,17]\nMessage: ..."
        int at = message.indexOf("Message: ");
        String text = at < 0 ? message : message.substring(at + "Message: ".length());
        if (text.contains("XML document structures must start and end within the same entity")
                || text.contains("end of file") || text.contains("Premature end")) {
            text = "unexpected end of input";
        }
        return e.getLocation() == null ? new ReportFormatException(text) : at(e.getLocation(), text);
    }

    static ReportFormatException at(Location location, String problem) {
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
            throw at(xml.getLocation(), "attribute " + attribute + "=\"" + SarifParser.clip(value, 40)
                    + "\" is not a whole number");
        }
    }
}
