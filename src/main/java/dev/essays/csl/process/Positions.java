package dev.essays.csl.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Assigns first/subsequent/ibid/ibid-with-locator, near-note and first-reference note numbers in document order. */
final class Positions {
    private Positions() {}

    record Cited(String itemId, CiteInfo info) {}

    static void assign(List<List<Cited>> clusters, List<Integer> noteIndexes, int nearNoteDistance) {
        Map<String, Integer> firstNote = new HashMap<>();
        Map<String, Integer> lastNote = new HashMap<>();
        // Clusters sharing a footnote count as one citation for ibid: the "previous citation" is the whole note.
        List<Cited> previousCluster = null;
        List<Cited> previousInText = null;
        List<Cited> currentNote = new java.util.ArrayList<>();
        int currentNoteIndex = -1;
        for (int ci = 0; ci < clusters.size(); ci++) {
            List<Cited> cluster = clusters.get(ci);
            int note = noteIndexes.get(ci);
            if (note > 0 && note == currentNoteIndex) {
                previousCluster = ci > 0 ? clusters.get(ci - 1) : null;
            } else if (!currentNote.isEmpty()) {
                previousCluster = List.copyOf(currentNote);
                currentNote.clear();
            }
            currentNoteIndex = note;
            // In-text citations and footnotes run their own ibid chains.
            List<Cited> previousForIbid = note == 0 ? previousInText : previousCluster;
            for (int j = 0; j < cluster.size(); j++) {
                Cited c = cluster.get(j);
                CiteInfo info = c.info();
                info.noteIndex = note;
                if (!firstNote.containsKey(c.itemId())) {
                    info.position = Position.FIRST;
                    firstNote.put(c.itemId(), note);
                } else {
                    Cited prev = j > 0 ? cluster.get(j - 1)
                            : previousForIbid != null && previousForIbid.size() == 1 ? previousForIbid.get(0) : null;
                    if (prev != null && prev.itemId().equals(c.itemId())) {
                        String pl = prev.info().locator;
                        String cl = info.locator;
                        if (pl == null) {
                            info.position = cl == null ? Position.IBID : Position.IBID_WITH_LOCATOR;
                        } else if (cl == null) {
                            info.position = Position.SUBSEQUENT;
                        } else {
                            info.position = Objects.equals(pl, cl) && Objects.equals(prev.info().label, info.label)
                                    ? Position.IBID : Position.IBID_WITH_LOCATOR;
                        }
                    } else {
                        info.position = Position.SUBSEQUENT;
                    }
                    Integer last = lastNote.get(c.itemId());
                    info.nearNote = last != null && note - last <= nearNoteDistance;
                    int fn = firstNote.get(c.itemId());
                    info.firstReferenceNoteNumber = fn;
                }
                lastNote.put(c.itemId(), note);
            }
            currentNote.addAll(cluster);
            if (note == 0) {
                previousInText = cluster.isEmpty() ? previousInText : List.copyOf(cluster);
                currentNote.clear();
            }
        }
    }
}
