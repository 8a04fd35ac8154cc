package vn.vinhdanh.publicity.rest;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureCorrection;
import vn.vinhdanh.publicity.domain.LevelNames;
import vn.vinhdanh.publicity.service.PublicNews;

/** What the news templates show, already formatted for Vietnamese readers. */
final class NewsViews {

    /** Longest line that still reads as a section heading of a drafted story ("Thành tích nổi bật"). */
    private static final int HEADING_LENGTH = 60;

    private NewsViews() {}

    @TemplateData
    record Item(
            String slug,
            String title,
            String summary,
            String date,
            String isoDate,
            String sector,
            String level,
            String awardName,
            boolean corrected) {

        static Item of(Feature f, boolean corrected) {
            return new Item(
                    f.slug,
                    f.title,
                    f.summary,
                    FeedText.DAY.format(f.publishedAt),
                    f.publishedAt.toString(),
                    sectorName(f.sector),
                    LevelNames.vietnamese(f.level),
                    f.awardName,
                    corrected);
        }
    }

    @TemplateData
    record Story(
            Item item,
            String organization,
            String movementName,
            String decisionNumber,
            List<Block> blocks,
            List<Correction> corrections) {

        static Story of(Feature f, List<FeatureCorrection> corrections) {
            return new Story(
                    Item.of(f, !corrections.isEmpty()),
                    f.organization,
                    f.movementName,
                    f.decisionNumber,
                    NewsViews.blocks(f.body),
                    corrections.stream().map(Correction::of).toList());
        }
    }

    /** A paragraph of the body; a drafted section starts with its heading on a line of its own. */
    @TemplateData
    record Block(String heading, List<String> lines) {}

    @TemplateData
    record Correction(String date, String note) {
        static Correction of(FeatureCorrection c) {
            return new Correction(FeedText.DAY.format(c.correctedAt), c.note);
        }
    }

    /** A choice of the filter form. */
    @TemplateData
    record Option(String value, String label, boolean selected) {

        static List<Option> sectors(Sector selected) {
            return Arrays.stream(Sector.values())
                    .map(sector -> new Option(sector.name(), sectorName(sector), sector == selected))
                    .toList();
        }

        static List<Option> levels(Level selected) {
            return Arrays.stream(Level.values())
                    .map(level -> new Option(level.name(), LevelNames.vietnamese(level), level == selected))
                    .toList();
        }
    }

    @TemplateData
    record Link(String href, String label) {}

    /** A horizontal bar chart, drawn on the server as SVG: each row a label above its bar and the count. */
    @TemplateData
    record Chart(String id, String title, String description, int height, List<Bar> bars, String unit) {

        static final int WIDTH = 360;
        static final int ROW = 46;
        static final int BAR_MAX = 300;

        static <K> Chart of(String id, String title, Map<K, Long> counts, Function<K, String> label) {
            long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<Bar> bars = new ArrayList<>();
            int row = 0;
            for (Map.Entry<K, Long> entry : counts.entrySet()) {
                long count = entry.getValue();
                int width = max == 0 ? 0 : (int) Math.max(2, Math.round((double) count * BAR_MAX / max));
                int top = row * ROW;
                bars.add(new Bar(label.apply(entry.getKey()), count, top + 15, top + 21, width, width + 8, top + 35));
                row++;
            }
            StringBuilder description = new StringBuilder();
            for (Bar bar : bars) {
                description
                        .append(description.isEmpty() ? "" : "; ")
                        .append(bar.label())
                        .append(": ")
                        .append(bar.count());
            }
            return new Chart(
                    id,
                    title,
                    description.isEmpty() ? "Chưa có số liệu" : description.toString(),
                    Math.max(ROW, row * ROW),
                    bars,
                    "bài");
        }

        public int width() {
            return WIDTH;
        }

        /** The honour roll's three charts: per year, per level, per sector. */
        static List<Chart> of(PublicNews.HonourRoll roll) {
            return List.of(
                    of("by-year", "Số bài theo năm", roll.byYear(), year -> "Năm " + year),
                    of("by-level", "Số bài theo cấp", roll.byLevel(), LevelNames::vietnamese),
                    of("by-sector", "Số bài theo lĩnh vực", roll.bySector(), NewsViews::sectorName));
        }
    }

    /** {@code labelY}: baseline of the label; {@code barY}: top of the bar; {@code countX/countY}: the number. */
    @TemplateData
    record Bar(String label, long count, int labelY, int barY, int width, int countX, int countY) {}

    /** The sector's name as a label: capitalised. */
    static String sectorName(Sector sector) {
        String name = VietnameseNames.of(sector);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            List<String> lines = paragraph
                    .strip()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            String first = lines.get(0);
            boolean heading = lines.size() > 1 && first.length() <= HEADING_LENGTH && !first.matches(".*[.:!?…”\"]$");
            blocks.add(heading ? new Block(first, lines.subList(1, lines.size())) : new Block(null, lines));
        }
        return blocks;
    }
}
