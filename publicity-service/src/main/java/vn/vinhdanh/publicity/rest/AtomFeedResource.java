package vn.vinhdanh.publicity.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.SectorNames;
import vn.vinhdanh.publicity.service.FeatureService;

/** Atom 1.0 (RFC 4287) feed of published features, newest first. Public: no token needed. */
@Path("/feed.atom")
@Tag(name = "Feeds")
public class AtomFeedResource {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String MEDIA_TYPE = "application/atom+xml;charset=utf-8";
    private static final int ENTRIES = 50;

    private final FeatureService features;

    public AtomFeedResource(FeatureService features) {
        this.features = features;
    }

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(summary = "Atom feed of published stories about advanced models")
    public String feed(UriInfo uri) throws XMLStreamException {
        List<Feature> published = features.published(ENTRIES);
        URI base = uri.getBaseUri();
        Instant updated = published.isEmpty() ? Instant.EPOCH : published.get(0).publishedAt;

        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM_NS);
        xml.writeStartElement(ATOM_NS, "feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml:lang", "vi");
        element(xml, "id", "tag:vinhdanh.vn,2026:feed");
        element(xml, "title", "Vinh Danh – Gương điển hình tiên tiến");
        element(xml, "subtitle", "Những tập thể, cá nhân điển hình tiên tiến được tôn vinh trong các phong trào thi đua");
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        link(xml, "self", base.resolve("feed.atom").toString(), "application/atom+xml");
        link(xml, "alternate", base.resolve("news").toString(), "text/html");
        xml.writeStartElement(ATOM_NS, "author");
        element(xml, "name", "Ban Thi đua – Khen thưởng");
        xml.writeEndElement();
        element(xml, "generator", "Vinh Danh publicity-service");
        for (Feature feature : published) {
            xml.writeStartElement(ATOM_NS, "entry");
            element(xml, "id", "urn:uuid:" + feature.id);
            element(xml, "title", feature.title);
            element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(feature.publishedAt));
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(feature.updatedAt));
            link(xml, "alternate", base.resolve("news/" + feature.slug).toString(), "text/html");
            xml.writeEmptyElement(ATOM_NS, "category");
            xml.writeAttribute("term", feature.sector.name());
            xml.writeAttribute("label", SectorNames.vietnamese(feature.sector));
            element(xml, "summary", feature.summary);
            xml.writeStartElement(ATOM_NS, "content");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(feature.body);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM_NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
