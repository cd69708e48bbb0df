package dev.essays.csl.style;

import dev.essays.csl.CslException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses XML text into a {@link CslNode} tree, keeping line numbers for error messages. */
public final class XmlTreeParser {
    private static final SAXParserFactory FACTORY = createFactory();

    private XmlTreeParser() {}

    private static SAXParserFactory createFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            // No DTDs or external entities: style XML comes from users.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        } catch (Exception ignored) {
            // best effort; the JDK parser supports both
        }
        return f;
    }

    public static CslNode parse(String xml, String what) throws CslException {
        Handler handler = new Handler();
        try {
            SAXParser parser = FACTORY.newSAXParser();
            parser.parse(new InputSource(new StringReader(xml.strip())), handler);
        } catch (SAXParseException e) {
            throw new CslException("Invalid " + what + ": not well-formed XML at line " + e.getLineNumber()
                    + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new CslException("Invalid " + what + ": " + e.getMessage(), e);
        }
        return handler.root;
    }

    private static final class Handler extends DefaultHandler {
        private final Deque<Frame> stack = new ArrayDeque<>();
        private Locator locator;
        private CslNode root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                String name = atts.getQName(i);
                if (name.startsWith("xmlns")) {
                    continue;
                }
                attrs.put(name, atts.getValue(i));
            }
            String name = localName == null || localName.isEmpty() ? qName : localName;
            stack.push(new Frame(name, attrs, locator == null ? 0 : locator.getLineNumber()));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!stack.isEmpty()) {
                stack.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Frame f = stack.pop();
            CslNode node = new CslNode(f.name, f.attrs, f.children, f.text.toString(), f.line);
            if (stack.isEmpty()) {
                root = node;
            } else {
                stack.peek().children.add(node);
            }
        }
    }

    private static final class Frame {
        final String name;
        final Map<String, String> attrs;
        final int line;
        final List<CslNode> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Frame(String name, Map<String, String> attrs, int line) {
            this.name = name;
            this.attrs = attrs;
            this.line = line;
        }
    }
}
