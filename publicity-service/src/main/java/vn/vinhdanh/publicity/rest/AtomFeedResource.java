package vn.vinhdanh.publicity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureCorrection;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.service.PublicFeed;
import vn.vinhdanh.publicity.service.StoryPage;

/**
 * Atom 1.0 (RFC 4287) feed of published stories, newest first, paged as in RFC 5005, with killed stories as
 * RFC 6721 tombstones so that readers remove them. Public: no token needed.
 */
@Path("/feed.atom")
@PermitAll
@Tag(name = "Feeds")
public class AtomFeedResource {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String TOMBSTONES_NS = "http://purl.org/atompub/tombstones/1.0";
    static final String MEDIA_TYPE = "application/atom+xml;charset=utf-8";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_INSTANT;

    private final PublicFeed feed;
    private final Clock clock;

    public AtomFeedResource(PublicFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(summary = "Atom feed of published stories about advanced models; filters sector and level, page")
    public Response atom(@Valid @BeanParam FeedRequest request) throws XMLStreamException {
        return request.respond(
                feed,
                Instant.now(clock),
                "atom",
                MEDIA_TYPE,
                (page, lastModified) -> render(request, page, lastModified));
    }

    private String render(FeedRequest request, StoryPage page, Instant lastModified) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM_NS);
        xml.setPrefix("at", TOMBSTONES_NS);
        xml.writeStartElement(ATOM_NS, "feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeNamespace("at", TOMBSTONES_NS);
        xml.writeAttribute("xml:lang", "vi");
        element(xml, "id", "tag:vinhdanh.vn,2026:feed");
        element(xml, "title", "Vinh Danh – Gương điển hình tiên tiến");
        element(
                xml,
                "subtitle",
                "Những tập thể, cá nhân, hộ gia đình điển hình tiên tiến được tôn vinh trong các phong trào thi đua");
        element(xml, "updated", RFC_3339.format(lastModified == null ? Instant.EPOCH : lastModified));
        link(xml, "self", request.pageUrl(request.page).toString(), "application/atom+xml");
        link(xml, "first", request.pageUrl(0).toString(), "application/atom+xml");
        if (request.page > 0) {
            link(xml, "previous", request.pageUrl(request.page - 1).toString(), "application/atom+xml");
        }
        if (page.hasNext()) {
            link(xml, "next", request.pageUrl(request.page + 1).toString(), "application/atom+xml");
        }
        link(xml, "alternate", request.base().resolve("news").toString(), "text/html");
        xml.writeStartElement(ATOM_NS, "author");
        element(xml, "name", "Ban Thi đua – Khen thưởng");
        xml.writeEndElement();
        element(xml, "generator", "Vinh Danh publicity-service");
        for (Feature feature : page.entries()) {
            if (feature.status == FeatureStatus.KILLED) {
                tombstone(xml, feature);
            } else {
                entry(xml, request, feature, page.corrections().getOrDefault(feature.id, List.of()));
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void entry(
            XMLStreamWriter xml, FeedRequest request, Feature feature, List<FeatureCorrection> corrections)
            throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, "entry");
        element(xml, "id", entryId(feature));
        element(xml, "title", feature.title);
        element(xml, "published", RFC_3339.format(feature.publishedAt));
        element(xml, "updated", RFC_3339.format(feature.updatedAt));
        link(xml, "alternate", request.base().resolve("news/" + feature.slug).toString(), "text/html");
        xml.writeEmptyElement(ATOM_NS, "category");
        xml.writeAttribute("term", feature.sector.name());
        xml.writeAttribute("label", VietnameseNames.of(feature.sector));
        xml.writeEmptyElement(ATOM_NS, "category");
        xml.writeAttribute("term", "level:" + feature.level.name());
        element(xml, "summary", feature.summary);
        xml.writeStartElement(ATOM_NS, "content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(FeedText.withCorrections(feature.body, corrections));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** RFC 6721: the entry is gone; readers that have it should drop it. */
    private static void tombstone(XMLStreamWriter xml, Feature feature) throws XMLStreamException {
        xml.writeStartElement(TOMBSTONES_NS, "deleted-entry");
        xml.writeAttribute("ref", entryId(feature));
        xml.writeAttribute("when", RFC_3339.format(feature.killedAt));
        element(xml, TOMBSTONES_NS, "comment", "Bài viết đã được gỡ bỏ: " + feature.killReason);
        xml.writeEndElement();
    }

    static String entryId(Feature feature) {
        return "urn:uuid:" + feature.id;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        element(xml, ATOM_NS, name, text);
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(namespace, name);
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
