package dev.essays.preview;

import dev.essays.citations.io.SourceFormat;
import dev.essays.citations.io.SourceImportException;
import dev.essays.essay.Essay;
import dev.essays.essay.InvalidEssayException;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.formatting.FormattedEssays;
import dev.essays.formatting.SiteSettings;
import dev.essays.sources.SourceFormatNames;
import dev.essays.sources.SourceImporter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code java -jar essays-preview.jar sources import|export --data DIR --essay SLUG [--format F] [--replace] [FILE]}:
 * an essay's sources from and to BibTeX, BibLaTeX, RIS or CSL-JSON files, on a data folder no host is using.
 * Returns the process exit code: 0 done, 2 refused (nothing changed), 1 failed.
 */
final class SourcesCommand {

    static final String USAGE = """
            usage: java -jar essays-preview.jar sources import --data DIR --essay SLUG [--format bibtex|biblatex|ris|csl-json] [--replace] FILE
                   java -jar essays-preview.jar sources export --data DIR --essay SLUG [--format bibtex|biblatex|ris|csl-json] [FILE]
            Import merges by citation key unless --replace is given; a bad file imports nothing.
            The data folder must not be in use by a running preview host.""";

    private SourcesCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !(args[0].equals("import") || args[0].equals("export"))) {
            err.println(USAGE);
            return 2;
        }
        boolean importing = args[0].equals("import");
        Path data = Path.of("essays-data");
        String slug = null;
        String format = null;
        boolean replace = false;
        String file = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(value(args, ++i));
                case "--essay" -> slug = value(args, ++i);
                case "--format" -> format = value(args, ++i);
                case "--replace" -> replace = true;
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        err.println("essays-preview: unexpected " + args[i] + "\n" + USAGE);
                        return 2;
                    }
                    file = args[i];
                }
            }
        }
        if (slug == null || (importing && file == null)) {
            err.println("essays-preview: --essay" + (importing ? " and a FILE are" : " is") + " required\n" + USAGE);
            return 2;
        }
        try (EmbeddedRepository repository = EmbeddedRepository.open(data)) {
            EssayStore store = new EssayStore(repository);
            FormattedEssays citations = new FormattedEssays(repository, new SiteSettings());
            return importing
                    ? importFile(store, citations, slug, Path.of(file), format, replace, out, err)
                    : exportFile(store, slug, format, file, out, err);
        } catch (DataFolderException e) {
            err.println("essays-preview: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("essays-preview: " + e.getMessage());
            return 1;
        }
    }

    private static int importFile(EssayStore store, FormattedEssays citations, String slug, Path file, String format,
                                  boolean replace, PrintStream out, PrintStream err) throws Exception {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("essays-preview: " + file + " cannot be read: " + e.getMessage());
            return 2;
        }
        SourceFormat sourceFormat = format == null ? SourceFormat.detect(file.getFileName().toString(), text) : SourceFormatNames.parse(format);
        if (sourceFormat == null) {
            err.println("essays-preview: the format of " + file + " cannot be told; give --format bibtex|biblatex|ris|csl-json");
            return 2;
        }
        try {
            Optional<SourceImporter.Result> result = new SourceImporter(store, citations)
                    .importInto(slug, text, sourceFormat, replace, "command line");
            if (result.isEmpty()) {
                err.println("essays-preview: no essay with the slug \"" + slug + "\"");
                return 2;
            }
            out.printf("imported %d sources into %s (%d in all): %s%n", result.get().importedKeys().size(), slug,
                    result.get().sourceCount(), String.join(", ", result.get().importedKeys()));
            return 0;
        } catch (SourceImportException e) {
            err.println("essays-preview: nothing was imported: " + e.record() + ", line " + e.line() + ": " + e.getMessage());
            return 2;
        } catch (InvalidEssayException e) {
            err.println("essays-preview: nothing was imported: " + e.getMessage());
            return 2;
        }
    }

    private static int exportFile(EssayStore store, String slug, String format, String file, PrintStream out,
                                  PrintStream err) throws Exception {
        SourceFormat sourceFormat = format == null ? SourceFormat.CSL_JSON : SourceFormatNames.parse(format);
        if (sourceFormat == null) {
            err.println("essays-preview: --format must be bibtex, biblatex, ris or csl-json");
            return 2;
        }
        Optional<Essay> essay = store.find(slug);
        if (essay.isEmpty()) {
            err.println("essays-preview: no essay with the slug \"" + slug + "\"");
            return 2;
        }
        String text = sourceFormat.write(essay.get().sources());
        if (file == null || file.equals("-")) {
            out.print(text);
        } else {
            Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
            out.printf("exported %d sources of %s to %s%n", essay.get().sources().size(), slug, file);
        }
        return 0;
    }


    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
