package dev.essays.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.essay.EssayJson;
import dev.essays.essay.EssayListing;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;
import dev.essays.preview.PreviewHostSupport;
import dev.essays.preview.render.PreviewRenderer;
import dev.essays.preview.render.RenderRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The essay index on a site with {@value #ESSAYS} essays of 2,000 words and 10 sources each: the index page
 * rendered in-process (first page and a deep page), against the peer it replaced, reading every essay in full on
 * each request (what the index did before listings).
 */
public final class IndexBenchmark {
    static final int ESSAYS = 1_000;
    private static final int WARMUP = 200;
    private static final int RUNS = 500;

    private IndexBenchmark() {
    }

    /** This part of {@link PreviewBenchmark} alone. */
    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path scratch = Files.createTempDirectory("essays-bench-index-");
        try (EmbeddedRepository repository = EmbeddedRepository.inMemory(scratch)) {
            EssayStore store = new EssayStore(repository);
            ObjectNode essay = (ObjectNode) EssayJson.MAPPER.readTree(PreviewBenchmark.longEssay());
            for (int i = 0; i < ESSAYS; i++) {
                essay.put("title", "Essay number " + i);
                essay.put("publishedOn", java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString());
                store.save(EssayJson.parse(essay.toString(), "essay-" + i), "bench");
            }
            repository.withSession(Workspaces.WEBSITE, session -> {
                session.getRootNode().addNode("essays", "mgnl:page").setProperty("mgnl:template",
                        "essays:pages/essayIndex");
                session.save();
                return null;
            });
            PreviewRenderer renderer = PreviewHostSupport.renderer(repository);
            double[] first = renders(repository, renderer, "1");
            double[] deep = renders(repository, renderer, "60");
            double[] fullReads = time(() -> {
                int n = 0;
                for (EssayListing listing : store.listings()) {
                    n += store.find(listing.slug()).orElseThrow().sources().size();
                }
                return n;
            }, 10, 30); // the peer takes a hundred times longer: fewer runs
            System.out.printf("essay index with %d essays, in-process: page 1 median %.3f ms, page 60 median %.3f ms;"
                    + " reading every essay in full (the index before listings) median %.1f ms; ratio %.3f%n",
                    ESSAYS, PreviewBenchmark.median(first), PreviewBenchmark.median(deep),
                    PreviewBenchmark.median(fullReads), PreviewBenchmark.median(first) / PreviewBenchmark.median(fullReads));
        }
    }

    private static double[] renders(EmbeddedRepository repository, PreviewRenderer renderer, String page)
            throws Exception {
        RenderRequest request = new RenderRequest(Map.of("page", page), "", false);
        return repository.withSession(Workspaces.WEBSITE, session -> {
            var node = session.getNode("/essays");
            try {
                return time(() -> renderer.renderPage(node, request).length(), WARMUP, RUNS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private interface Work {
        int run() throws Exception;
    }

    private static double[] time(Work work, int warmup, int runs) throws Exception {
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            sink += work.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        if (sink == 0) {
            throw new IllegalStateException("nothing rendered");
        }
        Arrays.sort(times);
        return times;
    }
}
