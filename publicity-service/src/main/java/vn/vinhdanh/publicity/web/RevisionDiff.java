package vn.vinhdanh.publicity.web;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureRevision;

/**
 * A story's history as an editor reads it: each revision (the text as it stood before an edit) against the text that
 * followed it, line by line, what was taken out and what was put in.
 */
final class RevisionDiff {

    private static final DiffRowGenerator LINES = DiffRowGenerator.create()
            .showInlineDiffs(false)
            // the page escapes the text itself; the default normaliser would escape it once more
            .lineNormalizer(line -> line)
            .build();

    private RevisionDiff() {}

    /** A changed line: {@code kind} is "removed", "added" or "same" (shown as words, not only as colour). */
    record Line(String kind, String text) {}

    record Change(FeatureRevision before, String afterBy, List<Line> lines) {}

    /** Newest first: each revision with the change that replaced it (the next revision, or the story as it is). */
    static List<Change> of(Feature feature, List<FeatureRevision> revisions) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            FeatureRevision before = revisions.get(i);
            boolean last = i == revisions.size() - 1;
            String after = last
                    ? text(feature.title, feature.summary, feature.body)
                    : text(revisions.get(i + 1).title, revisions.get(i + 1).summary, revisions.get(i + 1).body);
            changes.add(
                    0,
                    new Change(before, before.editedBy, lines(text(before.title, before.summary, before.body), after)));
        }
        return changes;
    }

    static List<Line> lines(String before, String after) {
        List<Line> lines = new ArrayList<>();
        for (DiffRow row : LINES.generateDiffRows(split(before), split(after))) {
            switch (row.getTag()) {
                case EQUAL -> lines.add(new Line("same", row.getOldLine()));
                case DELETE -> lines.add(new Line("removed", row.getOldLine()));
                case INSERT -> lines.add(new Line("added", row.getNewLine()));
                case CHANGE -> {
                    lines.add(new Line("removed", row.getOldLine()));
                    lines.add(new Line("added", row.getNewLine()));
                }
            }
        }
        return lines;
    }

    private static String text(String title, String summary, String body) {
        return title + "\n" + summary + "\n" + body;
    }

    private static List<String> split(String text) {
        return List.of(text.split("\\R", -1));
    }
}
