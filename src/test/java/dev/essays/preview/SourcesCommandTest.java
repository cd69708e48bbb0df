package dev.essays.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview jar's `sources import|export` command against a real data folder. */
class SourcesCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return SourcesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path dataWithSamples() throws Exception {
        Path data = temp.resolve("data");
        PreviewHost.start(new PreviewHost.Options(0, data, "pw", true, null)).close();
        return data;
    }

    @Test
    void importsBibtex_thenExportsItAsRis() throws Exception {
        Path data = dataWithSamples();
        Path bib = Files.writeString(temp.resolve("more.bib"),
                "@book{scott1998, author = {Scott, James C.}, title = {Seeing Like a State}, publisher = {Yale University Press}, year = {1998}}\n");
        assertEquals(0, run("import", "--data", data.toString(), "--essay", "citing-the-web", bib.toString()), err.toString());
        assertTrue(out.toString().contains("imported 1 sources into citing-the-web (5 in all): scott1998"), out.toString());
        assertEquals(0, run("export", "--data", data.toString(), "--essay", "citing-the-web", "--format", "ris"));
        assertTrue(out.toString().contains("TI  - Seeing Like a State"), out.toString());
        assertTrue(out.toString().contains("ID  - zittrain2014"), "merging kept the other sources");
    }

    @Test
    void malformedFile_importsNothing_andSaysWhere() throws Exception {
        Path data = dataWithSamples();
        Path bib = Files.writeString(temp.resolve("bad.bib"), "@book{ok2020, title={Fine}, year=2020}\n@book{broken, title={Oops, year=2020\n");
        assertEquals(2, run("import", "--data", data.toString(), "--essay", "citing-the-web", bib.toString()));
        assertTrue(err.toString().contains("nothing was imported") && err.toString().contains("line"), err.toString());
        run("export", "--data", data.toString(), "--essay", "citing-the-web", "--format", "bibtex");
        assertTrue(!out.toString().contains("ok2020"), "nothing of the bad file was imported");
    }

    @Test
    void unknownEssayAndMissingArguments_areRefused() throws Exception {
        Path data = dataWithSamples();
        assertEquals(2, run("export", "--data", data.toString(), "--essay", "no-such-essay"));
        assertTrue(err.toString().contains("no essay with the slug"));
        assertEquals(2, run("import", "--data", data.toString(), "--essay", "citing-the-web"));
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void aFolderInUseByARunningHost_isRefused() throws Exception {
        Path data = temp.resolve("busy");
        try (PreviewHost host = PreviewHost.start(new PreviewHost.Options(0, data, "pw", true, null))) {
            assertEquals(2, run("export", "--data", data.toString(), "--essay", "citing-the-web"));
            assertTrue(err.toString().contains("in use by another running preview host"), err.toString());
        }
    }
}
