package dev.essays.bench;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import dev.essays.csl.CslEngine;
import dev.essays.csl.corpus.CorpusFiles;
import java.util.List;

/**
 * Cold style loads of one JVM processor, run by {@link CslBenchmark} in a fresh JVM per processor so neither pays
 * for the other's class loading and JIT warm-up (the JDK's XML parser included), as citeproc-js gets a fresh Node.
 * Prints one line per style: {@code <style>\t<milliseconds>} (NaN when loading failed).
 *
 * <p>Usage: {@code ColdStyleLoads ours|citeproc-java STYLE...}
 */
public final class ColdStyleLoads {
    private ColdStyleLoads() {}

    public static void main(String[] args) throws Exception {
        boolean ours = args[0].equals("ours");
        List<String> styles = List.of(args).subList(1, args.length);
        // The peer's item provider is built before the clock starts; ours takes items per session, later.
        ListItemDataProvider provider = ours ? null
                : new ListItemDataProvider(CslBenchmark.peerItems(CorpusFiles.load().itemsJson()));
        for (String style : styles) {
            double ms;
            try {
                long t0 = System.nanoTime();
                if (ours) {
                    CslEngine.shared().style(style);
                } else {
                    new CSL(provider, style);
                }
                ms = (System.nanoTime() - t0) / 1e6;
            } catch (Exception | LinkageError e) {
                System.err.println(args[0] + " " + style + ": " + e);
                ms = Double.NaN;
            }
            System.out.println(style + "\t" + ms);
        }
    }
}
